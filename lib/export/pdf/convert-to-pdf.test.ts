import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";

import { buildDocx } from "../docx/build-docx";
import { loadFixture2024, longReport } from "../__fixtures__/fixture-input";
import { signatureRightIndents, widthInChars } from "../format";
import type { ExportInput } from "../export-input";
import { BODY_CHAR_TWIPS, LINE_PITCH } from "../docx/layout";
import { convertDocxToPdf, findConverter, PdfConversionError, PdfConverterUnavailableError } from "./index";
import { DIGIT_FOOTPRINT, isPageNumberLine, layoutReport, measurePdf, mm } from "./measure-pdf";

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

  it("self-check on a real export (pdftotext -bbox): 22 lines a page, 28 字 a line, page numbers, title, margins ±1 mm", async () => {
    const pdfFile = path.join(work, "self-check.pdf");
    writeFileSync(pdfFile, await convertDocxToPdf(await buildDocx(longReport(12, 3))));
    const pages = measurePdf(pdfFile);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const report = layoutReport(pages);
    console.log(`[layout] ${pdfFile}: ${report.summary}`);

    // GB/T 9704 geometry in points: A4, 天头 37 mm, 订口 28 mm, text block 156 × 225 mm, 22 lines on the 28.95 pt pitch.
    const oneMm = mm(1);
    const left = mm(28);
    const right = mm(28 + 156);
    const top = mm(37);
    const bottom = mm(37 + 225);
    const pitch = LINE_PITCH / 20;
    const indent = 2 * (BODY_CHAR_TWIPS / 20);
    const closing = /[，。、；：！？”’）》…—]$/;

    pages.forEach((page, i) => {
      const n = i + 1;
      expect(page.width).toBeCloseTo(595.3, 0);
      expect(page.height).toBeCloseTo(841.9, 0);
      // page number: — n —, 4号, one per page, odd pages 1 字 (14 pt) in from the right, even pages from the left,
      // its em dashes 7 mm below the text block
      const numbers = page.lines.filter((l) => isPageNumberLine(l.text));
      expect(numbers.map((l) => l.text.replace(/\s/g, "")), `page ${n}`).toEqual([`—${n}—`]);
      const number = numbers[0];
      if (n % 2 === 1) expect(Math.abs(number.xMax - (right - 14)), `page ${n} number right`).toBeLessThan(oneMm);
      else expect(Math.abs(number.xMin - (left + 14)), `page ${n} number left`).toBeLessThan(oneMm);
      expect(Math.abs((number.yMin + number.yMax) / 2 - (bottom + mm(7))), `page ${n} number height`).toBeLessThan(oneMm);

      const lines = page.lines.filter((l) => !isPageNumberLine(l.text));
      const title = n === 1 ? lines.filter((l) => l.yMax - l.yMin > 25) : []; // the 2号 lines
      const body = lines.slice(title.length);
      // every text line sits on the grid: the k-th grid line's box ends at 37 mm + k pitches (±1 mm)
      for (const l of body) {
        const k = (l.yMax - top) / pitch;
        expect(Math.abs(k - Math.round(k)) * pitch, `page ${n} "${l.text}" off the grid`).toBeLessThan(oneMm);
        expect(l.yMax, `page ${n} "${l.text}" below the text block`).toBeLessThan(bottom + oneMm);
      }
      if (n < pages.length) {
        // a full page: title lines + one blank line + body on page 1, 22 body lines on the others;
        // the first line's box starts at 37 mm, the last ends at 262 mm (text block bottom)
        expect(title.length + (n === 1 ? 1 : 0) + body.length, `page ${n} lines`).toBe(22);
        expect(Math.abs(body[body.length - 1].yMax - (top + 22 * pitch)), `page ${n} bottom margin`).toBeLessThan(oneMm);
        if (n > 1) expect(Math.abs(body[0].yMax - (top + pitch)), `page ${n} top margin`).toBeLessThan(oneMm);
        const pitches = body.slice(1).map((l, j) => l.yMax - body[j].yMax);
        for (const p of pitches) expect(Math.abs(p - pitch), `page ${n} line pitch`).toBeLessThan(0.5);
      }
      for (const [j, l] of body.entries()) {
        const indented = Math.abs(l.xMin - (left + indent)) < oneMm;
        // left margin: flush-left lines start at 28 mm, paragraph first lines 2 字 in (±1 mm)
        const signature = l.xMin > left + indent + 10 * oneMm; // the right-aligned issuer and date
        if (!signature) expect(indented || Math.abs(l.xMin - left) < oneMm, `page ${n} "${l.text}" left margin`).toBe(true);
        // a full line is justified to the right edge of the text block (±1 mm); a closing mark may
        // hang into the margin (标点溢出), it is not counted among the 28 characters
        if (signature) continue;
        const hangs = l.xMax > right + oneMm;
        if (hangs) expect(l.text, `page ${n} hanging`).toMatch(closing);
        const inBlock = hangs ? Array.from(l.text).slice(0, -1).join("") : l.text;
        const next = body[j + 1];
        const lastOfParagraph = !!next && (Math.abs(next.xMin - (left + indent)) < oneMm || next.yMax - l.yMax > 1.5 * pitch);
        const full = hangs || Math.abs(l.xMax - right) < oneMm;
        if (!full) {
          // only a paragraph's last line (or a heading, the signature, the page's last line) is short
          expect(lastOfParagraph || signature || j === body.length - 1 || /^[一二三四五六七八九十]+、/.test(l.text), `page ${n} short line "${l.text}"`).toBe(true);
          continue;
        }
        // 28 字 a line (26 after the indent); digits and Latin letters are half-width but LibreOffice sets
        // them with a little space on either side: ≈ 0.6 字 each in FandolFang. Lines with digits ±1.
        // A number is never split: a line may also end short by the width of the number that opens the next one.
        const chars = widthInChars(inBlock, DIGIT_FOOTPRINT) + (indented ? 2 : 0);
        const nextNumber = /^[0-9A-Za-z.%]+/.exec(body[j + 1]?.text ?? "")?.[0];
        const slack = Math.max(1, nextNumber ? widthInChars(nextNumber, DIGIT_FOOTPRINT) + 0.4 : 0);
        if (/[0-9A-Za-z]/.test(inBlock)) {
          expect(chars, `page ${n} "${l.text}"`).toBeLessThanOrEqual(29);
          expect(chars, `page ${n} "${l.text}"`).toBeGreaterThanOrEqual(28 - slack);
        }
        else expect(chars, `page ${n} "${l.text}"`).toBe(28);
      }
    });

    // issuer and date without seal (GB/T 9704 7.3.5.3): right-aligned with the computed right indents (±1 mm),
    // one blank line below the body
    const last = pages[pages.length - 1].lines.filter((l) => !isPageNumberLine(l.text));
    const [issuer, date] = last.slice(-2);
    expect([issuer.text, date.text]).toEqual(["青山街道办事处", "2025年12月26日"]);
    const indents = signatureRightIndents("青山街道办事处", "2025年12月26日");
    expect(Math.abs(issuer.xMax - (right - indents.unit * (BODY_CHAR_TWIPS / 20)))).toBeLessThan(oneMm);
    expect(Math.abs(date.xMax - (right - indents.date * (BODY_CHAR_TWIPS / 20)))).toBeLessThan(oneMm);
    expect(Math.abs(date.yMax - issuer.yMax - pitch)).toBeLessThan(oneMm);
    expect(Math.abs(issuer.yMax - last[last.length - 3].yMax - 2 * pitch)).toBeLessThan(oneMm);

    // the title: 2号, its two balanced lines centred on the text block (±1 mm)
    const titleLines = pages[0].lines.slice(0, 2);
    expect(titleLines.map((l) => l.text).join("")).toBe("2025年青山街道宣传文化与志愿服务工作总结");
    for (const l of titleLines) expect(Math.abs((l.xMin + l.xMax) / 2 - (left + right) / 2), l.text).toBeLessThan(oneMm);
    expect(Math.abs(titleLines[0].yMax - (top + pitch))).toBeLessThan(oneMm);
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
