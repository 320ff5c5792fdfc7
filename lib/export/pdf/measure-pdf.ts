/**
 * Measures a rendered PDF the way a proof-reader with a ruler would: the text lines of each page
 * with their boxes, from `pdftotext -bbox` (poppler-utils). Node only: used by the PDF layout
 * self-check (convert-to-pdf.test.ts), never by app code.
 *
 * Units are PostScript points (1/72 inch), origin top left, as pdftotext reports them.
 */
import { execFileSync } from "node:child_process";

export const PT_PER_MM = 72 / 25.4;
export const mm = (n: number): number => n * PT_PER_MM;

export interface PdfWord {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

export interface PdfLine extends PdfWord {
  words: PdfWord[];
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

const decode = (s: string): string =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/**
 * Parses pdftotext -bbox output: pages with their words, words grouped into lines by baseline
 * (yMax within `tolerance` points), lines top to bottom, words left to right.
 */
export function parseBbox(html: string, tolerance = 1): PdfPage[] {
  const pages: PdfPage[] = [];
  for (const pm of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words: PdfWord[] = [];
    for (const m of pm[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: decode(m[5]) });
    }
    words.sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin);
    const lines: PdfLine[] = [];
    for (const w of words) {
      const line = lines.find((l) => Math.abs(l.yMax - w.yMax) <= tolerance);
      if (line) line.words.push(w);
      else lines.push({ ...w, words: [w] });
    }
    for (const l of lines) {
      l.words.sort((a, b) => a.xMin - b.xMin);
      l.xMin = Math.min(...l.words.map((w) => w.xMin));
      l.xMax = Math.max(...l.words.map((w) => w.xMax));
      l.yMin = Math.min(...l.words.map((w) => w.yMin));
      l.yMax = Math.max(...l.words.map((w) => w.yMax));
      l.text = l.words.map((w) => w.text).join("");
    }
    lines.sort((a, b) => a.yMax - b.yMax);
    pages.push({ width: Number(pm[1]), height: Number(pm[2]), lines });
  }
  return pages;
}

/** Every page of a PDF file, measured. */
export function measurePdf(pdfFile: string): PdfPage[] {
  return parseBbox(execFileSync("pdftotext", ["-bbox", pdfFile, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }));
}

/** `— 3 —`: the page number line of GB/T 9704. */
export const isPageNumberLine = (text: string): boolean => /^—\s*\d+\s*—$/.test(text);

/**
 * Width of a digit or Latin letter as LibreOffice sets FandolFang 3号 text, in 字: the glyph is
 * half-width (0.5) and LibreOffice adds ≈ 0.2 字 of space where Chinese text and digits meet.
 */
export const DIGIT_FOOTPRINT = 0.6;

/** Figures of a measured document: lines per page and characters per line, for logs and the closing note. */
export function layoutReport(pages: PdfPage[]): { summary: string; linesPerPage: number[]; charsPerFullLine: Record<string, number> } {
  const linesPerPage = pages.map((p) => p.lines.filter((l) => !isPageNumberLine(l.text)).length);
  const charsPerFullLine: Record<string, number> = {};
  for (const p of pages) {
    for (const l of p.lines) {
      if (isPageNumberLine(l.text) || l.xMax < mm(28 + 156) - mm(1)) continue;
      const key = String(Array.from(l.text.replace(/[0-9A-Za-z]+/g, (d) => "·".repeat(Math.ceil(d.length / 2)))).length);
      charsPerFullLine[key] = (charsPerFullLine[key] ?? 0) + 1;
    }
  }
  const summary = `${pages.length} pages; text lines per page ${linesPerPage.join(" ")}; full lines by length (digit pairs counted as one) ${Object.entries(
    charsPerFullLine,
  )
    .map(([k, v]) => `${k}:${v}`)
    .join(" ")}`;
  return { summary, linesPerPage, charsPerFullLine };
}
