/**
 * Chinese punctuation per GB/T 15834-2011 for exported text: people type reports with an ASCII
 * keyboard layout half of the time (or paste from English tools), and a document handed on as an
 * official file must show full-width marks. Pure, dependency-free, shared by the exporters and the
 * print view (like format.ts).
 *
 * What changes, and only in Chinese context (a Chinese character or full-width mark next to the
 * ASCII mark, or inside the quoted/bracketed span):
 *   "…" → “…”   '…' → ‘…’   , ; : ? ! → ，；：？！   ( ) → （ ）   ... / 。。。 → ……   -- → ——
 *   and a sentence-final "." right after a Chinese character → 。
 * What never changes: ASCII-only text (English phrases, digits, 3.5, 10:30, 3,500), URLs and
 * e-mail addresses, `{{…}}` tokens (metric figures `{{m:key}}`), apostrophes inside words (don't).
 * Horizontal spaces around a converted comma-like mark, bracket or dash are dropped: full-width
 * marks carry their own spacing, and "宣讲 , 覆盖" would print with a visible gap.
 *
 * The rules are applied until nothing changes. Every rule only turns ASCII into full-width (or
 * removes spaces), so this terminates; and it makes the function idempotent even where one
 * conversion creates the Chinese context of another ("(“好”)").
 */

interface Ch {
  c: string;
  /** inside a protected span (token, URL, e-mail): never changed, never Chinese context */
  p: boolean;
}

