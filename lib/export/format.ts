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
export function widthInChars(text: string, halfWidthChar = 0.5): number {
  let w = 0;
  for (const ch of text) w += isHalfWidth(ch) ? halfWidthChar : 1;
  return w;
}

function isHalfWidth(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return cp < 0x1100 || (cp >= 0xff61 && cp <= 0xffdc) || (cp >= 0xffe8 && cp <= 0xffee);
}

/** A title line preferably ends after these (…年 / 关于…的) or before those (与 / 和 / 及 / 暨). */
const TITLE_BREAK_AFTER = new Set(["年", "的", "、", "，"]);
const TITLE_BREAK_BEFORE = new Set(["与", "和", "及", "暨"]);

// One segmenter for the process: constructing one loads ICU's word-break data (most of the reading
// view's title layout time when it was built per call). segment() keeps no state between calls.
let wordSegmenter: Intl.Segmenter | undefined;

/** Offsets (in code points) where a title may be broken: word boundaries per ICU's Chinese dictionary. */
function titleBreakOffsets(chars: string[]): number[] {
  const text = chars.join("");
  const offsets: number[] = [];
  if (typeof Intl !== "undefined" && "Segmenter" in Intl) {
    const seg = (wordSegmenter ??= new Intl.Segmenter("zh-CN", { granularity: "word" }));
    let cp = 0;
    for (const part of seg.segment(text)) {
      if (cp > 0) offsets.push(cp);
      cp += Array.from(part.segment).length;
    }
  } else {
    for (let i = 1; i < chars.length; i++) offsets.push(i);
  }
  // never inside a run of half-width characters (numbers, Latin words)
  return offsets.filter((i) => !(isHalfWidth(chars[i - 1]) && isHalfWidth(chars[i])));
}

/**
 * Splits a title that is too long for one line into lines shaped as GB/T 9704 asks: an upright
 * trapezoid (upper line not shorter than the lower one), broken at word boundaries, preferably
 * after 年/的 or before 与/和/及/暨, never inside numbers or Latin words. Explicit line breaks in
 * the title are kept as they are. `maxChars` is the line capacity in title-size characters
 * (20 for 2号 in 156 mm); half-width characters count 0.6 (title digits are a little wider).
 */
export function splitTitleLines(title: string, maxChars = 20): string[] {
  const text = title.trim();
  if (/[\r\n]/.test(text)) return text.split(/\s*(?:\r\n|\r|\n)\s*/).filter(Boolean);
  const HALF = 0.6;
  const chars = Array.from(text);
  const widths = chars.map((c) => (isHalfWidth(c) ? HALF : 1));
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= maxChars) return [text];
  const lineCount = Math.ceil(total / maxChars);
  const breaks = titleBreakOffsets(chars);
  const prefix = [0];
  for (const w of widths) prefix.push(prefix[prefix.length - 1] + w);

  const out: string[] = [];
  let start = 0;
  for (let line = 0; line < lineCount - 1; line++) {
    const linesLeft = lineCount - line;
    const target = (total - prefix[start]) / linesLeft;
    let best = -1;
    let bestScore = Infinity;
    for (const b of breaks) {
      if (b <= start) continue;
      const w = prefix[b] - prefix[start];
      if (w > maxChars) break;
      const rest = total - prefix[b];
      if (rest > maxChars * (linesLeft - 1)) continue;
      let score = w >= target ? w - target : (target - w) * 2; // prefer the upper line longer
      if (TITLE_BREAK_AFTER.has(chars[b - 1])) score -= 1;
      if (TITLE_BREAK_BEFORE.has(chars[b])) score -= 1.5;
      if (score < bestScore) {
        bestScore = score;
        best = b;
      }
    }
    if (best < 0) break; // no acceptable break: leave the rest to the word processor
    out.push(chars.slice(start, best).join(""));
    start = best;
  }
  out.push(chars.slice(start).join(""));
  return out;
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

/** A calendar date as YYYY-MM-DD (what <input type="date"> shows and sends). */
export function isoCalendarDate(date: { year: number; month: number; day: number }): string {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

/**
 * A body paragraph that starts with a third- or fourth-level number (`1.` / `（1）`; `1．` and the
 * `(1)` that punctuation fixing turned into `（1）` too) is a heading of that level. `3.5亿元…`
 * is a decimal, not a number: the point must not be followed by a digit.
 */
export function numberedLevel(text: string): 3 | 4 | null {
  if (/^\s*\d{1,2}[.．](?!\d)/.test(text)) return 3;
  if (/^\s*（\d{1,2}）/.test(text)) return 4;
  return null;
}

/**
 * Lead sentence of a third/fourth-level paragraph: up to and including the first 。！？ (or the
 * whole text when that is the only sentence). The rest is the run-in body.
 */
export function splitLead(text: string): [string, string] {
  const m = /^[^。！？\r\n]*[。！？]/.exec(text);
  if (!m || m[0].length >= text.length) return [text, ""];
  return [m[0], text.slice(m[0].length)];
}
