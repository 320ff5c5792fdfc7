// Literal figures in the text that are not bound to the register (not chips): a figure typed as text is
// printed as typed and checked by nothing, so each one is a warning with 登记为指标 one key away.
// Not figures: years and dates (2025年, 10月18日), ordinals (第3次), document numbers (〔2025〕5号),
// numbers inside titles (《2025年…》) and numbers that are part of a Latin/model word (5G, PM2.5).
import { METRIC_TOKEN_SOURCE } from "@/lib/reports/text/metric-tokens";

export interface UnboundNumber {
  index: number;
  length: number;
  match: string;
}

const NUMBER = /\d+(?:[.,]\d+)*/g;
// What right after a number makes it a date or a time, not a figure.
const DATE_AFTER = /^(?:年|月|日|号|时|点|分|秒|周岁|岁|世纪|年代|届|期(?!间))/;
const LATIN = /[A-Za-z]/;

export function findUnboundNumbers(text: string): UnboundNumber[] {
  const skip: [number, number][] = [...text.matchAll(new RegExp(METRIC_TOKEN_SOURCE, "g"))].map((m) => [m.index, m.index + m[0].length]);
  // Titles and document numbers: 《…》 and 〔…〕 / [...] / （2025） spans.
  for (const m of text.matchAll(/《[^》]*》|〔[^〕]*〕|\[\d{4}\]|（\d{4}）/g)) skip.push([m.index, m.index + m[0].length]);
  const out: UnboundNumber[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const a = m.index;
    const b = a + m[0].length;
    if (skip.some(([x, y]) => a < y && b > x)) continue;
    const before = text[a - 1] ?? "";
    const after = text.slice(b);
    if (before === "第" || LATIN.test(before) || LATIN.test(after[0] ?? "") || before === "." || before === "-") continue;
    if (DATE_AFTER.test(after)) continue;
    // A number followed by a section mark ("1." "2、" at a line start) is typed numbering, not a figure.
    if ((a === 0 || text[a - 1] === "\n") && /^[.、．)）]/.test(after)) continue;
    out.push({ index: a, length: b - a, match: m[0] });
  }
  return out;
}