/** Spans that must stay byte for byte: `{{…}}` tokens, URLs, e-mail addresses. */
const PROTECTED = new RegExp(
  [
    String.raw`\{\{[^{}\n]*\}\}`,
    // URL up to the first space or Chinese character; trailing ASCII punctuation is trimmed below
    String.raw`(?:https?|ftp):\/\/[^\s\u2018\u2019\u201C\u201D\u2026\u2014\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+`,
    String.raw`\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s\u2018\u2019\u201C\u201D\u2026\u2014\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]*`,
    String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`,
  ].join("|"),
  "g",
);
const URL_TRAILING = /[.,;:!?'")\]]+$/;

const HAN = /\p{Script=Han}/u;
/** Full-width and CJK punctuation, and the marks this module produces. */
const CJK_MARK = /[\u2018\u2019\u201C\u201D\u2026\u2014\u3000-\u303F\uFE30-\uFE4F\uFF01-\uFF65]/u;

const HSPACE = /[ \t\u00A0]/;

function isChinese(ch: Ch | undefined): boolean {
  return !!ch && !ch.p && (HAN.test(ch.c) || CJK_MARK.test(ch.c));
}

function toChars(text: string): Ch[] {
  const out: Ch[] = [];
  let last = 0;
  const push = (s: string, p: boolean) => {
    for (const c of s) out.push({ c, p });
  };
  for (const m of text.matchAll(PROTECTED)) {
    let s = m[0];
    if (!s.startsWith("{{")) s = s.replace(URL_TRAILING, "");
    push(text.slice(last, m.index), false);
    push(s, true);
    last = m.index + s.length;
  }
  push(text.slice(last), false);
  return out;
}

const fromChars = (chars: Ch[]): string => chars.map((x) => x.c).join("");

/** Nearest character before index i on the same line, skipping horizontal spaces. */
function prevSig(chars: Ch[], i: number): Ch | undefined {
  for (let j = i - 1; j >= 0; j--) {
    if (chars[j].c === "\n" || chars[j].c === "\r") return undefined;
    if (!HSPACE.test(chars[j].c)) return chars[j];
  }
  return undefined;
}

/** Nearest character after index i on the same line, skipping horizontal spaces. */
function nextSig(chars: Ch[], i: number): Ch | undefined {
  for (let j = i + 1; j < chars.length; j++) {
    if (chars[j].c === "\n" || chars[j].c === "\r") return undefined;
    if (!HSPACE.test(chars[j].c)) return chars[j];
  }
  return undefined;
}

/** Removes unprotected horizontal spaces directly before and after the characters at `marks`. */
function dropSpacesAround(chars: Ch[], marks: Set<number>): Ch[] {
  const drop = new Set<number>();
  for (const i of marks) {
    for (let j = i - 1; j >= 0 && !chars[j].p && HSPACE.test(chars[j].c); j--) drop.add(j);
    for (let j = i + 1; j < chars.length && !chars[j].p && HSPACE.test(chars[j].c); j++) drop.add(j);
  }
  return drop.size ? chars.filter((_, i) => !drop.has(i)) : chars;
}

/**
 * Chinese context of the run chars[i..j]: a Chinese neighbour; for an ellipsis also a line with Chinese
 * in it where the dots do not touch a Latin word ("增长3.5%..." but not "Wait..." in English).
 */
function chineseContext(chars: Ch[], i: number, j: number, lineWide: boolean): boolean {
  if (isChinese(prevSig(chars, i)) || isChinese(nextSig(chars, j))) return true;
  if (!lineWide || /[A-Za-z]/.test(chars[i - 1]?.c ?? "") || /[A-Za-z]/.test(chars[j + 1]?.c ?? "")) return false;
  let a = i;
  while (a > 0 && chars[a - 1].c !== "\n") a--;
  let b = j;
  while (b < chars.length - 1 && chars[b + 1].c !== "\n") b++;
  return chars.slice(a, b + 1).some((x) => !x.p && HAN.test(x.c));
}

/** Runs of `ch` (at least `min` long, unprotected) next to Chinese text become `replacement`. */
function replaceRuns(chars: Ch[], ch: string, min: number, replacement: string, always: boolean): Ch[] {
  const out: Ch[] = [];
  const marks = new Set<number>();
  for (let i = 0; i < chars.length; ) {
    let j = i;
    while (j < chars.length && chars[j].c === ch && !chars[j].p) j++;
    if (j - i >= min && (always || chineseContext(chars, i, j - 1, ch === "."))) {
      for (const c of replacement) {
        marks.add(out.length);
        out.push({ c, p: false });
      }
      i = j;
    } else if (j > i) {
      for (; i < j; i++) out.push(chars[i]);
    } else {
      out.push(chars[i++]);
    }
  }
  return ch === "-" ? dropSpacesAround(out, marks) : out;
}

const SIMPLE: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！" };

/** , ; : ? ! with a Chinese neighbour (either side) become full-width. 10:30 and 3,500 have none. */
function simpleMarks(chars: Ch[]): Ch[] {
  const marks = new Set<number>();
  const out = chars.map((x, i) => {
    const full = !x.p ? SIMPLE[x.c] : undefined;
    if (full && (isChinese(prevSig(chars, i)) || isChinese(nextSig(chars, i)))) {
      marks.add(i);
      return { c: full, p: false };
    }
    return x;
  });
  return dropSpacesAround(out, marks);
}

/** Matched ( ) pairs with Chinese inside or right outside become （ ）. Unmatched ones stay. */
function brackets(chars: Ch[]): Ch[] {
  const out = chars.slice();
  const marks = new Set<number>();
  const stack: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const x = chars[i];
    if (x.p) continue;
    if (x.c === "\n") stack.length = 0;
    else if (x.c === "(") stack.push(i);
    else if (x.c === ")" && stack.length) {
      const o = stack.pop()!;
      const inside = chars.slice(o + 1, i).some((y) => isChinese(y));
      if (inside || isChinese(prevSig(chars, o)) || isChinese(nextSig(chars, i))) {
        out[o] = { c: "（", p: false };
        out[i] = { c: "）", p: false };
        marks.add(o).add(i);
      }
    }
  }
  return dropSpacesAround(out, marks);
}

const LETTER_OR_DIGIT = /[A-Za-z0-9]/;

/**
 * ASCII quotes paired in order within a line (1st opens, 2nd closes, …); a pair with Chinese inside
 * or right outside becomes “ ” (‘ ’). A single quote between a letter/digit and a letter is an
 * apostrophe (don't, 90's) and is not paired.
 */
function quotes(chars: Ch[], q: '"' | "'", open: string, close: string): Ch[] {
  const out = chars.slice();
  let pending = -1;
  for (let i = 0; i < chars.length; i++) {
    const x = chars[i];
    if (x.p) continue;
    if (x.c === "\n") pending = -1;
    if (x.c !== q) continue;
    if (q === "'" && LETTER_OR_DIGIT.test(chars[i - 1]?.c ?? "") && /[A-Za-z]/.test(chars[i + 1]?.c ?? "")) continue;
    if (pending < 0) {
      pending = i;
      continue;
    }
    const o = pending;
    pending = -1;
    const inside = chars.slice(o + 1, i).some((y) => isChinese(y));
    if (inside || isChinese(prevSig(chars, o)) || isChinese(nextSig(chars, i))) {
      out[o] = { c: open, p: false };
      out[i] = { c: close, p: false };
    }
  }
  return out;
}

/**
 * A full stop typed as "." directly after a Chinese character, at the end of the sentence (end of
 * line, space or Chinese next), becomes 。. Not after digits or Latin letters (1. 3.5 v1.2), and
 * not before Latin letters (文件.docx).
 */
function fullStops(chars: Ch[]): Ch[] {
  return chars.map((x, i) => {
    if (x.p || x.c !== "." || !HAN.test(chars[i - 1]?.c ?? "") || chars[i - 1].p) return x;
    const next = chars[i + 1];
    if (next && !/\s/.test(next.c) && !isChinese(next)) return x;
    return { c: "。", p: false };
  });
}

function pass(text: string): string {
  let chars = toChars(text);
  chars = replaceRuns(chars, "。", 3, "……", true);
  chars = replaceRuns(chars, ".", 3, "……", false);
  chars = replaceRuns(chars, "-", 2, "——", false);
  chars = quotes(chars, '"', "“", "”");
  chars = quotes(chars, "'", "‘", "’");
  chars = brackets(chars);
  chars = simpleMarks(chars);
  chars = fullStops(chars);
  return fromChars(chars);
}

/** Fast path: nothing to convert without one of these. */
const CANDIDATE = /["',;:?!().\-。]/;
const MAX_PASSES = 50;

/** Full-width Chinese punctuation (GB/T 15834) in Chinese context; idempotent. */
export function fixChinesePunctuation(text: string): string {
  if (!CANDIDATE.test(text)) return text;
  let current = text;
  for (let n = 0; n < MAX_PASSES; n++) {
    const next = pass(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}

/**
 * The export input with the punctuation of every piece of user text fixed: title, opening, part
 * titles, item headings, paragraphs, closing. The exporters (docx → PDF, Markdown) and the print
 * view all go through this, so the files and the printed page agree. The issuer's name and the
 * generated parts (numbers, date, draft marking) are not user prose and stay as they are.
 */
export function withChinesePunctuation<T extends PunctuatedInput>(input: T): T {
  return {
    ...input,
    title: fixChinesePunctuation(input.title),
    opening: input.opening.map(fixChinesePunctuation),
    parts: input.parts.map((part) => ({
      ...part,
      title: fixChinesePunctuation(part.title),
      items: part.items.map((item) => ({
        ...item,
        heading: fixChinesePunctuation(item.heading),
        paragraphs: item.paragraphs.map(fixChinesePunctuation),
      })),
    })),
    closing: input.closing.map(fixChinesePunctuation),
  };
}

/** The text-bearing fields of ExportInput (structural, to keep this module free of imports). */
interface PunctuatedInput {
  title: string;
  opening: string[];
  parts: { title: string; items: { heading: string; paragraphs: string[] }[] }[];
  closing: string[];
}
