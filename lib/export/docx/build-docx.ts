/**
 * .docx export following GB/T 9704-2012 (党政机关公文格式), built with the `docx` package.
 *
 * Layout: A4, 天头 37 mm, 订口 28 mm, text block 156 × 225 mm, 22 lines × 28 characters
 * (section w:docGrid linesAndChars, exact 28.95 pt line pitch, 98 % glyph width — see layout.ts),
 * 2号小标宋 title, 3号仿宋 body, 一、 黑体, （一） 楷体 run-in headings (styles heading 1–4 with outline levels), 4号宋体 page numbers
 * `— 1 —` right on odd pages and left on even pages, issuer and date per the no-seal rule.
 * Fonts: see fonts.ts.
 */
import {
  AlignmentType,
  Document,
  DocumentDefaults,
  DocumentGridType,
  Footer,
  ImportedXmlComponent,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TextRun,
  type IParagraphOptions,
} from "docx";

import type { ApprovalRecord } from "../approval-record";
import type { ExportInput } from "../export-input";
import { APPROVAL_RECORD_TITLE, approvalRecordChildren } from "./build-approval-record";
import {
  formatChineseDate,
  itemNumber,
  normaliseSha256,
  numberedLevel,
  splitLead,
  partNumber,
  signatureRightIndents,
  splitTitleLines,
  stripXmlInvalidChars,
  verificationText,
} from "../format";
import { fixChinesePunctuation, withChinesePunctuation } from "../punctuation";
import { FONT, fontTableXml } from "./fonts";
import {
  BODY_GLYPH_SCALE,
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
  TEXT_WIDTH,
  charsToTwips,
} from "./layout";

export type { ExportInput } from "../export-input";
export { numberedLevel } from "../format";

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

/** Capacity of a title line in 2号 characters: 156 mm / 22 pt → 20. */
const TITLE_CHARS_PER_LINE = Math.floor(TEXT_WIDTH / (SIZE_PT.title * 20));

/** Latin language of every run; East-Asian language zh-CN (what Chinese Word writes). */
const LANGUAGE = { value: "en-US", eastAsia: "zh-CN" } as const;

/**
 * Run properties with every font slot set explicitly: eastAsia for Chinese, ascii/hAnsi/cs the
 * same face so digits, Latin letters, quotes and dashes follow the Chinese font, and the
 * eastAsia hint so ambiguous-width punctuation (“ ” — …) is treated as Chinese. No w:b anywhere.
 */
function runProps(style: RunStyle) {
  return {
    font: { ascii: style.font, hAnsi: style.font, eastAsia: style.font, cs: style.font, hint: "eastAsia" },
    size: style.sizePt * 2,
    sizeComplexScript: style.sizePt * 2,
    language: LANGUAGE,
    // 3号 text at 98 % width: 28 characters a line in Word and LibreOffice alike (layout.ts).
    ...(style.sizePt === SIZE_PT.body ? { scale: BODY_GLYPH_SCALE } : {}),
  } as const;
}

/** Text runs for user text; line breaks inside a paragraph become w:br, nothing else changes. */
function textRuns(text: string, style: RunStyle): TextRun[] {
  const lines = stripXmlInvalidChars(text).split(/\r\n|\r|\n/);
  return lines.map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...runProps(style) }));
}

/** Exact line spacing on the grid's line pitch; no space before/after. */
const LINE_SPACING = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/** First-line indent of 2 字, in twips and in characters (Word uses the latter when present). */
const FIRST_LINE_2_CHARS = { firstLine: charsToTwips(2), firstLineChars: 200 } as const;

/**
 * Paragraph styles written as XML (docx 9.15 has no option for w:snapToGrid, w:autoSpaceDE or
 * w:kinsoku on paragraphs or styles):
 * - SummaBody, for every generated paragraph: off the character grid (see BODY_GLYPH_SCALE),
 *   no automatic extra space between Chinese and Latin text or digits (it would shift the
 *   28-character count and puts gaps into "86场"), no widow/orphan control (so full pages keep
 *   22 lines), Chinese line-breaking rules on, justified.
 * - SummaTitle: based on SummaBody, centred, outline level 1.
 */
