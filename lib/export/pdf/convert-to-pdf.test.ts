import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";

import { buildDocx } from "../docx/build-docx";
import { loadFixture2024, longReport } from "../__fixtures__/fixture-input";
import { widthInChars } from "../format";
import type { ExportInput } from "../export-input";
import { convertDocxToPdf, findConverter, PdfConversionError, PdfConverterUnavailableError } from "./index";

const ARTIFACTS = path.resolve(process.cwd(), "artifacts");
const converter = findConverter();

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

function pageCount(pdfFile: string): number {
  const m = /^Pages:\s+(\d+)/m.exec(run("pdfinfo", [pdfFile]));
  return m ? Number(m[1]) : -1;
}

/** Text lines of one page as pdftotext -layout sees them, trimmed, empty lines dropped. */
function pageLines(pdfFile: string, page: number): string[] {
  return run("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdfFile, "-"])
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && l !== "\f");
}

/** [xMin, xMax] of the words of one page matching a pattern (pdftotext -bbox). */
function wordBoxes(pdfFile: string, page: number, re: RegExp): Array<[number, number, string]> {
  const html = run("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdfFile, "-"]);
  const out: Array<[number, number, string]> = [];
  for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
    if (re.test(m[3])) out.push([Number(m[1]), Number(m[2]), m[3]]);
  }
  return out;
}

