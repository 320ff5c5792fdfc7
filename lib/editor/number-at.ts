// A literal number next to the caret (just typed over a blank, or clicked into) or selected: the candidate
// for 登记为指标. Offsets are in a block's token text; a number inside a token is never a candidate.
import { METRIC_TOKEN_SOURCE } from "@/lib/reports/text/metric-tokens";

const NUMBER = /\d+(?:[.,]\d+)*/g;

export function numberAt(text: string, start: number, end: number): { start: number; end: number } | null {
  const tokens = [...text.matchAll(new RegExp(METRIC_TOKEN_SOURCE, "g"))].map((m) => [m.index, m.index + m[0].length]);
  for (const m of text.matchAll(NUMBER)) {
    const a = m.index;
    const b = a + m[0].length;
    if (tokens.some(([ta, tb]) => a < tb && b > ta)) continue;
    // A caret touching the number, or a selection that is exactly the number.
    if (start === end ? start >= a && start <= b : start === a && end === b) return { start: a, end: b };
  }
  return null;
}
