// Summaries sometimes spell small figures in characters (增长两倍, 百分之十二点五); the change
// checker needs them as numbers with the precision they were written at.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export interface ChineseNumeral {
  value: number;
  /** Digits written after 点: 十二点五 → 1. */
  decimals: number;
}

/**
 * Parses 0–999 with optional 点-decimals: 三, 十二, 二十, 一百零五, 两百, 十二点五.
 * Null for anything else (larger units such as 千/万 never appear in a stated change).
 */
export function parseChineseNumeral(text: string): ChineseNumeral | null {
  const [whole, fraction, ...rest] = text.split("点");
  if (rest.length > 0 || whole === "") return null;
  const integer = parseWhole(whole);
  if (integer === null) return null;
  if (fraction === undefined) return { value: integer, decimals: 0 };
  let digits = "";
  for (const ch of fraction) {
    // 两 is never a decimal digit: 点两 is not written.
    if (!(ch in DIGITS) || ch === "两") return null;
    digits += String(DIGITS[ch]);
  }
  if (digits === "") return null;
  return { value: Number(`${integer}.${digits}`), decimals: digits.length };
}

function parseWhole(text: string): number | null {
  let total = 0;
  let pending: number | null = null;
  let lastUnit = 1000;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (pending !== null && pending !== 0) return null; // 二三 is not a number
      pending = DIGITS[ch];
      continue;
    }
    const unit = ch === "十" ? 10 : ch === "百" ? 100 : 0;
    if (unit === 0 || unit >= lastUnit) return null;
    // A bare 十 means 一十 (十二 = 12); a bare 百 is not idiomatic but reads the same way.
    total += (pending === null || pending === 0 ? 1 : pending) * unit;
    pending = null;
    lastUnit = unit;
  }
  return total + (pending ?? 0);
}
