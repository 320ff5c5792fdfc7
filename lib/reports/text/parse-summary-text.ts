// Turns a pasted plain-text summary (title, opening, numbered achievements, 存在问题,
// 20XX年工作计划) into structured parts, so an existing document can seed a report.

import { matchLeadingNumber, type HeadingLevel } from "./numbering";

export type ParsedSectionKind = "ACHIEVEMENT" | "PROBLEM" | "PLAN";

export interface ParsedSection {
  kind: ParsedSectionKind;
  /** The lead sentence, typed number removed, ending punctuation kept. */
  heading: string;
  /** Everything after the lead sentence; continuation lines joined with "\n". May be "". */
  body: string;
}

export interface ParsedSummary {
  title: string;
  opening: string[];
  sections: ParsedSection[];
  problemsTitle: string | null;
  planTitle: string | null;
}

// Part titles, matched after any typed number ("二、存在问题") is removed.
const PROBLEMS_TITLE = /^存在的?(?:主要)?问题(?:(?:和|与|及)不足)?[：:]?$/;
const PLAN_TITLE = /^(?:\d{4}年|下一步|明年)工作(?:计划|打算|安排|思路)[：:]?$/;

const SENTENCE_END = "。！？";
// Sentence ends inside quotes or brackets (《…。》, "…。") do not end the lead sentence.
const CLOSERS: Readonly<Record<string, string>> = {
  "“": "”", "‘": "’", "《": "》", "「": "」", "『": "』", "（": "）", "(": ")", "【": "】",
};

/**
 * Splits a run-in heading paragraph into its lead sentence and the rest:
 * "抓实理论宣讲，推动政策进社区。制定…" → ["抓实理论宣讲，推动政策进社区。", "制定…"].
 * A paragraph of one sentence is all heading, with an empty body.
 */
export function splitLeadSentence(text: string): { heading: string; body: string } {
  const expected: string[] = []; // closing marks still owed, innermost last
  let inAsciiQuote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inAsciiQuote = !inAsciiQuote;
    else if (ch === expected[expected.length - 1]) expected.pop();
    else if (CLOSERS[ch] !== undefined) expected.push(CLOSERS[ch]);
    else if (SENTENCE_END.includes(ch) && expected.length === 0 && !inAsciiQuote) {
      return { heading: text.slice(0, i + 1), body: text.slice(i + 1).trim() };
    }
  }
  // An unbalanced quote must not swallow the whole paragraph: fall back to the first stop.
  const stop = /[。！？]/.exec(text);
  if (stop === null) return { heading: text, body: "" };
  return { heading: text.slice(0, stop.index + 1), body: text.slice(stop.index + 1).trim() };
}

function partTitle(text: string): string {
  return text.replace(/[：:]$/, "");
}

interface OpenItem {
  kind: ParsedSectionKind;
  first: string;
  more: string[];
}

function toSection(item: OpenItem): ParsedSection {
  const { heading, body } = splitLeadSentence(item.first);
  return { kind: item.kind, heading, body: [body, ...item.more].filter((s) => s !== "").join("\n") };
}

/**
 * Parses a summary shaped like the fixtures. Rules:
 * - the first non-empty line is the title; lines up to the first numbered item are the opening;
 * - `存在问题` starts problems, `2026年工作计划` (any year) starts the plan, with or without a typed number;
 * - in each part the first numbered line fixes the item level: later lines numbered at that level
 *   start items, other lines (unnumbered, or sub-points such as "1.") continue the current item;
 * - no text is dropped: an unnumbered line opening the problems or plan part becomes an item.
 */
export function parseSummaryText(text: string): ParsedSummary {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");

  const result: ParsedSummary = {
    title: lines[0] ?? "",
    opening: [],
    sections: [],
    problemsTitle: null,
    planTitle: null,
  };

  let kind: ParsedSectionKind = "ACHIEVEMENT";
  let itemLevel: HeadingLevel | null = null;
  let current: OpenItem | null = null;
  const items: OpenItem[] = [];

  for (const line of lines.slice(1)) {
    const numbered = matchLeadingNumber(line);
    const bare = numbered ? numbered.rest : line;
    const part = PROBLEMS_TITLE.test(bare) ? "PROBLEM" : PLAN_TITLE.test(bare) ? "PLAN" : null;

    if (part !== null) {
      if (part === "PROBLEM") result.problemsTitle = partTitle(bare);
      else result.planTitle = partTitle(bare);
      kind = part;
      itemLevel = null;
      current = null;
    } else if (numbered && (itemLevel === null || numbered.level === itemLevel)) {
      itemLevel = numbered.level;
      current = { kind, first: numbered.rest, more: [] };
      items.push(current);
    } else if (current !== null) {
      current.more.push(line);
    } else if (kind === "ACHIEVEMENT") {
      result.opening.push(line);
    } else {
      current = { kind, first: line, more: [] };
      items.push(current);
    }
  }

  result.sections = items.map(toSection);
  return result;
}
