// What still has to be filled before a report may be submitted, said the way a drafter looks for it:
// "主要成效（二）: …于X月X日召开…", "开展宣讲（本年）未填写". Pure; built on findReportBlanks.
import { parseMetricTokens, renderMetrics, type BlankKind } from "@/lib/reports/text";
import { findReportBlanks } from "@/lib/reports/report-blanks";

export interface BlankSource {
  sections: readonly { id: string; kind: string; position: number; heading: string; body: string }[];
  metrics: readonly { id: string; key: string; label: string; value: number | null; unit: string }[];
  planItems: readonly { id: string; position: number; text: string }[];
}

export type BlankItem =
  | {
      where: "section";
      id: string;
      kind: string;
      /** 1-based number among the sections of its kind, as the document numbers them （一）（二）. */
      ordinal: number;
      field: "heading" | "body";
      match: string;
      blankKind: BlankKind;
      /** A few characters either side, figures printed, so the drafter recognises the place. */
      context: string;
      /** UTF-16 offset in the field's stored text: the editor puts the caret there (?blank=…). */
      index: number;
    }
  | { where: "plan"; id: string; ordinal: number; match: string; blankKind: BlankKind; context: string; index: number }
  | { where: "metric"; id: string; label: string; unit: string };

const CONTEXT_CHARS = 10;

/** Text around a blank, figures printed; a metric token at the window's edge is taken in whole. */
export function blankContext(
  text: string,
  index: number,
  length: number,
  metrics: ReadonlyMap<string, { value: number | null; unit: string }>,
): string {
  let from = Math.max(0, index - CONTEXT_CHARS);
  let to = Math.min(text.length, index + length + CONTEXT_CHARS);
  for (const t of parseMetricTokens(text)) {
    if (t.index < from && t.index + t.length > from) from = t.index;
    if (t.index < to && t.index + t.length > to) to = t.index + t.length;
  }
  const render = (s: string) => renderMetrics(s, metrics).replace(/\s+/g, " ");
  const before = render(text.slice(from, index));
  const after = render(text.slice(index + length, to));
  return `${from > 0 ? "…" : ""}${before}${text.slice(index, index + length)}${after}${to < text.length ? "…" : ""}`;
}

export function listBlankItems(src: BlankSource): BlankItem[] {
  const metricByKey = new Map(src.metrics.map((m) => [m.key, { value: m.value, unit: m.unit }]));
  const sorted = [...src.sections].sort((a, b) => a.position - b.position);
  const ordinals = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const s of sorted) {
    const n = (seen.get(s.kind) ?? 0) + 1;
    seen.set(s.kind, n);
    ordinals.set(s.id, n);
  }
  const plans = [...src.planItems].sort((a, b) => a.position - b.position);
  const planOrdinal = new Map(plans.map((p, i) => [p.id, i + 1]));
  const sectionById = new Map(sorted.map((s) => [s.id, s]));

  // The same detector as the editor's checklist: sections, plan items (a target figure left as X in next
  // year's plan is as unfinished as one in the achievements) and figures without a value.
  const locations = findReportBlanks({
    sections: sorted.map((s) => ({ id: s.id, heading: s.heading, body: s.body })),
    planItems: plans.map((p) => ({ id: p.id, text: p.text })),
    metrics: src.metrics.map((m) => ({ id: m.id, key: m.key, label: m.label, value: m.value })),
  });

  return locations.map((l): BlankItem => {
    if (l.where === "metric") {
      const m = src.metrics.find((x) => x.id === l.id)!;
      return { where: "metric", id: m.id, label: m.label, unit: m.unit };
    }
    const index = l.index ?? 0;
    const length = l.length ?? 0;
    const match = l.match ?? "";
    const blankKind = l.kind ?? "figure";
    if (l.where === "plan") {
      const p = plans.find((x) => x.id === l.id)!;
      return { where: "plan", id: p.id, ordinal: planOrdinal.get(p.id)!, match, blankKind, context: blankContext(p.text, index, length, metricByKey), index };
    }
    const s = sectionById.get(l.id)!;
    const field = l.where;
    const text = field === "heading" ? s.heading : s.body;
    return { where: "section", id: s.id, kind: s.kind, ordinal: ordinals.get(s.id)!, field, match, blankKind, context: blankContext(text, index, length, metricByKey), index };
  });
}

/** The editor's name for a blank's place: /reports/<id>/edit?blank=<this> puts the caret on it. */
export function blankStopId(b: BlankItem): string {
  if (b.where === "metric") return `metric:${b.id}`;
  if (b.where === "plan") return `plan:${b.id}:${b.index}`;
  return `${b.field}:${b.id}:${b.index}`;
}