const STYLE_ID = { body: "SummaBody", title: "SummaTitle" } as const;

/**
 * The four heading levels of GB/T 9704 — 一、 / （一） / 1. / （1） — as Word's built-in heading
 * styles (ids Heading1…4, names "heading 1"…), so Word's navigation pane, WPS's 导航窗格 and a
 * table of contents see the outline without manual fixing. Outline levels 1–4 (w:outlineLvl 0–3).
 * Fonts per GB/T 9704: 黑体, 楷体_GB2312, 仿宋_GB2312, 仿宋_GB2312, 3号, not bold (a bold third
 * level is a local rule). Based on SummaBody: same grid, spacing and line-breaking rules.
 * The runs still carry their fonts directly: in a run-in heading only the lead phrase takes the
 * heading font, the body text after it stays 仿宋 (otherwise it inherits the style's font).
 */
const HEADING_LEVELS = [
  { id: "Heading1", name: "heading 1", font: FONT.heiti, keepNext: true },
  { id: "Heading2", name: "heading 2", font: FONT.kaiti, keepNext: false },
  { id: "Heading3", name: "heading 3", font: FONT.body, keepNext: false },
  { id: "Heading4", name: "heading 4", font: FONT.body, keepNext: false },
] as const;
type HeadingLevel = 1 | 2 | 3 | 4;
const headingStyleId = (level: HeadingLevel): string => HEADING_LEVELS[level - 1].id;

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const SPACING_XML = `<w:spacing w:before="0" w:after="0" w:line="${LINE_PITCH}" w:lineRule="exact"/>`;
const CUSTOM_STYLES_XML = [
  `<w:style xmlns:w="${W_NS}" w:type="paragraph" w:customStyle="1" w:styleId="${STYLE_ID.body}">` +
    `<w:name w:val="Summa Body"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:widowControl w:val="0"/><w:kinsoku w:val="1"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>` +
    `<w:snapToGrid w:val="0"/>${SPACING_XML}<w:jc w:val="both"/></w:pPr></w:style>`,
  `<w:style xmlns:w="${W_NS}" w:type="paragraph" w:customStyle="1" w:styleId="${STYLE_ID.title}">` +
    `<w:name w:val="Summa Title"/><w:basedOn w:val="${STYLE_ID.body}"/><w:next w:val="${STYLE_ID.body}"/><w:qFormat/>` +
    `<w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr></w:style>`,
  ...HEADING_LEVELS.map(
    (h, i) =>
      `<w:style xmlns:w="${W_NS}" w:type="paragraph" w:styleId="${h.id}">` +
      `<w:name w:val="${h.name}"/><w:basedOn w:val="${STYLE_ID.body}"/><w:next w:val="${STYLE_ID.body}"/><w:uiPriority w:val="9"/><w:qFormat/>` +
      `<w:pPr>${h.keepNext ? "<w:keepNext/>" : ""}<w:ind w:firstLine="${charsToTwips(2)}" w:firstLineChars="200"/>` +
      `<w:jc w:val="both"/><w:outlineLvl w:val="${i}"/></w:pPr>` +
      `<w:rPr><w:rFonts w:ascii="${h.font}" w:hAnsi="${h.font}" w:eastAsia="${h.font}" w:cs="${h.font}" w:hint="eastAsia"/>` +
      `<w:b w:val="0"/><w:bCs w:val="0"/><w:sz w:val="${SIZE_PT.body * 2}"/><w:szCs w:val="${SIZE_PT.body * 2}"/></w:rPr></w:style>`,
  ),
];

/** Options of a generated paragraph: SummaBody, exact line pitch, no widow control. */
function paragraph(options: IParagraphOptions): IParagraphOptions {
  return { style: STYLE_ID.body, spacing: LINE_SPACING, widowControl: false, ...options };
}

