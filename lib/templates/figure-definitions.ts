// The figure definitions a round's roll-up combines by. Pure.
//
// A round's reports may have started from different versions of its template (it was edited while the round
// was open), so the roll-up lists every figure any of those versions defines — in the newest order, older
// ones after. How a figure combines is the admin's current rule (the figure rules page edits the template's
// current rows); a figure the newest version no longer has keeps the rule its version recorded.
import type { FigureDefinition } from "@/lib/rollup/figure-rule";
import type { SnapshotMetric } from "./template-snapshot";

export function roundFigureDefinitions(
  current: readonly FigureDefinition[],
  /** The figures of each version the round uses, newest first; empty when no version is known. */
  used: readonly (readonly SnapshotMetric[])[],
  /** True when some report (or the round) started outside the versioned path: the current figures count too. */
  includeCurrent: boolean,
): FigureDefinition[] {
  const sources: readonly (readonly FigureDefinition[])[] = includeCurrent || used.length === 0 ? [current, ...used] : used;
  const currentByKey = new Map(current.map((d) => [d.key, d]));
  const defined = new Map<string, FigureDefinition>();
  for (const list of sources) for (const d of list) if (!defined.has(d.key)) defined.set(d.key, d);
  const keys = [...current.map((d) => d.key).filter((k) => defined.has(k)), ...[...defined.keys()].filter((k) => !currentByKey.has(k))];
  return keys.map((key) => {
    const d = currentByKey.get(key) ?? defined.get(key)!;
    return { key, label: d.label, unit: d.unit, aggregation: d.aggregation ?? null, numeratorKey: d.numeratorKey ?? null, denominatorKey: d.denominatorKey ?? null };
  });
}
