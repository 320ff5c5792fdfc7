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
  approvedHash: string | null;
  unit: { name: string };
  sections: { kind: string; position: number; heading: string; body: string }[];
  metrics: { key: string; value: number | null; unit: string }[];
  planItems: { position: number; text: string }[];
}

export function paragraphsOf(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Date parts in China's time zone (the date printed on the document is a local calendar date). */
export function chinaDateParts(date: Date): { year: number; month: number; day: number } {
  const local = new Date(date.getTime() + 8 * 3600_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
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

  const parts = [
    { title: report.achievementsTitle, items: ofKind("ACHIEVEMENT").map(item) },
    { title: report.problemsTitle, items: ofKind("PROBLEM").map(item) },
    { title: report.planTitle, items: planItems },
  ].filter((p) => p.items.length > 0);

  return {
    title: report.title,
    opening: ofKind("OPENING").flatMap((s) => [s.heading, ...paragraphsOf(s.body)].filter(Boolean).map(render)),
    parts,
    closing: ofKind("CLOSING").flatMap((s) => [s.heading, ...paragraphsOf(s.body)].filter(Boolean).map(render)),
    signature: { unitName: report.unit.name, date: chinaDateParts(report.documentDate ?? opts.now ?? new Date()) },
    draftMarking: report.status === "APPROVED" ? null : DRAFT_MARKING,
    approvedHash: report.status === "APPROVED" ? report.approvedHash : null,
    verificationLine: opts.verificationLine,
  };
}