/** A paragraph inside an item: a 1. / （1） heading or plain body text. */
function itemParagraph(text: string): IParagraphOptions {
  const level = numberedLevel(text);
  if (level) {
    // Run-in 1. / （1） heading: the lead sentence in its own run, the body after it in the same w:p.
    const [lead, rest] = splitLead(text);
    return paragraph({
      style: headingStyleId(level),
      alignment: AlignmentType.JUSTIFIED,
      indent: FIRST_LINE_2_CHARS,
      children: [...textRuns(lead, BODY), ...(rest ? textRuns(rest, BODY) : [])],
    });
  }
  return bodyParagraph(text);
}

function bodyParagraph(text: string): IParagraphOptions {
  return paragraph({ alignment: AlignmentType.JUSTIFIED, indent: FIRST_LINE_2_CHARS, children: textRuns(text, BODY) });
}

function blankLine(options: IParagraphOptions = {}): IParagraphOptions {
  return paragraph({ children: [new TextRun({ text: "", ...runProps(BODY) })], ...options });
}

function pageNumberFooter(side: "odd" | "even"): Footer {
  const oneChar = SIZE_PT.pageNumber * 20; // 1 字 at 4号 = 280 twips
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE_ID.body,
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: oneChar } : { left: oneChar },
        spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], ...runProps(PAGE_NO) })],
      }),
    ],
  });
}

