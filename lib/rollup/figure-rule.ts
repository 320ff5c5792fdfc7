// How a figure combines across units, as its definition (the template's figure) says. Pure.
//
//   SUM    — the units' values added up (the default for counts, money, people…)
//   MEAN   — the plain mean of the units' values (the default for a "%" figure without a rule)
//   RATIO  — recomputed from two other figures: Σ numerator / Σ denominator (× 100 when the unit is "%")
//   GROWTH — recomputed growth of another figure over last year: (Σ this year / Σ last year − 1) × 100
//   NONE   — not combined: only the per-unit breakdown is shown (e.g. a rank or a date)

export const AGGREGATIONS = ["SUM", "MEAN", "RATIO", "GROWTH", "NONE"] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** A figure definition as the template holds it; `aggregation` null means "by the unit" (see ruleOf). */
export interface FigureDefinition {
  key: string;
  label: string;
  unit: string;
  aggregation?: Aggregation | null;
  /** RATIO: the figure divided; GROWTH: the figure whose growth this is. */
  numeratorKey?: string | null;
  /** RATIO: the figure divided by. */
  denominatorKey?: string | null;
}

export type FigureRule =
  | { kind: "SUM" }
  | { kind: "MEAN" }
  | { kind: "NONE" }
  | { kind: "RATIO"; numeratorKey: string; denominatorKey: string; factor: number }
  | { kind: "GROWTH"; baseKey: string };

export const isPercentUnit = (unit: string) => unit.trim() === "%" || unit.trim() === "％";

/**
 * The rule a definition stands for. Without an explicit rule a percentage is averaged and anything else
 * is summed; a RATIO or GROWTH whose source figures are missing or refer to itself falls back to that
 * default rather than to a wrong number.
 */
export function ruleOf(def: FigureDefinition): FigureRule {
  const fallback: FigureRule = isPercentUnit(def.unit) ? { kind: "MEAN" } : { kind: "SUM" };
  switch (def.aggregation ?? null) {
    case "SUM":
      return { kind: "SUM" };
    case "MEAN":
      return { kind: "MEAN" };
    case "NONE":
      return { kind: "NONE" };
    case "RATIO": {
      const n = def.numeratorKey?.trim();
      const d = def.denominatorKey?.trim();
      if (!n || !d || n === def.key || d === def.key) return fallback;
      return { kind: "RATIO", numeratorKey: n, denominatorKey: d, factor: isPercentUnit(def.unit) ? 100 : 1 };
    }
    case "GROWTH": {
      const b = def.numeratorKey?.trim();
      if (!b || b === def.key) return fallback;
      return { kind: "GROWTH", baseKey: b };
    }
    default:
      return fallback;
  }
}
