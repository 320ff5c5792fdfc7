// Finds unfilled placeholders in a Chinese official-document draft (X场, X月X日, 某某, ____ …),
// so a report cannot be submitted while a figure is still missing.

import { METRIC_TOKEN_SOURCE } from "./metric-tokens";

/**
 * X-style placeholders are classified by meaning: "figure" (a number: X场, XX万元, X%),
 * "date" (X月X日, X年) or "name" (某某, X社区). Slots that carry no meaning are classified
 * by shape: "underline" (____, ＿＿, empty brackets （  ）) and "mark" (○○, □□).
 */
export type BlankKind = "figure" | "date" | "name" | "underline" | "mark";

export interface Blank {
  /** UTF-16 offset into the scanned text. */
  index: number;
  /** Length in UTF-16 code units. */
  length: number;
  match: string;
  kind: BlankKind;
}

// Placeholder letters: ASCII X/x, full-width Ｘ/ｘ and the multiplication sign × used in print.
const PH = "[XxＸｘ×]";

// Chinese words that really start with X; a lone X before them is not a blank.
// Kept short on purpose: every entry is a word that could hide a real blank.
const X_WORDS = ["射线", "光", "线", "型", "形", "轴", "染色体", "世代"];

// Words after a placeholder that make it a name (X社区, ×××同志) rather than a figure.
// Measure words that double as nouns (处, 所, 家, 个) are left out: "文化广场X处" is a count.
const NAME_SUFFIXES = [
  "党工委", "党委", "党组", "党支部", "支部", "委员会", "办公室", "同志",
  "社区", "街道", "小区", "单位", "部门", "公司", "集团", "学校", "医院",
  "省", "市", "区", "县", "镇", "乡", "村", "局",
];

// One pass, leftmost-first. Metric tokens come first so they are stepped over whole
// ({{m:max_x}} or {{m:a__b}} must not look like blanks); dates before bare placeholders
// so X月X日 is one blank, not two.
const SCANNER_SOURCE = [
  `(?<token>${METRIC_TOKEN_SOURCE})`,
  `(?<date>${PH}+年(?:${PH}+月(?:${PH}+[日号])?)?|${PH}+月(?:${PH}+[日号])?|${PH}+日)`,
  // "X.X%" is one decimal figure.
  `(?<ph>${PH}+(?:\\.${PH}+)?)`,
  `(?<underline>[_＿]{2,})`,
  // Full-width brackets may be empty; ASCII "()" must hold a space to count as a slot.
  `(?<bracket>（[ \\t\\u3000]*）|\\([ \\t\\u3000]+\\)|【[ \\t\\u3000]*】)`,
  `(?<mark>[○□]{2,})`,
  // A single 某 is an ordinary word (某些, 某种); a doubled one is a name placeholder.
  `(?<mou>某{2,})`,
].join("|");

// Latin letters (incl. full-width) and digits (incl. full-width): context of English words
// and model numbers (Windows XP, HX-200, x86, iPhone X) where an X is not a placeholder.
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;
// Joiners inside model numbers and identifiers (HX-200, A/X, x_1).
const JOINERS = "-_/";
// Spaces that may separate "iPhone" from "X" on one line; a line break ends the context.
const INLINE_SPACE = /[ \t\u00a0\u3000]/;
// Chinese digits around ○: "二○○五年" is a year typed with ○ for 〇, not a blank.
const CHINESE_DIGIT = /[〇零一二三四五六七八九十]/;

function isLatinOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && LATIN_OR_DIGIT.test(ch);
}

/** Nearest non-space character before `index` on the same line. */
function charBefore(text: string, index: number): string | undefined {
  let i = index - 1;
  while (i >= 0 && INLINE_SPACE.test(text[i])) i--;
  return i >= 0 ? text[i] : undefined;
}

/** Nearest non-space character at or after `index` on the same line. */
function charAfter(text: string, index: number): string | undefined {
  let i = index;
  while (i < text.length && INLINE_SPACE.test(text[i])) i++;
  return i < text.length ? text[i] : undefined;
}

