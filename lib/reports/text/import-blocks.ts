// A document brought in (pasted, .txt, .docx) as a list of blocks the import preview shows and the user
// corrects: every input line lands in exactly one block, junk lines as REMOVED with a reason.
import { parseSummaryText } from "./parse-summary-text";

export type ImportBlockKind =
  | "TITLE" | "OPENING" | "ACHIEVEMENTS_TITLE" | "ACHIEVEMENT" | "PROBLEMS_TITLE" | "PROBLEM"
  | "PLAN_TITLE" | "PLAN" | "CLOSING" | "SIGNATURE" | "REMOVED";
export type RemovalReason = "ad" | "contact" | "url" | "notice" | "compiler" | "page-marker";
export interface ImportBlock {
  kind: ImportBlockKind;
  text: string;
  reason?: RemovalReason;
}

const JUNK: ReadonlyArray<[RemovalReason, RegExp]> = [
  ["url", /(?:https?:\/\/|www\.)\S+/i],
  ["contact", /(?:QQ|qq|微信|VX|vx)[号群]?[:：]?\s*\d{5,}/],
  ["notice", /仅供(?:学习|参考)|禁止(?:外传|转载)|版权/],
  ["compiler", /^.{0,10}整理$|^来源[:：]/],
  ["page-marker", /^第\s*\d+\s*页|^[-—]\s*\d+\s*[-—]$/],
];

export function parseImportBlocks(text: string): ImportBlock[] {
  const blocks: ImportBlock[] = [];
  const kept: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === "") continue;
    const junk = JUNK.find(([, re]) => re.test(line));
    if (junk) blocks.push({ kind: "REMOVED", text: line, reason: junk[0] });
    else kept.push(line);
  }
  const parsed = parseSummaryText(kept.join("\n"));
  if (parsed.title) blocks.push({ kind: "TITLE", text: parsed.title });
  for (const p of parsed.opening) blocks.push({ kind: "OPENING", text: p });
  let problemsTitled = false;
  let planTitled = false;
  for (const s of parsed.sections) {
    if (s.kind === "PROBLEM" && !problemsTitled && parsed.problemsTitle) {
      blocks.push({ kind: "PROBLEMS_TITLE", text: parsed.problemsTitle });
      problemsTitled = true;
    }
    if (s.kind === "PLAN" && !planTitled && parsed.planTitle) {
      blocks.push({ kind: "PLAN_TITLE", text: parsed.planTitle });
      planTitled = true;
    }
    blocks.push({ kind: s.kind, text: [s.heading + s.body.split("\n")[0], ...s.body.split("\n").slice(1)].filter(Boolean).join("\n") });
  }
  return blocks;
}
