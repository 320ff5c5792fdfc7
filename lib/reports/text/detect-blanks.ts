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

// Placeholder letters: ASCII X/x, full-width Ｘ/ｘ, the multiplication sign × used in print, and the
// asterisks (* ＊) that older templates and censored copies use the same way (*镇, **万元, *.*亿元).
const PH = "[XxＸｘ×*＊]";

// Chinese words that really start with X; a lone X before them is not a blank.
// Kept short on purpose: every entry is a word that could hide a real blank.
const X_WORDS = ["射线", "光", "线", "型", "形", "轴", "染色体", "世代"];

// Words after a placeholder that make it a name (X社区, ×××同志) rather than a figure.
// Measure words that double as nouns (处, 所, 家, 个) are left out: "文化广场X处" is a count.
// Traditional forms are listed too: copies from Taiwan/HK sites keep them (xx鎮, *區).
const NAME_SUFFIXES = [
  "党工委", "党委", "党组", "党支部", "支部", "委员会", "居委会", "村委会", "办公室", "同志",
  "社区", "街道", "小区", "新村", "单位", "部门", "公司", "集团", "学校", "医院", "法院",
  "书记", "書記", "主任", "主席", "委",
  "省", "市", "区", "區", "县", "縣", "镇", "鎮", "乡", "鄉", "村", "局",
];
// Organisation words a few characters further on (xx招商辦事處, ***农业发展有限公司, x纪念馆).
const ORG_WORDS = ["办事处", "辦事處", "有限公司", "纪念馆", "紀念館", "委员会"];
// Titles before a placeholder that make it a person's name (主席*, 战士X, 同志X).
const NAME_PREFIXES = ["战士", "同志", "主席", "书记", "主任", "局长", "院长", "校长", "老师", "先生", "女士"];
// Units and measure words after a slot: the slot is a figure (____万元, 【待补】人次, X个社区).
const UNIT_START = /^[万亿億元%％个個人户戶件项項场場次名支家所篇期批亩畝吨噸台座条條天小余多]/u;
const CLAUSE_STOP = /[，。；：、,.;:！？!?（）()\s]/u;
// Dashes and words that join a range: in "*——*月份" both ends are months.
const RANGE_JOINER = /^(?:——|—|－|-|~|～|至|到)/u;

