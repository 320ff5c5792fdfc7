/**
 * Markdown export (CommonMark / GFM). Structure:
 *
 *   > 征求意见稿                       (draft marking, when set)
 *   # title
 *   opening paragraphs
 *   ## 一、part title
 *   **（一）heading** first paragraph    (a first paragraph numbered 1. / （1） starts its own paragraph)
 *   further paragraphs                (1. / （1） paragraphs as typed: the number is text, not a list)
 *   closing paragraphs
 *   issuer \ date                      (last lines)
 *   verification line                  (when requested and a hash is known)
 *
 * All user text is escaped so that it stays literal: inline metacharacters get a backslash
 * everywhere, and block syntax (headings, lists, quotes, code indents, thematic breaks,
 * setext underlines) is neutralised at the start of every line.
 */
import type { ExportInput } from "../export-input";
import {
  formatChineseDate,
  itemNumber,
  numberedLevel,
  partNumber,
  stripXmlInvalidChars,
  verificationText,
} from "../format";
import { withChinesePunctuation } from "../punctuation";

export type { ExportInput } from "../export-input";

/** ASCII punctuation with inline meaning in CommonMark/GFM (or in common extensions: $ math). */
const INLINE_META = /[\\`*_[\]<>&|~$!]/g;

/** Escapes one line of user text (no line breaks inside). */
function escapeLine(line: string): string {
  // Leading whitespace would make an indented code block or be dropped: remove it.
  let s = line.replace(/^[ \t]+/, "").replace(INLINE_META, (c) => `\\${c}`);
  // Block constructs decided by the start of the line:
  s = s
    .replace(/^#/, "\\#") // ATX heading
    .replace(/^([+-])(?=[ \t]|$)/, "\\$1") // bullet list (* is escaped above)
    .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, "$1\\$2") // ordered list
    .replace(/^([=-])(?=[=\- \t]*$)/, "\\$1"); // setext underline / thematic break (---, ===)
  // Trailing spaces would turn into a hard line break; trailing backslash is escaped already.
  return s.replace(/[ \t]+$/, "");
}

/**
 * Escapes user text for a Markdown paragraph. Line breaks inside the text are kept as hard line
 * breaks (backslash at line end); blank lines are collapsed so the text stays one paragraph.
 */
export function escapeMarkdownText(text: string): string {
  return stripXmlInvalidChars(text)
    .split(/\r\n|\r|\n/)
    .map(escapeLine)
    .filter((l) => l.length > 0)
    .join("\\\n");
}

/** Escapes text for a single-line context (headings): line breaks become spaces. */
function escapeInline(text: string): string {
  return escapeLine(stripXmlInvalidChars(text).replace(/\s*(?:\r\n|\r|\n)\s*/g, " ").trim());
}

export function buildMarkdown(source: ExportInput): string {
  // GB/T 15834 full-width punctuation in headings and bodies, before escaping (escaping adds ASCII).
  const input = withChinesePunctuation(source);
  const blocks: string[] = [];

  const draftMarking = input.draftMarking ? escapeInline(input.draftMarking) : "";
  if (draftMarking) blocks.push(`> ${draftMarking}`);

  // A multi-line title is joined: Chinese needs no space between the lines.
  const title = stripXmlInvalidChars(input.title).replace(/\s*(?:\r\n|\r|\n)\s*/g, "").trim();
  blocks.push(`# ${escapeInline(title)}`);

  const paragraph = (text: string) => {
    const escaped = escapeMarkdownText(text);
    if (escaped) blocks.push(escaped);
  };

  input.opening.forEach(paragraph);

  input.parts.forEach((part, pi) => {
    blocks.push(`## ${partNumber(pi + 1)}${escapeInline(part.title)}`);
    part.items.forEach((item, ii) => {
      // As in the .docx: a first paragraph that is itself numbered (1. / （1）) is not run into the （一） heading.
      const runIn = item.paragraphs.length > 0 && numberedLevel(item.paragraphs[0]) === null;
      const [first, ...rest] = runIn ? item.paragraphs : [undefined, ...item.paragraphs];
      // The space after the closing ** is required: after 。 CommonMark only closes emphasis
      // when whitespace or punctuation follows.
      const lead = `**${itemNumber(ii + 1)}${escapeInline(item.heading)}**`;
      const firstText = first !== undefined ? escapeMarkdownText(first) : "";
      blocks.push(firstText ? `${lead} ${firstText}` : lead);
      rest.forEach((p) => paragraph(p as string));
    });
  });

  input.closing.forEach(paragraph);

  const unitName = escapeInline(input.signature.unitName);
  const date = formatChineseDate(input.signature.date);
  blocks.push(unitName ? `${unitName}\\\n${date}` : date);

  if (input.verificationLine && input.approvedHash) {
    blocks.push(escapeInline(verificationText(input.approvedHash)));
  }

  return blocks.join("\n\n") + "\n";
}
