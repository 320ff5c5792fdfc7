/**
 * Small, dependency-free helpers shared by the exporters (kept local to lib/export on purpose,
 * so the export code does not depend on the rest of the app).
 */

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/**
 * Chinese numeral for heading numbers: 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九.
 * 100..999 are also written out (一百、一百零一、一百一十); anything else falls back to Arabic digits.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) return String(n);
  if (n < 10) return DIGITS[n];
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return (tens === 1 ? "" : DIGITS[tens]) + "十" + (ones ? DIGITS[ones] : "");
  }
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (rest === 0) return DIGITS[hundreds] + "百";
  if (rest < 10) return DIGITS[hundreds] + "百零" + DIGITS[rest];
  // 110 → 一百一十 (the 一 before 十 is kept after 百)
  const tens = Math.floor(rest / 10);
  const ones = rest % 10;
  return DIGITS[hundreds] + "百" + DIGITS[tens] + "十" + (ones ? DIGITS[ones] : "");
}

/** `一、` heading number of the n-th part (1-based). */
export function partNumber(n: number): string {
  return `${chineseNumeral(n)}、`;
}

/** `（一）` heading number of the n-th item (1-based), full-width brackets. */
export function itemNumber(n: number): string {
  return `（${chineseNumeral(n)}）`;
}

/** GB/T 9704 成文日期: Arabic numerals, full year, no leading zeros: `2025年1月5日`. */
export function formatChineseDate(date: { year: number; month: number; day: number }): string {
  const { year, month, day } = date;
  for (const [name, v] of [["year", year], ["month", month], ["day", day]] as const) {
    if (!Number.isInteger(v) || v < 1) throw new RangeError(`invalid signature date ${name}: ${v}`);
  }
  if (month > 12 || day > 31) throw new RangeError(`invalid signature date ${year}-${month}-${day}`);
  return `${year}年${month}月${day}日`;
}

/**
 * Removes characters that cannot appear in XML 1.0 at all (C0 controls except tab/LF/CR,
 * lone surrogates, U+FFFE/U+FFFF). Everything else is kept literally; XML escaping is the
 * writer's job (docx escapes &, <, > and quotes itself).
 */
export function stripXmlInvalidChars(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}

const HASH_RE = /^[0-9a-f]{64}$/;

/** Validates and normalises a sha-256 hex digest (lower case). Throws on anything else. */
export function normaliseSha256(hash: string): string {
  const h = hash.trim().toLowerCase();
  if (!HASH_RE.test(h)) throw new TypeError("approvedHash must be a sha-256 hex digest (64 hex characters)");
  return h;
}

/** Text of the optional verification line printed at the end of an approved document. */
export function verificationText(hash: string): string {
  return `本文档由 Summa 生成，审定版本校验码 sha256:${normaliseSha256(hash).slice(0, 16)}…`;
}

/**
 * Approximate width of a string in body "characters" (字): CJK and other full-width characters
 * count 1, ASCII / half-width characters (digits, Latin) count 0.5. Used to place the signature.
 */
export function widthInChars(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const halfWidth = cp < 0x1100 || (cp >= 0xff61 && cp <= 0xffdc) || (cp >= 0xffe8 && cp <= 0xffee);
    w += halfWidth ? 0.5 : 1;
  }
  return w;
}

/**
 * GB/T 9704-2012 7.3.5.3 (no seal): the issuer sits 2 字 from the right; the date goes on the next
 * line and starts 2 字 to the right of the issuer's first character. If the date is longer than
 * the issuer, the date sits 2 字 from the right and the issuer moves left accordingly.
 * Returns the right indents, in 字, for right-aligned issuer and date lines.
 */
export function signatureRightIndents(unitName: string, dateText: string): { unit: number; date: number } {
  const u = widthInChars(unitName);
  const d = widthInChars(dateText);
  if (d > u) return { unit: 2 + (d - u) + 2, date: 2 };
  // issuer starts at (W - 2 - u); date starts 2 字 further right → ends at W - u + d.
  return { unit: 2, date: u - d };
}
