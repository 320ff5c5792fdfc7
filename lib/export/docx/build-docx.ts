/**
 * .docx export following GB/T 9704-2012 (党政机关公文格式), built with the `docx` package.
 *
 * Layout: A4, 天头 37 mm, 订口 28 mm, text block 156 × 225 mm, 22 lines × 28 characters
 * (w:docGrid linesAndChars + exact 28.95 pt line spacing), 2号小标宋 title, 3号仿宋 body,
 * 一、 黑体, （一） 楷体 run-in headings, 4号宋体 page numbers `— 1 —` right on odd pages and
 * left on even pages, signature and date per the no-seal rule. See ./layout.ts and ./fonts.ts.
 */
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphOptions,
} from "docx";

import type { ExportInput } from "../export-input";
import {
  formatChineseDate,
  itemNumber,
  normaliseSha256,
  partNumber,
  signatureRightIndents,
  stripXmlInvalidChars,
  verificationText,
} from "../format";
import { FONT, fontTableXml } from "./fonts";
import {
  BODY_CHAR_SPACING,
  FOOTER_DISTANCE,
  FOOTER_LINE,
  GRID_CHAR_SPACE,
  HEADER_DISTANCE,
  LINE_PITCH,
  MARGIN_BOTTOM,
  MARGIN_LEFT,
  MARGIN_RIGHT,
  MARGIN_TOP,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  SIZE_PT,
  charsToTwips,
} from "./layout";

export type { ExportInput } from "../export-input";

interface RunStyle {
  font: string;
  sizePt: number;
}

const TITLE: RunStyle = { font: FONT.title, sizePt: SIZE_PT.title };
const BODY: RunStyle = { font: FONT.body, sizePt: SIZE_PT.body };
const HEITI: RunStyle = { font: FONT.heiti, sizePt: SIZE_PT.body };
const KAITI: RunStyle = { font: FONT.kaiti, sizePt: SIZE_PT.body };
const PAGE_NO: RunStyle = { font: FONT.song, sizePt: SIZE_PT.pageNumber };
const SMALL: RunStyle = { font: FONT.body, sizePt: SIZE_PT.verification };

/**
 * Run properties with every font slot set explicitly: eastAsia for Chinese, ascii/hAnsi/cs the
 * same face so digits, Latin letters, quotes and dashes follow the Chinese font, and the
 * eastAsia hint so ambiguous-width punctuation (“ ” — …) is treated as Chinese.
 */
function runProps(style: RunStyle) {
  return {
    font: { ascii: style.font, hAnsi: style.font, eastAsia: style.font, cs: style.font, hint: "eastAsia" },
    size: style.sizePt * 2,
    sizeComplexScript: style.sizePt * 2,
    language: { value: "zh-CN", eastAsia: "zh-CN" },
    // 3号 text gets the small negative tracking that keeps 28 characters per line where the
    // consumer does not compress characters to the document grid (LibreOffice); see layout.ts.
    ...(style.sizePt === SIZE_PT.body ? { characterSpacing: BODY_CHAR_SPACING } : {}),
  } as const;
}

/** Text runs for user text; line breaks inside a paragraph become w:br, nothing else changes. */
function textRuns(text: string, style: RunStyle): TextRun[] {
  const lines = stripXmlInvalidChars(text).split(/\r\n|\r|\n/);
  return lines.map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...runProps(style) }));
}

/** Exact line spacing on the grid pitch; no space before/after. */
const GRID_SPACING = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/** First-line indent of 2 字 (both in twips and in grid characters; Word prefers the latter). */
const FIRST_LINE_2_CHARS = { firstLine: charsToTwips(2), firstLineChars: 200 } as const;

function paragraph(options: IParagraphOptions): Paragraph {
  return new Paragraph({ spacing: GRID_SPACING, widowControl: false, ...options });
}

function bodyParagraph(text: string): Paragraph {
  return paragraph({ alignment: AlignmentType.JUSTIFIED, indent: FIRST_LINE_2_CHARS, children: textRuns(text, BODY) });
}

function blankLine(): Paragraph {
  return paragraph({ children: [new TextRun({ text: "", ...runProps(BODY) })] });
}