describe("convertDocxToPdf with LibreOffice", () => {
  if (!converter) {
    it("needs LibreOffice: fails unless SUMMA_ALLOW_NO_PDF=1", () => {
      if (process.env.SUMMA_ALLOW_NO_PDF !== "1") {
        expect(converter, "LibreOffice (soffice/libreoffice) is not on PATH; install it or set SUMMA_ALLOW_NO_PDF=1").not.toBeNull();
      }
      console.warn("[summa] PDF export NOT tested: no LibreOffice on PATH (SUMMA_ALLOW_NO_PDF=1)");
      expect(findConverter()).toBeNull();
    });
    return;
  }

  const work = mkdtempSync(path.join(os.tmpdir(), "summa-pdf-test-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("converts the 2024 fixture: text, page count, fonts, PNG of page 1", async () => {
    const input = loadFixture2024({ draftMarking: "征求意见稿" });
    const docx = await buildDocx(input);
    const pdf = await convertDocxToPdf(docx, { timeoutMs: 120_000 });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    mkdirSync(ARTIFACTS, { recursive: true });
    const pdfFile = path.join(ARTIFACTS, "export-2024.pdf");
    writeFileSync(path.join(ARTIFACTS, "export-2024.docx"), docx);
    writeFileSync(pdfFile, pdf);

    const text = run("pdftotext", ["-layout", pdfFile, "-"]);
    const compact = text.replace(/\s+/g, "");
    expect(compact).toContain(input.title); // split over two lines in the PDF
    expect(compact).toContain("86场");
    expect(compact).toContain("征求意见稿");
    expect(compact).toContain("（一）理论宣讲扎实开展。组建宣讲小分队4支");
    expect(compact).toContain("2024年12月26日");

    const pages = pageCount(pdfFile);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);

    // fonts.conf maps the official names to the free faces (PostScript names as embedded)
    const fonts = run("pdffonts", [pdfFile]);
    expect(fonts).toMatch(/FandolFang-Regular/); // FandolFang for 仿宋_GB2312: a true FangSong
    expect(fonts).toMatch(/FandolKai-Regular/); // FandolKai for 楷体_GB2312
    // Noto Serif CJK SC Bold for 方正小标宋简体, Noto Sans CJK SC for 黑体. The embedded names say "jp"
    // whatever the face: the faces of a Noto CJK collection share one CFF table named after the
    // Japanese one. Which glyph forms print is decided by the runs' language (zh-CN, the font's
    // locl feature) — see the test "title and headings take the simplified-Chinese glyph forms".
    expect(fonts).toMatch(/NotoSerifCJK\S*-Bold/);
    expect(fonts).toMatch(/NotoSansCJK\S*-Regular/);
    expect(fonts).not.toMatch(/BousungEG|GBZenKai/); // the old Song/Kai stand-ins
    expect(fonts).not.toMatch(/DejaVu/);

    const prefix = path.join(ARTIFACTS, "export-2024-page1");
    run("pdftoppm", ["-r", "80", "-f", "1", "-l", "1", "-png", "-singlefile", pdfFile, prefix]);
    const png = readFileSync(`${prefix}.png`);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  });

  it("title and headings take the simplified-Chinese glyph forms (令 骨 直 differ from Japanese)", async () => {
    const input: ExportInput = {
      title: "令骨直",
      opening: ["令骨直"],
      parts: [],
      closing: [],
      signature: { unitName: "单位", date: { year: 2025, month: 1, day: 2 } },
      draftMarking: "令骨直",
      approvedHash: null,
      verificationLine: false,
    };
    const docx = await buildDocx(input);
    // the same document with the East-Asian language Japanese (what a run without zh-CN falls into)
    const zip = await JSZip.loadAsync(docx);
    for (const f of ["word/document.xml", "word/styles.xml"]) {
      const xml = await zip.file(f)!.async("string");
      expect(xml).toContain('w:eastAsia="zh-CN"');
      zip.file(f, xml.replaceAll('w:eastAsia="zh-CN"', 'w:eastAsia="ja-JP"'));
    }
    const japanese = await zip.generateAsync({ type: "nodebuffer" });
    const raster = async (bytes: Buffer, name: string) => {
      const file = path.join(work, `${name}.pdf`);
      writeFileSync(file, await convertDocxToPdf(bytes));
      run("pdftoppm", ["-gray", "-r", "60", "-f", "1", "-l", "1", "-singlefile", file, path.join(work, name)]);
      return readFileSync(path.join(work, `${name}.pgm`));
    };
    const zh = await raster(docx, "glyphs-zh");
    const ja = await raster(japanese, "glyphs-ja");
    expect(zh.length).toBe(ja.length);
    expect(zh.equals(ja)).toBe(false);
  });

  it("fills a body page with 22 lines of 28 characters; odd page numbers right, even left", async () => {
    const cjk = "坚持以人民为中心的发展思想扎实推进各项重点任务落地见效形成了一批可复制可推广的经验做法健全完善工作机制推动服务资源向基层一线下沉";
    const para = (k: number) => Array.from({ length: 150 }, (_, i) => cjk[(i * 7 + k) % cjk.length]).join("") + "。";
    const input: ExportInput = {
      title: "版心测试",
      opening: [1, 2, 3].map(para),
      parts: [{ title: "主要工作成效", items: [{ heading: "抓实理论宣讲，推动政策进社区。", paragraphs: [4, 5, 6, 7, 8].map(para) }] }],
      closing: [],
      signature: { unitName: "青山街道办事处", date: { year: 2025, month: 12, day: 26 } },
      draftMarking: null,
      approvedHash: null,
      verificationLine: false,
    };
    const pdfFile = path.join(work, "grid.pdf");
    writeFileSync(pdfFile, await convertDocxToPdf(await buildDocx(input)));
    expect(pageCount(pdfFile)).toBeGreaterThanOrEqual(3);

    const isPageNumber = (l: string) => /^—\s*\d+\s*—$/.test(l);
    for (const page of [1, 2]) {
      const lines = pageLines(pdfFile, page);
      const numbers = lines.filter(isPageNumber);
      expect(numbers).toHaveLength(1);
      expect(numbers[0].replace(/\s/g, "")).toBe(`—${page}—`);
      const body = lines.filter((l) => !isPageNumber(l));
      // page 1: title + (blank line, not extracted) + 20 body lines = 22 grid lines
      expect(body.length).toBe(page === 1 ? 21 : 22);
      const lengths = body.map((l) => Array.from(l).length);
      expect(Math.max(...lengths)).toBe(28);
      expect(lengths.filter((n) => n === 28).length).toBeGreaterThanOrEqual(10);
      // paragraph first lines: 2 字 indent + 26 characters
      expect(lengths.filter((n) => n === 26).length).toBeGreaterThanOrEqual(2);
      expect(lengths.every((n) => n <= 28)).toBe(true);
    }

    const oddBoxes = wordBoxes(pdfFile, 1, /—|^1$/);
    const evenBoxes = wordBoxes(pdfFile, 2, /—|^2$/);
    expect(oddBoxes.length).toBeGreaterThan(0);
    expect(evenBoxes.length).toBeGreaterThan(0);
    // A4 is 595 pt wide; text block from 79.4 pt to 521.6 pt
    expect(Math.min(...oddBoxes.map((b) => b[0]))).toBeGreaterThan(450);
    expect(Math.max(...evenBoxes.map((b) => b[1]))).toBeLessThan(150);
  });

  it("self-check on a real export: 22 lines per full page, 28 字 per line (digits half), title centred", async () => {
    const pdfFile = path.join(work, "self-check.pdf");
    writeFileSync(pdfFile, await convertDocxToPdf(await buildDocx(longReport(12, 3))));
    expect(pageCount(pdfFile)).toBeGreaterThanOrEqual(3);
    // Text lines of a page from pdftotext -bbox: words grouped by their baseline (yMax, 1 pt buckets).
    const bboxLines = (page: number) => {
      const html = run("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdfFile, "-"]);
      const byY = new Map<number, { xMin: number; xMax: number; text: string }>();
      for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        const y = Math.round(Number(m[3]));
        const line = byY.get(y) ?? { xMin: Infinity, xMax: -Infinity, text: "" };
        byY.set(y, { xMin: Math.min(line.xMin, Number(m[1])), xMax: Math.max(line.xMax, Number(m[2])), text: line.text + m[4] });
      }
      return [...byY.entries()].sort((a, b) => a[0] - b[0]).map(([y, l]) => ({ y, ...l }));
    };
    const isPageNumber = (t: string) => /^—\d+—$/.test(t);

    // page 2 is a full body page: 22 lines on the 28.95 pt pitch, plus the page number
    const page2 = bboxLines(2).filter((l) => !isPageNumber(l.text));
    expect(page2).toHaveLength(22);
    const pitches = page2.slice(1).map((l, i) => l.y - page2[i].y);
    for (const p of pitches) expect(Math.abs(p - 28.95)).toBeLessThan(1.01);
    // 28 字 a line: CJK lines exactly 28 at most; lines with digits may hold one more or less
    for (const l of page2) {
      const w = widthInChars(l.text);
      expect(w, l.text).toBeLessThanOrEqual(/\d/.test(l.text) ? 29 : 28);
    }
    // and the lines are filled: most reach 28 字 within the ±1 that digits allow
    expect(page2.filter((l) => widthInChars(l.text) >= 27).length).toBeGreaterThanOrEqual(10);

    // the title (page 1, the two lines set in 2号) is centred on the 156 mm text block: 79.4–521.6 pt
    const titleLines = bboxLines(1).slice(0, 2);
    expect(titleLines.map((l) => l.text).join("")).toBe("2025年青山街道宣传文化与志愿服务工作总结");
    for (const l of titleLines) expect(Math.abs((l.xMin + l.xMax) / 2 - 300.5), l.text).toBeLessThan(3);
  });

  it("completes parallel calls (queued) with identical output", async () => {
    const docx = await buildDocx(loadFixture2024());
    const results = await Promise.all([convertDocxToPdf(docx), convertDocxToPdf(docx)]);
    const files = results.map((pdf, i) => {
      const file = path.join(work, `parallel-${i}.pdf`);
      writeFileSync(file, pdf);
      return file;
    });
    const texts = files.map((f) => run("pdftotext", ["-layout", f, "-"]));
    expect(texts[0]).toContain("86");
    expect(texts[1]).toBe(texts[0]);
  });
});