/** The document body as docx paragraphs, in order. */
export function buildBodyParagraphs(source: ExportInput): Paragraph[] {
  // GB/T 15834 full-width punctuation in headings and bodies (ASCII marks typed or pasted).
  const input = withChinesePunctuation(source);
  const out: IParagraphOptions[] = [];

  // Draft marking: 3号黑体, right-aligned, on the line above the title.
  const draftMarking = input.draftMarking?.trim();
  if (draftMarking) {
    out.push(paragraph({ alignment: AlignmentType.RIGHT, children: textRuns(draftMarking, HEITI) }));
  }

  // Title: 2号小标宋, centred; a title too long for one line is split into balanced lines
  // (upper line not shorter: trapezoid) at word boundaries. One blank line below.
  const titleLines = splitTitleLines(stripXmlInvalidChars(input.title), TITLE_CHARS_PER_LINE);
  out.push(
    paragraph({ style: STYLE_ID.title, alignment: AlignmentType.CENTER, children: textRuns(titleLines.join("\n"), TITLE) }),
  );
  out.push(blankLine());

  for (const text of input.opening) out.push(bodyParagraph(text));

  input.parts.forEach((part, pi) => {
    out.push(
      paragraph({
        style: headingStyleId(1),
        alignment: AlignmentType.JUSTIFIED,
        indent: FIRST_LINE_2_CHARS,
        keepNext: true,
        children: textRuns(partNumber(pi + 1) + part.title, HEITI),
      }),
    );
    part.items.forEach((item, ii) => {
      // A first paragraph that is itself numbered (1. …) is not run into the （一） heading.
      const runIn = item.paragraphs.length > 0 && numberedLevel(item.paragraphs[0]) === null;
      const [first, ...rest] = runIn ? item.paragraphs : [undefined, ...item.paragraphs];
      // Run-in heading: the 楷体 heading phrase, then the first body paragraph in 仿宋, same w:p.
      out.push(
        paragraph({
          style: headingStyleId(2),
          alignment: AlignmentType.JUSTIFIED,
          indent: FIRST_LINE_2_CHARS,
          children: [
            ...textRuns(itemNumber(ii + 1) + item.heading, KAITI),
            ...(first !== undefined ? textRuns(first, BODY) : []),
          ],
        }),
      );
      for (const text of rest) out.push(itemParagraph(text as string));
    });
  });

  for (const text of input.closing) out.push(bodyParagraph(text));

  // Issuer and date without seal: one blank line below the body; issuer 2 字 from the right;
  // the date on the next line, its first character 2 字 right of the issuer's first character
  // (if the date is longer, the date sits 2 字 from the right and the issuer moves left).
  // Both lines are right-aligned with computed right indents (digits counted as half a 字).
  // The last body paragraph, the blank line and the issuer are kept with what follows, so the
  // signature block never stands alone on a page.
  out[out.length - 1] = { ...out[out.length - 1], keepNext: true };
  const unitName = stripXmlInvalidChars(input.signature.unitName).replace(/\s*[\r\n]+\s*/g, "").trim();
  const dateText = formatChineseDate(input.signature.date);
  const indents = signatureRightIndents(unitName, dateText);
  out.push(blankLine({ keepNext: true }));
  if (unitName) {
    out.push(
      paragraph({
        keepNext: true,
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
  return out.map((options) => new Paragraph(options));
}

/** Name of the custom document property (docProps/custom.xml) holding the approved version's sha-256. */
export const APPROVED_HASH_PROPERTY = "SummaApprovedSha256";

/** Builds the .docx for an export; resolves to the file's bytes. With `approvalRecord`, the record is its last page. */
export async function buildDocx(input: ExportInput): Promise<Buffer> {
  const hash = input.approvedHash ? normaliseSha256(input.approvedHash) : null;
  return packDocument({
    title: stripXmlInvalidChars(fixChinesePunctuation(input.title)).replace(/\s+/g, " ").trim(),
    hash,
    children: [...buildBodyParagraphs(input), ...(input.approvalRecord ? approvalRecordChildren(input.approvalRecord, { pageBreakBefore: true }) : [])],
  });
}

/** The 审批记录 alone, as a .docx on the same page, fonts and page numbers as the report. */
export async function buildApprovalRecordDocx(record: ApprovalRecord): Promise<Buffer> {
  return packDocument({
    title: `${APPROVAL_RECORD_TITLE}：${stripXmlInvalidChars(record.title).replace(/\s+/g, " ").trim()}`,
    hash: record.approvedVersion ? normaliseSha256(record.approvedVersion.hash) : null,
    children: approvalRecordChildren(record),
  });
}

/** A GB/T 9704 document (page, grid, styles, fonts, page numbers) around the given content. */
async function packDocument(opts: { title: string; hash: string | null; children: Array<Paragraph | Table> }): Promise<Buffer> {
  const { hash } = opts;
  const bodyRun = runProps(BODY);
  const defaultRun = {
    font: bodyRun.font,
    size: bodyRun.size,
    sizeComplexScript: bodyRun.sizeComplexScript,
    language: bodyRun.language,
  };

  const doc = new Document({
    creator: "Summa",
    lastModifiedBy: "Summa",
    title: opts.title,
    // The approved version's hash, in the core properties (Word: File ▸ Info ▸ Properties) and
    // as a custom property (WPS and Word: Properties ▸ Custom), so it travels with the file
    // without a line of software text at the end of the document.
    ...(hash
      ? {
          description: `sha256:${hash}`,
          keywords: `sha256:${hash}`,
          customProperties: [{ name: APPROVED_HASH_PROPERTY, value: hash }],
        }
      : {}),
    evenAndOddHeaderAndFooters: true,
    styles: {
      // Giving importedStyles replaces docx's built-in style set (Heading 1…, none used here),
      // so the document defaults are given here explicitly: 仿宋 3号, exact line pitch.
      importedStyles: [
        new DocumentDefaults({ run: defaultRun, paragraph: { spacing: LINE_SPACING } }),
        ...CUSTOM_STYLES_XML.map((xml) => ImportedXmlComponent.fromXmlString(xml)),
      ],
      // Normal repeats the defaults: LibreOffice derives the grid's character width from the
      // Normal style (not from docDefaults) when importing w:docGrid.
      paragraphStyles: [{ id: "Normal", name: "Normal", run: defaultRun, paragraph: { spacing: LINE_SPACING } }],
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
          // 22 lines × 28 characters, as Word's page setup shows it.
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: GRID_CHAR_SPACE },
        },
        footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
        children: opts.children,
      },
    ],
  });

  // docx writes a font table only for embedded fonts; ours declares the fonts with fallbacks.
  return Packer.toBuffer(doc, false, [{ path: "word/fontTable.xml", data: fontTableXml() }]);
}
