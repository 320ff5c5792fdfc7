// The reading view's document with its sections kept apart and identified, so a passage selected in it can
// be tied to a section and an offset. Same content and order as toDocument (the exporters' structure):
// title, opening, numbered parts (achievements, last year's plan with verdicts, problems, plan), closing, signature.
import { documentFrame, planReviewItems, planReviewTitle, type DocumentSource } from "@/lib/reports/document-model";
import { renderMetrics, splitLeadSentence } from "@/lib/reports/text";
import { sectionSegments, type ReadingSegment } from "./reading-text";

export interface SectionBlock {
  id: string;
  kind: string;
  /** 1-based among the sections of its kind: （一）（二）… */
  ordinal: number;
  /** Joined by readingText(), what quote offsets refer to (not sent twice: the browser joins them). */
  segments: ReadingSegment[];
}

export interface ReadingModel {
  title: string;
  draftMarking: string | null;
  opening: SectionBlock[];
  parts: ({ title: string; kind: "ACHIEVEMENT" | "PROBLEM"; sections: SectionBlock[] } | { title: string; kind: "PLAN" | "PLAN_REVIEW"; plan: { heading: string; rest: string }[] })[];
  closing: SectionBlock[];
  signature: { unitName: string; date: { year: number; month: number; day: number } };
}

export function buildReadingModel(
  report: DocumentSource & { sections: { id: string; kind: string; position: number; heading: string; body: string }[] },
  now?: Date,
): ReadingModel {
  // Only the frame: the text is laid out here, by section (toDocument would render it all a second time).
  const doc = documentFrame(report, now);
  const metrics = new Map(report.metrics.map((m) => [m.key, { value: m.value, unit: m.unit }]));
  const sorted = [...report.sections].sort((a, b) => a.position - b.position);
  const blocks = (kind: string): SectionBlock[] =>
    sorted
      .filter((s) => s.kind === kind)
      .map((s, i) => {
        return { id: s.id, kind, ordinal: i + 1, segments: sectionSegments(s, metrics) };
      });
  const plan = [...report.planItems]
    .sort((a, b) => a.position - b.position)
    .map((p) => {
      const { heading, body } = splitLeadSentence(renderMetrics(p.text, metrics));
      return { heading, rest: body };
    });
  // Last year's plan items with their verdicts: not sections (nothing to quote), laid out like the plan.
  const reviews = planReviewItems(report, (text) => renderMetrics(text, metrics)).map((i) => ({ heading: i.heading, rest: i.paragraphs.join("") }));
  const parts: ReadingModel["parts"] = [];
  const achievements = blocks("ACHIEVEMENT");
  const problems = blocks("PROBLEM");
  if (achievements.length) parts.push({ title: report.achievementsTitle, kind: "ACHIEVEMENT", sections: achievements });
  if (reviews.length) parts.push({ title: planReviewTitle(report.previousYear), kind: "PLAN_REVIEW", plan: reviews });
  if (problems.length) parts.push({ title: report.problemsTitle, kind: "PROBLEM", sections: problems });
  if (plan.length) parts.push({ title: report.planTitle, kind: "PLAN", plan });
  return {
    title: doc.title,
    draftMarking: doc.draftMarking,
    opening: blocks("OPENING"),
    parts,
    closing: blocks("CLOSING"),
    signature: doc.signature,
  };
}
