// Every unfilled figure in a report, wherever it is: blanks in section headings and bodies, in plan
// items, and metrics without a value. The editor's checklist and the submit check both use this.
import { detectBlanksInReport, type BlankKind } from "@/lib/reports/text";

export interface ReportBlank {
  where: "heading" | "body" | "plan" | "metric";
  /** id of the section, plan item or metric */
  id: string;
  index?: number;
  length?: number;
  match?: string;
  /** figure / date / name / underline / mark (see detectBlanks); absent for metrics */
  kind?: BlankKind;
  /** the metric's label, for metric blanks */
  label?: string;
}

const PLAN_PREFIX = "plan:";

export function findReportBlanks(input: {
  sections: { id: string; heading: string; body: string }[];
  planItems: { id: string; text: string }[];
  metrics: { id: string; key: string; label: string; value: number | null }[];
}): ReportBlank[] {
  const sections = [...input.sections, ...input.planItems.map((p) => ({ id: PLAN_PREFIX + p.id, heading: "", body: p.text }))];
  return detectBlanksInReport({ sections, metrics: input.metrics }).map((b) => {
    if (b.target === "metric") return { where: "metric", id: b.id, label: b.label };
    const at = { index: b.index, length: b.length, match: b.match, kind: b.kind };
    if (b.id.startsWith(PLAN_PREFIX)) return { where: "plan", id: b.id.slice(PLAN_PREFIX.length), ...at };
    return { where: b.target === "section-heading" ? "heading" : "body", id: b.id, ...at };
  });
}