describe("convertDocxToPdf failure handling (fake converters)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "summa-fake-soffice-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function fake(name: string, body: string): string {
    const file = path.join(dir, name);
    // Arguments end with: --outdir <dir> <input>
    writeFileSync(
      file,
      `#!/bin/sh\nfor a in "$@"; do prev_out="$out"; out="$a"; if [ "$prev" = "--outdir" ]; then outdir="$a"; fi; prev="$a"; done\n${body}\n`,
    );
    chmodSync(file, 0o755);
    return file;
  }

  it("throws PdfConverterUnavailableError when there is no converter", async () => {
    const saved = process.env.SUMMA_SOFFICE;
    process.env.SUMMA_SOFFICE = path.join(dir, "does-not-exist");
    try {
      expect(findConverter()).toBeNull();
      await expect(convertDocxToPdf(Buffer.from("x"))).rejects.toBeInstanceOf(PdfConverterUnavailableError);
    } finally {
      if (saved === undefined) delete process.env.SUMMA_SOFFICE;
      else process.env.SUMMA_SOFFICE = saved;
    }
  });

  it("throws PdfConversionError with the output when the converter fails", async () => {
    const converter = fake("fail.sh", 'echo "boom: cannot load" >&2; exit 3');
    const err = await convertDocxToPdf(Buffer.from("x"), { converter }).catch((e) => e);
    expect(err).toBeInstanceOf(PdfConversionError);
    expect(err.failure).toMatchObject({ reason: "exit", exitCode: 3 });
    expect(err.failure.output).toContain("boom: cannot load");
  });

  it("throws PdfConversionError when no PDF is produced", async () => {
    const converter = fake("nothing.sh", "exit 0");
    const err = await convertDocxToPdf(Buffer.from("x"), { converter }).catch((e) => e);
    expect(err).toBeInstanceOf(PdfConversionError);
    expect(err.failure.reason).toBe("no-output");
  });

  it("kills the whole process group on timeout", async () => {
    const pidFile = path.join(dir, "child.pid");
    const converter = fake("hang.sh", `sleep 30 &\necho $! > "${pidFile}"\nsleep 30`);
    const t0 = Date.now();
    const err = await convertDocxToPdf(Buffer.from("x"), { converter, timeoutMs: 500 }).catch((e) => e);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(err).toBeInstanceOf(PdfConversionError);
    expect(err.failure.reason).toBe("timeout");
    const childPid = Number(readFileSync(pidFile, "utf8"));
    // the background child of the killed script must be gone too (or a zombie awaiting its reaper)
    const running = () => {
      try {
        const stat = readFileSync(`/proc/${childPid}/stat`, "utf8");
        return !/^\d+ \(.*\) Z/.test(stat);
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 20 && running(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(running()).toBe(false);
  });

  it("runs one conversion at a time, in call order", async () => {
    const log = path.join(dir, "order.log");
    const converter = fake(
      "slow-ok.sh",
      `echo "start $(date +%s%N)" >> "${log}"\nsleep 0.3\nmkdir -p "$outdir"\nprintf '%%PDF-1.4\\n' > "$outdir/document.pdf"\necho "end $(date +%s%N)" >> "${log}"`,
    );
    const outputs = await Promise.all([1, 2, 3].map(() => convertDocxToPdf(Buffer.from("x"), { converter })));
    for (const pdf of outputs) expect(pdf.toString("latin1")).toBe("%PDF-1.4\n");
    const events = readFileSync(log, "utf8").trim().split("\n").map((l) => l.split(" ")[0]);
    expect(events).toEqual(["start", "end", "start", "end", "start", "end"]);
    expect(existsSync(log)).toBe(true);
  });
});
