// Turns a report as stored (sections with {{m:key}} tokens, metrics, plan items) into the document a
// reader sees: the one structure behind the reading view, the print view and every export format.
import type { ExportInput, ExportSectionItem } from "@/lib/export/export-input";
import { renderMetrics, splitLeadSentence } from "@/lib/reports/text";

/** Printed on every document that is not approved. Document text, so Chinese whatever the UI language. */
export const DRAFT_MARKING = "征求意见稿";

export interface DocumentSource {
  title: string;
  status: "DRAFT" | "IN_REVIEW" | "APPROVED";
  achievementsTitle: string;
  problemsTitle: string;
  planTitle: string;
  documentDate: Date | null;
  /** The issuer of the signature block (落款); null or absent = the unit's name. */
  signatureUnit?: string | null;
  approvedHash: string | null;
  unit: { name: string };
  sections: { kind: string; position: number; heading: string; body: string }[];
  metrics: { key: string; value: number | null; unit: string }[];
  planItems: { position: number; text: string }[];
  /** Last year's plan items with this year's verdict (reports started after last year's). */
  planReviews?: { position: number; text: string; verdict: PlanVerdict | null; evidence: string | null }[];
  /** The year whose plan the reviews judge (titles the part); without it the title says 上年. */
  previousYear?: number;
}

export type PlanVerdict = "DONE" | "PARTLY" | "NOT_DONE";

/** Verdict words as printed in the document (document text, Chinese whatever the UI language). */
export const VERDICT_WORDS: Record<PlanVerdict | "NONE", string> = {
  DONE: "完成",
  PARTLY: "部分完成",
  NOT_DONE: "未完成",
  NONE: "未评定",
};

/** Title of the part on last year's plan, e.g. 2024年工作计划完成情况. */
export function planReviewTitle(previousYear?: number): string {
  return `${previousYear ?? "上"}年工作计划完成情况`;
}

/** The line stating a verdict and its evidence: 完成情况：部分完成。全年宣讲92场 */
export function verdictLine(review: { verdict: PlanVerdict | null; evidence: string | null }): string {
  const evidence = review.evidence?.trim() ?? "";
  return `完成情况：${VERDICT_WORDS[review.verdict ?? "NONE"]}。${evidence}`;
}

/** One item per reviewed plan item: heading = the plan text's lead sentence, paragraph = the verdict line. */
export function planReviewItems(report: Pick<DocumentSource, "planReviews">, render: (text: string) => string): ExportSectionItem[] {
  return [...(report.planReviews ?? [])]
    .sort((a, b) => a.position - b.position)
    .map((r) => ({ heading: splitLeadSentence(render(r.text)).heading, paragraphs: [verdictLine(r)] }));
}

export function paragraphsOf(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Date parts in China's time zone (the date printed on the document is a local calendar date). */
const CHINA_DATE = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Shanghai", year: "numeric", month: "numeric", day: "numeric" });

/** The calendar date in China (the 落款 date), whatever the server's time zone. */
export function chinaDateParts(date: Date): { year: number; month: number; day: number } {
  const part = (type: string) => Number(CHINA_DATE.formatToParts(date).find((p) => p.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day") };
}

/** The issuer printed under the document: the report's own (edited by its drafters), else the unit's name. */
export function signatureUnitOf(report: Pick<DocumentSource, "signatureUnit" | "unit">): string {
  return report.signatureUnit?.trim() || report.unit.name;
}

/** The parts of the document that are not its text: title, 落款 and date, the draft marking. */
export function documentFrame(report: DocumentSource, now?: Date): Pick<ExportInput, "title" | "signature" | "draftMarking"> {
  return {
    title: report.title,
    signature: { unitName: signatureUnitOf(report), date: chinaDateParts(report.documentDate ?? now ?? new Date()) },
    draftMarking: report.status === "APPROVED" ? null : DRAFT_MARKING,
  };
}

export function toDocument(
  report: DocumentSource,
  opts: { verificationLine: boolean; now?: Date },
): ExportInput {
  const metrics = new Map(report.metrics.map((m) => [m.key, { value: m.value, unit: m.unit }]));
  const render = (text: string) => renderMetrics(text, metrics);
  const sorted = [...report.sections].sort((a, b) => a.position - b.position);
  const ofKind = (kind: string) => sorted.filter((s) => s.kind === kind);
  const item = (s: { heading: string; body: string }): ExportSectionItem => ({
    heading: render(s.heading),
    paragraphs: paragraphsOf(s.body).map(render),
  });
  const planItems = [...report.planItems]
    .sort((a, b) => a.position - b.position)
    .map((p) => {
      const { heading, body } = splitLeadSentence(render(p.text));
      return { heading, paragraphs: body ? [body] : [] };
    });

  // Last year's plan comes right after the achievements: it is what was achieved against that plan, and
  // it precedes the problems and next year's plan. Parts are numbered by position, so the later ones shift.
  const parts = [
    { title: report.achievementsTitle, items: ofKind("ACHIEVEMENT").map(item) },
    { title: planReviewTitle(report.previousYear), items: planReviewItems(report, render) },
    { title: report.problemsTitle, items: ofKind("PROBLEM").map(item) },
    { title: report.planTitle, items: planItems },
  ].filter((p) => p.items.length > 0);

  const frame = documentFrame(report, opts.now);
  return {
    title: frame.title,
    opening: ofKind("OPENING").flatMap((s) => [s.heading, ...paragraphsOf(s.body)].filter(Boolean).map(render)),
    parts,
    closing: ofKind("CLOSING").flatMap((s) => [s.heading, ...paragraphsOf(s.body)].filter(Boolean).map(render)),
    signature: frame.signature,
    draftMarking: frame.draftMarking,
    approvedHash: report.status === "APPROVED" ? report.approvedHash : null,
    verificationLine: opts.verificationLine,
  };
}
