// What changed between two versions of a template, as a list the history puts in words
// (templates.changes.<kind> in each UI language). Sections are matched by their stable ref, figures by key:
// a figure whose key changed is one removed and one added. Pure.
import type { TemplateContent } from "./template-snapshot";

export type TemplateChange =
  | { kind: "created"; sections: number; figures: number }
  | { kind: "name"; from: string; to: string }
  | { kind: "description" }
  | { kind: "titlePattern"; from: string; to: string }
  | { kind: "sectionAdded"; heading: string }
  | { kind: "sectionRemoved"; heading: string }
  | { kind: "sectionChanged"; heading: string }
  | { kind: "sectionsReordered" }
  | { kind: "figureAdded"; key: string; label: string }
  | { kind: "figureRemoved"; key: string; label: string }
  | { kind: "figureChanged"; key: string; label: string }
  | { kind: "figuresReordered" };

/** The words a section goes by in the history: its heading, else the start of its body. */
export function sectionName(s: { heading: string; body: string }): string {
  const text = (s.heading.trim() || s.body.trim()).replace(/\{\{m:[^}]*\}\}/g, "X");
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/** True when the common items appear in another order (additions and removals aside). */
function reordered(before: readonly string[], after: readonly string[]): boolean {
  const kept = new Set(after);
  const a = before.filter((x) => kept.has(x));
  const had = new Set(before);
  const b = after.filter((x) => had.has(x));
  return a.some((x, i) => x !== b[i]);
}

export function templateChanges(before: TemplateContent | null, after: TemplateContent): TemplateChange[] {
  if (!before) return [{ kind: "created", sections: after.sections.length, figures: after.metrics.length }];
  const out: TemplateChange[] = [];
  if (before.name !== after.name) out.push({ kind: "name", from: before.name, to: after.name });
  if ((before.description ?? "") !== (after.description ?? "")) out.push({ kind: "description" });
  if (before.titlePattern !== after.titlePattern) out.push({ kind: "titlePattern", from: before.titlePattern, to: after.titlePattern });

  const oldSections = new Map(before.sections.map((s) => [s.ref, s]));
  const newRefs = new Set(after.sections.map((s) => s.ref));
  for (const s of after.sections) {
    const old = oldSections.get(s.ref);
    if (!old) out.push({ kind: "sectionAdded", heading: sectionName(s) });
    else if (old.kind !== s.kind || old.heading !== s.heading || old.body !== s.body) out.push({ kind: "sectionChanged", heading: sectionName(s) });
  }
  for (const s of before.sections) if (!newRefs.has(s.ref)) out.push({ kind: "sectionRemoved", heading: sectionName(s) });
  if (reordered(before.sections.map((s) => s.ref), after.sections.map((s) => s.ref))) out.push({ kind: "sectionsReordered" });

  const oldMetrics = new Map(before.metrics.map((m) => [m.key, m]));
  const newKeys = new Set(after.metrics.map((m) => m.key));
  for (const m of after.metrics) {
    const old = oldMetrics.get(m.key);
    if (!old) out.push({ kind: "figureAdded", key: m.key, label: m.label });
    else if (
      old.label !== m.label ||
      old.unit !== m.unit ||
      (old.aggregation ?? null) !== (m.aggregation ?? null) ||
      (old.numeratorKey ?? null) !== (m.numeratorKey ?? null) ||
      (old.denominatorKey ?? null) !== (m.denominatorKey ?? null)
    )
      out.push({ kind: "figureChanged", key: m.key, label: m.label });
  }
  for (const m of before.metrics) if (!newKeys.has(m.key)) out.push({ kind: "figureRemoved", key: m.key, label: m.label });
  if (reordered(before.metrics.map((m) => m.key), after.metrics.map((m) => m.key))) out.push({ kind: "figuresReordered" });
  return out;
}
