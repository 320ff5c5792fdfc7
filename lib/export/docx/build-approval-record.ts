/**
 * The 审批记录 (approval record) as .docx content: a title in 2号小标宋 and a form — the report's fields,
 * then one row per submission and decision — in 4号仿宋 with 黑体 column heads, on the GB/T 9704 page.
 * Used alone (buildApprovalRecordDocx) or appended to the report as its last page (buildDocx).
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";

import { RECORD_COLUMNS, recordFields, recordRows, type ApprovalRecord } from "../approval-record";
import { stripXmlInvalidChars } from "../format";
import { FONT } from "./fonts";
import { SIZE_PT, TEXT_WIDTH } from "./layout";

/** Paragraph style of build-docx (off the character grid, Chinese line breaking); see build-docx.ts. */
const BODY_STYLE_ID = "SummaBody";

/** The record's title. */
export const APPROVAL_RECORD_TITLE = "审批记录";

/** 4号 (14 pt) for the form's fields, 小四 (12 pt) for the steps table and the long hashes. */
const CELL_PT = 14;
const SMALL_PT = 12;

function run(text: string, font: string, sizePt: number): TextRun {
  return new TextRun({
    text: stripXmlInvalidChars(text),
    font: { ascii: font, hAnsi: font, eastAsia: font, cs: font, hint: "eastAsia" },
    size: sizePt * 2,
    sizeComplexScript: sizePt * 2,
    language: { value: "en-US", eastAsia: "zh-CN" },
  });
}

/** A cell paragraph: 1.5 line at its size, exact, so the page's 28.95 pt body pitch does not apply. */
function cellParagraph(text: string, font: string, sizePt: number, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) {
  const lines = text.split(/\r\n|\r|\n/);
  return lines.map(
    (line) =>
      new Paragraph({
        style: BODY_STYLE_ID,
        alignment,
        spacing: { line: Math.round(sizePt * 20 * 1.4), lineRule: LineRuleType.EXACT, before: 40, after: 40 },
        children: [run(line, font, sizePt)],
      }),
  );
}

const BORDER = { style: BorderStyle.SINGLE, size: 6, color: "000000" } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };

function cell(text: string, widthTwips: number, opts: { head?: boolean; small?: boolean; center?: boolean; span?: number } = {}) {
  const font = opts.head ? FONT.heiti : FONT.body;
  const size = opts.small ? SMALL_PT : CELL_PT;
  return new TableCell({
    width: { size: widthTwips, type: WidthType.DXA },
    columnSpan: opts.span,
    borders: BORDERS,
    margins: MARGINS,
    verticalAlign: VerticalAlign.CENTER,
    children: cellParagraph(text, font, size, opts.center || opts.head ? AlignmentType.CENTER : AlignmentType.LEFT),
  });
}

/** Column widths of the steps table (twips), summing to the text block's width. */
const STEP_WIDTHS = [700, 900, 1300, 1100, 1200, 1544, 2100];
const TIME_COLUMN = 6;
const OPINION_COLUMN = 5;

/** Title and the form, to put into a section (alone, or after a page break at the end of the report). */
export function approvalRecordChildren(record: ApprovalRecord, opts: { pageBreakBefore?: boolean } = {}): Array<Paragraph | Table> {
  const title = new Paragraph({
    style: BODY_STYLE_ID,
    alignment: AlignmentType.CENTER,
    pageBreakBefore: opts.pageBreakBefore ?? false,
    spacing: { line: 579, lineRule: LineRuleType.EXACT, before: 0, after: 579 },
    children: [run(APPROVAL_RECORD_TITLE, FONT.title, SIZE_PT.title)],
  });
  const labelWidth = 2400;
  const fields = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [labelWidth, TEXT_WIDTH - labelWidth],
    layout: TableLayoutType.FIXED,
    rows: recordFields(record).map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [cell(label, labelWidth, { head: true }), cell(value, TEXT_WIDTH - labelWidth, { small: /[0-9a-f]{64}/.test(value) })],
        }),
    ),
  });
  const gap = new Paragraph({ style: BODY_STYLE_ID, spacing: { line: 400, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [run("", FONT.body, CELL_PT)] });
  const rows = recordRows(record);
  const steps = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: STEP_WIDTHS,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: RECORD_COLUMNS.map((c, i) => cell(c, STEP_WIDTHS[i], { head: true, small: true })) }),
      ...(rows.length > 0
        ? rows.map(
            (r) =>
              new TableRow({
                cantSplit: true,
                // the time on two lines: date, then hour and minute
                children: r.map((v, i) => cell(i === TIME_COLUMN ? v.replace(" ", "\n") : v, STEP_WIDTHS[i], { small: true, center: i !== OPINION_COLUMN })),
              }),
          )
        : [new TableRow({ children: [cell("—", TEXT_WIDTH, { center: true, span: STEP_WIDTHS.length })] })]),
    ],
  });
  return [title, fields, gap, steps];
}