function pageNumberFooter(side: "odd" | "even"): Footer {
  const oneChar = SIZE_PT.pageNumber * 20; // 1 字 at 4号 = 280 twips
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: oneChar } : { left: oneChar },
        spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], ...runProps(PAGE_NO) })],
      }),
    ],
  });
}

/** The document body as paragraphs (exported for tests and for callers that embed it). */
export function buildBodyParagraphs(input: ExportInput): Paragraph[] {
  const out: Paragraph[] = [];

  if (input.draftMarking) {
    out.push(paragraph({ alignment: AlignmentType.RIGHT, children: textRuns(input.draftMarking, HEITI) }));
  }

  // Title: 2号小标宋, centred; a multi-line title keeps the caller's line breaks.
  out.push(paragraph({ alignment: AlignmentType.CENTER, children: textRuns(input.title, TITLE) }));
  out.push(blankLine());

  for (const text of input.opening) out.push(bodyParagraph(text));

  input.parts.forEach((part, pi) => {
    out.push(
      paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: FIRST_LINE_2_CHARS,
        keepNext: true,
        children: textRuns(partNumber(pi + 1) + part.title, HEITI),
      }),
    );
    part.items.forEach((item, ii) => {
      const [first, ...rest] = item.paragraphs;
      // Run-in heading: 楷体 heading phrase, then the first body paragraph in 仿宋, same w:p.
      out.push(
        paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: FIRST_LINE_2_CHARS,
          children: [
            ...textRuns(itemNumber(ii + 1) + item.heading, KAITI),
            ...(first !== undefined ? textRuns(first, BODY) : []),
          ],
        }),
      );
      for (const text of rest) out.push(bodyParagraph(text));
    });
  });

  for (const text of input.closing) out.push(bodyParagraph(text));

  // Signature without seal: one blank line, issuer 2 字 from the right, date on the next line
  // starting 2 字 right of the issuer's first character (or 2 字 from the right if longer).
  const unitName = stripXmlInvalidChars(input.signature.unitName).replace(/\s*[\r\n]+\s*/g, "");
  const dateText = formatChineseDate(input.signature.date);
  const indents = signatureRightIndents(unitName, dateText);
  out.push(blankLine());
  if (unitName) {
    out.push(
      paragraph({
        alignment: AlignmentType.RIGHT,
        indent: { right: charsToTwips(indents.unit) },
        children: textRuns(unitName, BODY),
      }),
    );
  }
  out.push(
    paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: charsToTwips(unitName ? indents.date : 2) },
      children: textRuns(dateText, BODY),
    }),
  );

  if (input.verificationLine && input.approvedHash) {
    out.push(blankLine());
    out.push(paragraph({ alignment: AlignmentType.LEFT, children: textRuns(verificationText(input.approvedHash), SMALL) }));
  }
  return out;
}

/** Builds the .docx for an export; resolves to the file's bytes. */
export async function buildDocx(input: ExportInput): Promise<Buffer> {
  const hash = input.approvedHash ? normaliseSha256(input.approvedHash) : null;
  const bodyRun = runProps(BODY);

  const doc = new Document({
    creator: "Summa",
    lastModifiedBy: "Summa",
    title: stripXmlInvalidChars(input.title).replace(/\s+/g, " ").trim(),
    ...(hash ? { description: `sha256:${hash}`, keywords: `sha256:${hash}` } : {}),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: bodyRun.font,
            size: bodyRun.size,
            sizeComplexScript: bodyRun.sizeComplexScript,
            language: bodyRun.language,
          },
          paragraph: { spacing: GRID_SPACING },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: {
              top: MARGIN_TOP,
              bottom: MARGIN_BOTTOM,
              left: MARGIN_LEFT,
              right: MARGIN_RIGHT,
              header: HEADER_DISTANCE,
              footer: FOOTER_DISTANCE,
              gutter: 0,
            },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: GRID_CHAR_SPACE },
        },
        footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
        children: buildBodyParagraphs(input),
      },
    ],
  });

  return Packer.toBuffer(doc, false, [{ path: "word/fontTable.xml", data: fontTableXml() }]);
}
