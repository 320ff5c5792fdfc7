// 沿用上年, sentence by sentence. A report started from last year's keeps, per section, the sentences it
// copied; a sentence stays marked while it reads exactly as it came, and drops out once edited (it is no
// longer the same text) or confirmed one by one. Pure; the stored list is a JSON array of sentences in
// the canonical text (figures as {{m:key}} tokens), compared as they are, after trimming.

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

// A sentence ends after 。！？；!?; or at a line break; closing quotes and brackets stay with it.
const END = /[。！？；!?;]+[”’」』）)]*|\n/g;

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    const raw = text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== "") out.push({ start: a + lead, end: a + lead + trimmed.length, text: trimmed });
  };
  for (const m of text.matchAll(END)) {
    const end = m[0] === "\n" ? m.index : m.index + m[0].length;
    push(from, end);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/** Every sentence of a section, as copied from last year's report. */
export function sentencesOf(heading: string, body: string): string[] {
  return [...new Set([...splitSentences(heading), ...splitSentences(body)].map((s) => s.text))];
}

/** The carried sentences the section still reads as they came: the ones to mark (and to warn about). */
export function stillCarried(carried: readonly string[], heading: string, body: string): string[] {
  const now = new Set(sentencesOf(heading, body));
  return carried.filter((s) => now.has(s));
}

/** Where in one text the carried sentences stand (for the editor's marks). */
export function carriedSpans(text: string, carried: ReadonlySet<string>): SentenceSpan[] {
  return carried.size === 0 ? [] : splitSentences(text).filter((s) => carried.has(s.text));
}

/** The stored list, read defensively: anything but an array of strings reads as "none". */
export function parseCarried(json: string | null | undefined): string[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : [];
  } catch {
    return [];
  }
}

/** The list to store: null once nothing is carried any more. */
export function storeCarried(list: readonly string[]): string | null {
  return list.length === 0 ? null : JSON.stringify([...new Set(list)]);
}

/**
 * The sentences of a section still carried over now. Sections marked before sentences were kept one by
 * one (carriedOver without a list) count every sentence as carried, as the whole section was.
 */
export function carriedNow(s: { carriedOver: boolean; carriedSentences: string | null; heading: string; body: string }): string[] {
  if (!s.carriedOver) return [];
  const list = s.carriedSentences === null ? sentencesOf(s.heading, s.body) : parseCarried(s.carriedSentences);
  return stillCarried(list, s.heading, s.body);
}

export interface CarriedFact {
  kind: "date" | "figure";
  index: number;
  length: number;
  match: string;
}

const DATE = /\d{1,2}月(?:\d{1,2}[日号])?/g;

/**
 * What in a carried sentence is most likely last year's fact: dates (于10月18日召开表彰会) and figures typed
 * as text (覆盖居民5200余人次) — this year's figures are chips, emptied when the report was started.
 */
export function carriedFacts(text: string, carried: ReadonlySet<string>, unbound: (sentence: string) => { index: number; length: number; match: string }[]): CarriedFact[] {
  const out: CarriedFact[] = [];
  for (const s of carriedSpans(text, carried)) {
    for (const m of s.text.matchAll(DATE)) out.push({ kind: "date", index: s.start + m.index, length: m[0].length, match: m[0] });
    for (const n of unbound(s.text)) out.push({ kind: "figure", index: s.start + n.index, length: n.length, match: n.match });
  }
  return out.sort((a, b) => a.index - b.index);
}
