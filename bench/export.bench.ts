/**
 * Export speed: the .docx of the 2024 demo report and of a ~30-page report, and their PDF conversion
 * (LibreOffice, when installed). Each is reported as a ratio to building the Markdown of the same
 * input in the same run (the cheapest export: pure string work), plus absolute times for information.
 */
import { loadFixture2024, longReport } from "../lib/export/__fixtures__/fixture-input";
import type { ExportInput } from "../lib/export/export-input";
import { buildDocx, buildMarkdown, convertDocxToPdf, findConverter } from "../lib/export";
import { defineSuite } from "./harness";

/** ~30 A4 pages once converted (37 items of 4 paragraphs; the note shows the real page count). */
const LONG_ITEMS = 37;
const LONG_PARAGRAPHS = 4;

const HASH = "a".repeat(64);
const inputs: Record<"2024" | "30p", ExportInput> = {
  "2024": loadFixture2024({ approvedHash: HASH, verificationLine: true }),
  "30p": { ...longReport(LONG_ITEMS, LONG_PARAGRAPHS), approvedHash: HASH, verificationLine: true },
};
const docx: Partial<Record<"2024" | "30p", Buffer>> = {};
const lastDocx: Partial<Record<"2024" | "30p", Buffer>> = {};
const lastPdf: Partial<Record<"2024" | "30p", Buffer>> = {};

const converter = findConverter();
const noConverter = converter ? false : "no LibreOffice (soffice) on PATH";

const pdfPages = (pdf: Buffer | undefined) => (pdf ? (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length : 0);
const kib = (b: Buffer | undefined) => `${((b?.length ?? 0) / 1024).toFixed(1)} KiB`;

export default defineSuite({
  name: "export",
  async setup() {
    docx["2024"] = await buildDocx(inputs["2024"]);
    docx["30p"] = await buildDocx(inputs["30p"]);
  },
  cases: [
    { name: "markdown 2024", fn: () => buildMarkdown(inputs["2024"]) },
    {
      name: "docx 2024",
      baseline: "markdown 2024",
      fn: async () => {
        lastDocx["2024"] = await buildDocx(inputs["2024"]);
      },
      note: () => kib(lastDocx["2024"]),
    },
    { name: "markdown 30p", fn: () => buildMarkdown(inputs["30p"]) },
    {
      name: "docx 30p",
      baseline: "markdown 30p",
      fn: async () => {
        lastDocx["30p"] = await buildDocx(inputs["30p"]);
      },
      note: () => kib(lastDocx["30p"]),
    },
    {
      name: "pdf 2024 (from docx)",
      baseline: "markdown 2024",
      skip: noConverter,
      warmup: 1,
      minIterations: 3,
      minTimeMs: 0,
      fn: async () => {
        lastPdf["2024"] = await convertDocxToPdf(docx["2024"]!);
      },
      note: () => `${pdfPages(lastPdf["2024"])} pages, ${kib(lastPdf["2024"])}`,
    },
    {
      name: "pdf 30p (from docx)",
      baseline: "markdown 30p",
      skip: noConverter,
      warmup: 1,
      minIterations: 3,
      minTimeMs: 0,
      fn: async () => {
        lastPdf["30p"] = await convertDocxToPdf(docx["30p"]!);
      },
      note: () => `${pdfPages(lastPdf["30p"])} pages, ${kib(lastPdf["30p"])}`,
    },
  ],
});