// One pass, leftmost-first. Metric tokens come first so they are stepped over whole
// ({{m:max_x}} or {{m:a__b}} must not look like blanks); dates before bare placeholders so X月X日
// is one blank, not two; a partly typed year (20XX年, 20__年) before everything that would
// see its digits as a model number.
const D_SLOT = `(?:${PH}+|[_＿]+|[○□]+)`;
const SCANNER_SOURCE = [
  `(?<token>${METRIC_TOKEN_SOURCE})`,
  `(?<year>(?<![0-9０-９])(?:19|20|２０)[0-9０-９]?(?:${PH}+|[_＿]+)年(?:${D_SLOT}月(?:${D_SLOT}[日号])?)?)`,
  `(?<date>${D_SLOT}年(?:${D_SLOT}月(?:${D_SLOT}[日号])?)?|${D_SLOT}月(?:${D_SLOT}[日号])?|${PH}+日|[_＿]+[日号])`,
  // "X.X%" and "*.*亿元" are one decimal figure.
  `(?<ph>${PH}+(?:\\.${PH}+)?)`,
  `(?<underline>[_＿]{2,}|(?<=\\p{Script=Han})[_＿](?=\\p{Script=Han}))`,
  // Full-width brackets may be empty; ASCII "()" must hold a space to count as a slot. 【待补】-style
  // notes are slots by their wording; ASCII [..] with Chinese inside is a template hint ([具体原因]).
  `(?<bracket>（[ \\t\\u3000]*）|\\([ \\t\\u3000]+\\)|【[ \\t\\u3000]*】|【待[补補核填定确確][^】\\n]{0,4}】|\\[(?=[^\\]\\n]*\\p{Script=Han})[^\\[\\]\\n]{1,24}\\])`,
  `(?<mark>[○□]{2,})`,
  // A single 某 is an ordinary word (某些, 某种); a doubled one is a name placeholder.
  `(?<mou>某{2,})`,
  // "##万元" is a slot; "# 标题" at a line start and "#话题#" are markup, stepped over here.
  `(?<hashtag>#[^#\\s]{1,20}#)`,
  `(?<hash>(?<=\\p{Script=Han})#+)`,
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
  if (match.length !== 1 || match === "×" || match === "*" || match === "＊") return false;
  if (X_WORDS.some((word) => text.startsWith(word, start + 1))) return true;
  // A quoted letter naming a shape: “X”字路口, "X"型.
  return /^[”"’'」](?:字|型|形)/u.test(text.slice(start + 1, start + 3));
}

/** The few characters after `end`, up to the end of the clause (for organisation words further on). */
function clauseAfter(text: string, end: number, max = 8): string {
  let out = "";
  for (let i = end; i < text.length && out.length < max && !CLAUSE_STOP.test(text[i]); i++) out += text[i];
  return out;
}

/**
 * What an unfilled slot stands for, from its neighbours: a unit after it makes a figure, a
 * date word a date, an organisation or a title a name. `fallback` is the answer without a clue.
 */
function slotKind(text: string, start: number, end: number, fallback: BlankKind): BlankKind {
  const after = text.slice(end, end + 6);
  if (/^(?:年|月|日|号)/u.test(after)) return "date";
  // "*——*月份": the first end of a month range.
  const joiner = RANGE_JOINER.exec(after);
  if (joiner && new RegExp(`^${D_SLOT}月`, "u").test(text.slice(end + joiner[0].length))) return "date";
  if (NAME_SUFFIXES.some((suffix) => text.startsWith(suffix, end))) return "name";
  if (UNIT_START.test(after)) return "figure";
  const clause = clauseAfter(text, end);
  if (ORG_WORDS.some((w) => clause.includes(w))) return "name";
  const before = text.slice(Math.max(0, start - 4), start);
  if (NAME_PREFIXES.some((p) => before.endsWith(p))) return "name";
  // "在X的领导下": a leading body, not a number.
  if (text[start - 1] === "在" && text.startsWith("的领导", end)) return "name";
  // “XXXX”的工作主题: a quoted placeholder is a slogan or a name, never a count.
  if (text[start - 1] === "“" && text[end] === "”") return "name";
  // "六个XX建设": after a count and its measure word comes a noun, not another number.
  if (/[一二三四五六七八九十两0-9][个項项]$/u.test(text.slice(Math.max(0, start - 2), start))) return "name";
  return fallback;
}

/** True for a placeholder followed by typed digits and a unit: "x.6億元" is a partly filled figure. */
function partlyFilledDecimal(text: string, end: number): boolean {
  return /^\.[0-9]+[万亿億元%％]/u.test(text.slice(end, end + 12));
}

// Markdown bold (**重点**, pasted from a chat answer) is emphasis, not two blanks. The pair is bold
// only when neither the first word inside nor the character after it is a unit: in
// "收入**元(预计达到**元)" both asterisk runs are figures.
const BOLD = /\*\*([^*\n]{1,40}?)\*\*/gu;

/** The text with bold markers blanked out (same length, so offsets stay put). */
function maskBold(text: string): string {
  return text.replace(BOLD, (whole: string, inner: string, offset: number) => {
    const after = text.slice(offset + whole.length, offset + whole.length + 2);
    if (/^\s/u.test(inner) || UNIT_START.test(inner) || UNIT_START.test(after) || /^[0-9%％]/u.test(after)) return whole;
    return `\u0000\u0000${inner}\u0000\u0000`;
  });
}

export function detectBlanks(input: string): Blank[] {
  const blanks: Blank[] = [];
  // Positions are the same in `text` and `input`; only bold markers differ.
  const text = input.includes("**") ? maskBold(input) : input;
  for (const m of text.matchAll(new RegExp(SCANNER_SOURCE, "gu"))) {
    const g = m.groups ?? {};
    const match = m[0];
    const index = m.index;
    const end = index + match.length;
    const add = (kind: BlankKind) => blanks.push({ index, length: match.length, match, kind });

    if (g.token !== undefined || g.hashtag !== undefined) continue;
    if (g.year !== undefined) {
      add("date");
    } else if (g.date !== undefined) {
      // A year written with ○ for 〇 (二○○五年) is a date already typed.
      if (/^[○□]/u.test(match) && CHINESE_DIGIT.test(text[index - 1] ?? "")) continue;
      // A date ends in 年/月/日, so only the left side can be Latin context ("iPhone X年").
      if (!latinOnLeft(text, index)) add("date");
    } else if (g.ph !== undefined) {
      if (isXWord(text, index, match) || latinOnLeft(text, index)) continue;
      // "* 开展活动" / "＊ 项目": an asterisk list marker at a line start, followed by a space.
      if (/^[*＊]+$/u.test(match) && /^[ \t\u3000]/u.test(text[end] ?? "") && /(?:^|\n)[ \t\u3000]*$/u.test(text.slice(Math.max(0, index - 8), index))) continue;
      if (latinOnRight(text, end) && !partlyFilledDecimal(text, end)) continue;
      add(slotKind(text, index, end, "figure"));
    } else if (g.underline !== undefined) {
      // Direct neighbours only: "__init__" is code, while "姓名：____" is a slot.
      if (!isLatinOrDigit(text[index - 1]) && !isLatinOrDigit(text[end])) add(slotKind(text, index, end, "underline"));
    } else if (g.bracket !== undefined) {
      add(slotKind(text, index, end, "underline"));
    } else if (g.mark !== undefined) {
      if (!CHINESE_DIGIT.test(text[index - 1] ?? "") && !CHINESE_DIGIT.test(text[end] ?? "")) {
        add("mark");
      }
    } else if (g.mou !== undefined) {
      add("name");
    } else if (g.hash !== undefined) {
      add(slotKind(text, index, end, "mark"));
    }
  }
  return blanks;
}

// Where a figure was deleted and only its space is left: "收缴基金 万元", "开展活动 场".
// Chinese text has no spaces between words, so a space between a Chinese character and a unit
// is almost always a hole; "270 件" (a digit before the space) is a figure typed with a space.
const POSSIBLE_BLANK =
  /(?<=[\p{Script=Han}）”])[ \u3000\u00a0]+(?=(?:万元|亿元|元|人次|万人|场次|个百分点|余人|人|户|场|次|个|件|项|名|支|家|篇|期|亩|吨|台|%|％)(?:[，。；、,;)）]|$|\p{Script=Han}))/gu;

/**
 * Spaces that probably stand for a deleted figure. Not blocking: a warning the user may ignore,
 * so it is kept apart from detectBlanks (which gates submission).
 */
export function detectPossibleBlanks(text: string): Blank[] {
  const taken = detectBlanks(text);
  const out: Blank[] = [];
  for (const m of text.matchAll(POSSIBLE_BLANK)) {
    const index = m.index;
    if (taken.some((b) => index < b.index + b.length && b.index < index + m[0].length)) continue;
    out.push({ index, length: m[0].length, match: m[0], kind: "figure" });
  }
  return out;
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
