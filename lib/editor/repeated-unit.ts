// A token prints number AND unit ("{{m:volunteers}}" → 1860人), so a unit typed after it prints twice
// (1860人人). Typical after pasting old prose or registering a figure without taking its unit along.
import { parseMetricTokens } from "@/lib/reports/text/metric-tokens";

export type UnitLookup = ReadonlyMap<string, { unit: string }> | Readonly<Record<string, { unit: string }>>;

export interface RepeatedUnit {
  /** UTF-16 offset of the repeated unit, right after the token. */
  index: number;
  /** Covers every copy when the unit was typed more than once (人人). */
  length: number;
  key: string;
}

function unitOf(metrics: UnitLookup, key: string): string {
  if (metrics instanceof Map) return metrics.get(key)?.unit ?? "";
  // Own properties only: "constructor" is a valid key and must not find Object.prototype.
  const record = metrics as Readonly<Record<string, { unit: string }>>;
  return Object.prototype.hasOwnProperty.call(record, key) ? (record[key]?.unit ?? "") : "";
}

/**
 * Every place where the text right after a `{{m:key}}` token starts with that metric's unit. The match
 * is a plain prefix test: "{{m:teams}}支队" with unit 支 is flagged, since the chip already says 支.
 * Unknown keys and metrics without a unit are never flagged.
 */
export function findRepeatedUnits(text: string, metrics: UnitLookup): RepeatedUnit[] {
  const found: RepeatedUnit[] = [];
  for (const token of parseMetricTokens(text)) {
    const unit = unitOf(metrics, token.key);
    if (unit === "") continue;
    const index = token.index + token.length;
    let end = index;
    while (text.startsWith(unit, end)) end += unit.length;
    if (end > index) found.push({ index, length: end - index, key: token.key });
  }
  return found;
}

/** The text without the units findRepeatedUnits reports. */
export function stripRepeatedUnits(text: string, metrics: UnitLookup): string {
  let out = "";
  let cursor = 0;
  for (const repeated of findRepeatedUnits(text, metrics)) {
    out += text.slice(cursor, repeated.index);
    cursor = repeated.index + repeated.length;
  }
  return out + text.slice(cursor);
}
