// Year-over-year comparison of a metric, phrased the way summaries state it (较上年增长12.5%).

import { formatDecimal } from "./decimal";

export type YoYDirection = "up" | "down" | "flat";

export interface YearOverYear {
  /** current − previous. */
  delta: number;
  /** delta / |previous| as a fraction (0.125 = 12.5%); null when previous is 0. */
  ratio: number | null;
  direction: YoYDirection;
}

/** Null when either year's figure is missing: there is nothing honest to say. */
export function yearOverYear(current: number | null, previous: number | null): YearOverYear | null {
  if (current === null || previous === null) return null;
  if (!Number.isFinite(current) || !Number.isFinite(previous)) {
    throw new RangeError(`year-over-year needs finite numbers: ${current}, ${previous}`);
  }
  // Drop float noise (0.3 − 0.1 − 0.2 ≈ 5.5e-17) so equal figures read as "flat".
  const delta = Number((current - previous).toFixed(10)) + 0; // + 0 turns -0 into 0
  const direction: YoYDirection = delta > 0 ? "up" : delta < 0 ? "down" : "flat";
  // Dividing by |previous| keeps the ratio's sign equal to the direction.
  const ratio = previous === 0 ? null : delta / Math.abs(previous);
  return { delta, ratio, direction };
}

/**
 * Chinese phrase for a comparison: 较上年增长12.5% / 较上年下降3.2% / 与上年持平.
 * The percentage is rounded to one decimal (trailing .0 dropped, as documents write 增长10%).
 * A change that rounds to 0.0% reads 与上年基本持平 rather than the odd 增长0%.
 * With no base (previous 0) a percentage is meaningless, so the absolute change is given
 * with the optional unit: 较上年增加5场. A null comparison gives "".
 */
export function formatYoY(yoy: YearOverYear | null, unit = ""): string {
  if (yoy === null) return "";
  if (yoy.direction === "flat") return "与上年持平";
  if (yoy.ratio === null) {
    const amount = formatDecimal(Math.abs(yoy.delta), 2);
    return `${yoy.direction === "up" ? "较上年增加" : "较上年减少"}${amount}${unit}`;
  }
  // toFixed(10) first: ratio × 100 can land just under a half (3.2499999…) and round down.
  const percent = formatDecimal(Number((Math.abs(yoy.ratio) * 100).toFixed(10)), 1);
  if (percent === "0") return "与上年基本持平";
  return `${yoy.direction === "up" ? "较上年增长" : "较上年下降"}${percent}%`;
}

// Units of figures that are themselves percentages: their change is a difference in points.
const PERCENT_UNITS = new Set(["%", "％", "个百分点"]);

/**
 * The comparison phrase suited to the figure's unit. A percentage (unit % or 个百分点) changes in
 * percentage points — 12.5% → 43% is 较上年提高30.5个百分点, never 增长244% — so the delta is given,
 * to at most 2 decimals, and a delta that rounds to 0 reads 与上年基本持平. Any other unit reads as
 * formatYoY does. Missing figures give "".
 */
export function formatChange(current: number | null, previous: number | null, unit: string): string {
  const yoy = yearOverYear(current, previous);
  if (!PERCENT_UNITS.has(unit)) return formatYoY(yoy, unit);
  if (yoy === null) return "";
  if (yoy.direction === "flat") return "与上年持平";
  // Below half a hundredth it prints as 0 anyway; checked here because formatDecimal misreads the
  // exponent form String() gives numbers under 1e-6 (1e-7 → "NaN").
  if (Math.abs(yoy.delta) < 0.005) return "与上年基本持平";
  const points = formatDecimal(Math.abs(yoy.delta), 2);
  return `${yoy.direction === "up" ? "较上年提高" : "较上年下降"}${points}个百分点`;
}
