// Heading numbers of Chinese official documents (GB/T 9704: 一、 （一） 1. （1））.
// Numbers are derived from section order at render time, never stored in headings,
// so reordering sections cannot leave stale numbers behind.

import { chineseNumeral as exportNumeral } from "@/lib/export/format";

export type HeadingLevel = 1 | 2 | 3 | 4;

/**
 * Chinese numerals exactly as the exporter writes them (one implementation, in lib/export/format.ts):
 * 一 … 十, 十一 … 九十九, 一百, 一百零一, 一百一十 … 九百九十九; from 1000 on, Arabic digits (no report gets that
 * far — the caps in lib/validation/limits.ts stop it much earlier — but a page must never fail on a number).
 * Here a non-positive or non-integer number is a programming error, so it throws.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new RangeError(`chineseNumeral needs a positive integer, got ${n}`);
  }
  return exportNumeral(n);
}

/** The number printed before a heading at `level`: 一、 / （一） / 1. / （1）. */
export function sectionNumber(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
    case 4: {
      // Arabic levels need a positive whole number too.
      if (!Number.isSafeInteger(n) || n < 1) {
        throw new RangeError(`section number must be a positive integer, got ${n}`);
      }
      return level === 3 ? `${n}.` : `（${n}）`;
    }
    default:
      throw new RangeError(`heading level must be 1..4, got ${String(level)}`);
  }
}

export interface LeadingNumber {
  /** Which GB/T 9704 level the typed number looks like. */
  level: HeadingLevel;
  /** The number as typed, e.g. "（一）" or "1、". */
  marker: string;
  /** The text after the number, leading whitespace removed. */
  rest: string;
}

const CN = "[一二三四五六七八九十]+";
const AR = "[0-9０-９]+";
// Whitespace that may pad a typed number: ASCII blanks and the ideographic space.
const SP = "[ \\t\\u3000]*";

const LEADING_NUMBER: ReadonlyArray<{ level: HeadingLevel; pattern: RegExp }> = [
  { level: 2, pattern: new RegExp(`^[（(]${SP}${CN}${SP}[）)]`) },
  { level: 4, pattern: new RegExp(`^(?:[（(]${SP}${AR}${SP}[）)]|${AR}[）)])`) },
  { level: 1, pattern: new RegExp(`^${CN}[、．.]`) },
  // "1." only when no digit follows, so a figure such as "1.5万人次" is left alone.
  { level: 3, pattern: new RegExp(`^${AR}(?:[、．]|\\.(?![0-9０-９]))`) },
];

/** Recognises a typed heading number at the start of `text` (after leading whitespace). */
export function matchLeadingNumber(text: string): LeadingNumber | null {
  const trimmed = text.trimStart();
  for (const { level, pattern } of LEADING_NUMBER) {
    const m = pattern.exec(trimmed);
    if (m) return { level, marker: m[0], rest: trimmed.slice(m[0].length).trimStart() };
  }
  return null;
}

/** Removes one typed heading number (users paste them; ours are derived from order). */
export function stripLeadingNumber(text: string): string {
  const found = matchLeadingNumber(text);
  return found ? found.rest : text;
}
