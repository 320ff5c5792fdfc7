// The round board as an Excel workbook (exceljs): one sheet of units × stage with the deadline and the
// submission and approval dates, one sheet of the figures rolled up over the board with each unit's part.
// Pure apart from exceljs: takes plain values and labels, returns the file's bytes.
import ExcelJS from "exceljs";

export interface BoardXlsxLabels {
  progressSheet: string;
  figuresSheet: string;
  unit: string;
  parent: string;
  status: string;
  step: string;
  overdue: string;
  deadline: string;
  submitted: string;
  approved: string;
  updated: string;
  version: string;
  yes: string;
  code: string;
  figure: string;
  measure: string;
  rule: string;
  total: string;
  coverage: string;
}

export interface BoardXlsxInput {
  title: string;
  deadline: Date;
  /** Dates are written as the wall-clock time of this offset from UTC (Asia/Shanghai: 480). */
  utcOffsetMinutes: number;
  labels: BoardXlsxLabels;
  rows: {
    unit: string;
    parent: string | null;
    status: string;
    step: string | null;
    overdue: boolean;
    submittedAt: Date | null;
    approvedAt: Date | null;
    updatedAt: Date | null;
    version: string | null;
  }[];
  /** Column heads of the per-unit part of the figures sheet, in the order of `perUnit`. */
  figureUnits: string[];
  figures: { key: string; label: string; unit: string; rule: string; total: number | null; coverage: string; perUnit: (number | string | null)[] }[];
}

const DATE_FORMAT = "yyyy-mm-dd hh:mm";

export async function buildBoardXlsx(input: BoardXlsxInput): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Summa";
  wb.title = input.title;
  const local = (d: Date | null) => (d ? new Date(d.getTime() + input.utcOffsetMinutes * 60_000) : null);
  const L = input.labels;

  const progress = wb.addWorksheet(L.progressSheet, { views: [{ state: "frozen", ySplit: 1, xSplit: 1 }] });
  progress.columns = [
    { header: L.unit, key: "unit", width: 22 },
    { header: L.parent, key: "parent", width: 18 },
    { header: L.status, key: "status", width: 10 },
    { header: L.step, key: "step", width: 14 },
    { header: L.overdue, key: "overdue", width: 8 },
    { header: L.deadline, key: "deadline", width: 18, style: { numFmt: DATE_FORMAT } },
    { header: L.submitted, key: "submitted", width: 18, style: { numFmt: DATE_FORMAT } },
    { header: L.approved, key: "approved", width: 18, style: { numFmt: DATE_FORMAT } },
    { header: L.updated, key: "updated", width: 18, style: { numFmt: DATE_FORMAT } },
    { header: L.version, key: "version", width: 20 },
  ];
  for (const r of input.rows) {
    progress.addRow({
      unit: r.unit,
      parent: r.parent ?? "",
      status: r.status,
      step: r.step ?? "",
      overdue: r.overdue ? L.yes : "",
      deadline: local(input.deadline),
      submitted: local(r.submittedAt),
      approved: local(r.approvedAt),
      updated: local(r.updatedAt),
      version: r.version ?? "",
    });
  }
  progress.getRow(1).font = { bold: true };
  progress.autoFilter = { from: "A1", to: "J1" };

  const figures = wb.addWorksheet(L.figuresSheet, { views: [{ state: "frozen", ySplit: 1, xSplit: 2 }] });
  figures.columns = [
    { header: L.code, key: "code", width: 18 },
    { header: L.figure, key: "figure", width: 20 },
    { header: L.measure, key: "measure", width: 8 },
    { header: L.rule, key: "rule", width: 26 },
    { header: L.total, key: "total", width: 12 },
    { header: L.coverage, key: "coverage", width: 16 },
    ...input.figureUnits.map((u, i) => ({ header: u, key: `u${i}`, width: 14 })),
  ];
  for (const f of input.figures) {
    figures.addRow({
      code: f.key,
      figure: f.label,
      measure: f.unit,
      rule: f.rule,
      total: f.total,
      coverage: f.coverage,
      ...Object.fromEntries(f.perUnit.map((v, i) => [`u${i}`, v])),
    });
  }
  figures.getRow(1).font = { bold: true };

  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