/** True when Latin text or a model-number prefix ends right before `start` ("iPhone X", "HX", "A-X"). */
function latinOnLeft(text: string, start: number): boolean {
  if (isLatinOrDigit(charBefore(text, start))) return true;
  // Only hyphen, underscore and slash join on the left; a dot there is list numbering (附件：1.×××).
  return JOINERS.includes(text[start - 1] ?? "") && isLatinOrDigit(text[start - 2]);
}

/** True when Latin text or a model-number suffix starts at `end` ("X86", "Xbox", "X-200", "X.509"). */
function latinOnRight(text: string, end: number): boolean {
  if (isLatinOrDigit(charAfter(text, end))) return true;
  return (JOINERS + ".").includes(text[end] ?? "") && isLatinOrDigit(text[end + 1]);
}

function isXWord(text: string, start: number, match: string): boolean {
  // Only a single letter X starts these words; "XX射线" or "×光" are not words.
  if (match.length !== 1 || match === "×") return false;
  return X_WORDS.some((word) => text.startsWith(word, start + 1));
}

function placeholderKind(text: string, end: number): BlankKind {
  return NAME_SUFFIXES.some((suffix) => text.startsWith(suffix, end)) ? "name" : "figure";
}

export function detectBlanks(text: string): Blank[] {
  const blanks: Blank[] = [];
  for (const m of text.matchAll(new RegExp(SCANNER_SOURCE, "gu"))) {
    const g = m.groups ?? {};
    const match = m[0];
    const index = m.index;
    const end = index + match.length;
    const add = (kind: BlankKind) => blanks.push({ index, length: match.length, match, kind });

    if (g.token !== undefined) continue;
    if (g.date !== undefined) {
      // A date ends in 年/月/日, so only the left side can be Latin context ("iPhone X年").
      if (!latinOnLeft(text, index)) add("date");
    } else if (g.ph !== undefined) {
      if (!latinOnLeft(text, index) && !latinOnRight(text, end) && !isXWord(text, index, match)) {
        add(placeholderKind(text, end));
      }
    } else if (g.underline !== undefined) {
      // Direct neighbours only: "__init__" is code, while "姓名：____" is a slot.
      if (!isLatinOrDigit(text[index - 1]) && !isLatinOrDigit(text[end])) add("underline");
    } else if (g.bracket !== undefined) {
      add("underline");
    } else if (g.mark !== undefined) {
      if (!CHINESE_DIGIT.test(text[index - 1] ?? "") && !CHINESE_DIGIT.test(text[end] ?? "")) {
        add("mark");
      }
    } else if (g.mou !== undefined) {
      add("name");
    }
  }
  return blanks;
}

export function countBlanks(text: string): number {
  return detectBlanks(text).length;
}

export interface ReportTextInput {
  sections: ReadonlyArray<{ id: string; heading: string; body: string }>;
  metrics: ReadonlyArray<{ id: string; key: string; label: string; value: number | null }>;
}

export type BlankTarget = "section-heading" | "section-body" | "metric";

export interface BlankLocation {
  target: BlankTarget;
  /** Section id or metric id. */
  id: string;
  /** Position within the heading or body (absent for metrics). */
  index?: number;
  length?: number;
  match?: string;
  kind?: BlankKind;
  /** The metric's label, so the UI can say which figure is missing. */
  label?: string;
}

/**
 * Every blank of a report in reading order: each section's heading then body, then metrics
 * with no value. Metric tokens in bodies are stepped over by detectBlanks; an empty metric
 * is reported once here rather than at every place it is quoted.
 */
export function detectBlanksInReport(input: ReportTextInput): BlankLocation[] {
  const locations: BlankLocation[] = [];
  for (const section of input.sections) {
    for (const [target, text] of [
      ["section-heading", section.heading],
      ["section-body", section.body],
    ] as const) {
      for (const blank of detectBlanks(text)) {
        locations.push({ target, id: section.id, ...blank });
      }
    }
  }
  for (const metric of input.metrics) {
    if (metric.value === null) {
      locations.push({ target: "metric", id: metric.id, label: metric.label });
    }
  }
  return locations;
}
