import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { loadFixture2024 } from "./__fixtures__/fixture-input";
import { verificationLineEnabled } from "./config";
import { zipEntryNames } from "@/tests/support/docx/read-docx-zip";
import { EXPORT_FORMATS, isExportFormat } from "./formats";
import { PdfConversionError, PdfConverterUnavailableError } from "./pdf";
import { exportFailureResponse, fileResponse, renderExport, textResponse } from "./respond";

const TITLE = "2024年青山街道宣传文化与志愿服务工作总结";
const MESSAGES = { pdfUnavailable: "服务器未安装 PDF 转换程序。", pdfFailed: "PDF 生成失败。" };

describe("formats", () => {
  it("knows docx, pdf and md with their MIME types, nothing else", () => {
    expect(Object.keys(EXPORT_FORMATS).sort()).toEqual(["docx", "md", "pdf"]);
    expect(EXPORT_FORMATS.docx.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(EXPORT_FORMATS.pdf.contentType).toBe("application/pdf");
    expect(EXPORT_FORMATS.md.contentType).toBe("text/markdown; charset=utf-8");
    for (const f of ["docx", "pdf", "md"]) expect(isExportFormat(f)).toBe(true);
    for (const f of ["DOCX", "html", "toString", "__proto__", "constructor", ""]) expect(isExportFormat(f)).toBe(false);
  });
});

describe("verificationLineEnabled (SUMMA_EXPORT_VERIFICATION_LINE)", () => {
  it("defaults to off, accepts 0 and 1, refuses anything else", () => {
    expect(verificationLineEnabled(undefined)).toBe(false);
    expect(verificationLineEnabled("")).toBe(false);
    expect(verificationLineEnabled("1")).toBe(true);
    expect(verificationLineEnabled(" 1 ")).toBe(true);
    expect(verificationLineEnabled(" 0 ")).toBe(false);
    for (const bad of ["yes", "true", "off", "2"]) expect(() => verificationLineEnabled(bad)).toThrow(/SUMMA_EXPORT_VERIFICATION_LINE/);
  });
});

describe("renderExport", () => {
  const doc = loadFixture2024({ title: TITLE });

  it("renders Markdown as UTF-8 text", async () => {
    const md = new TextDecoder().decode(await renderExport(doc, "md"));
    expect(md.startsWith(`# ${TITLE}\n`)).toBe(true);
    expect(md).toContain("86场");
  });

  it("renders the .docx as a zip package", async () => {
    const bytes = await renderExport(doc, "docx");
    expect(Buffer.from(bytes.subarray(0, 2)).toString("latin1")).toBe("PK");
    expect(zipEntryNames(Buffer.from(bytes))).toContain("word/document.xml");
  });

  const dir = mkdtempSync(path.join(os.tmpdir(), "summa-respond-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("passes the PDF converter's failures on as their own error types", async () => {
    await expect(renderExport(doc, "pdf", { converter: path.join(dir, "missing") })).rejects.toBeInstanceOf(PdfConversionError);
    const failing = path.join(dir, "fail.sh");
    writeFileSync(failing, "#!/bin/sh\necho broken >&2\nexit 2\n");
    chmodSync(failing, 0o755);
    await expect(renderExport(doc, "pdf", { converter: failing })).rejects.toBeInstanceOf(PdfConversionError);

    const saved = process.env.SUMMA_SOFFICE;
    process.env.SUMMA_SOFFICE = path.join(dir, "missing");
    try {
      await expect(renderExport(doc, "pdf")).rejects.toBeInstanceOf(PdfConverterUnavailableError);
    } finally {
      if (saved === undefined) delete process.env.SUMMA_SOFFICE;
      else process.env.SUMMA_SOFFICE = saved;
    }
  });
});

describe("fileResponse", () => {
  it("sends the bytes with MIME type, length, RFC 6266 name, no-store and nosniff", async () => {
    const bytes = new TextEncoder().encode("# 标题\n");
    const res = fileResponse(bytes, "md", { name: TITLE, fallbackName: "summa-report-2024" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(res.headers.get("content-length")).toBe(String(bytes.byteLength));
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="summa-report-2024.md"; filename*=UTF-8''${encodeURIComponent(TITLE)}.md`,
    );
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
  });

  it("uses the docx and pdf MIME types", () => {
    const b = new Uint8Array([1]);
    expect(fileResponse(b, "docx", { name: "x", fallbackName: "x" }).headers.get("content-type")).toBe(EXPORT_FORMATS.docx.contentType);
    expect(fileResponse(b, "pdf", { name: "x", fallbackName: "x" }).headers.get("content-disposition")).toMatch(/filename="x\.pdf"/);
  });
});

describe("exportFailureResponse", () => {
  it("answers 503 with the message when there is no converter", async () => {
    const res = exportFailureResponse(new PdfConverterUnavailableError(), MESSAGES)!;
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.text()).toBe(`${MESSAGES.pdfUnavailable}\n`);
  });

  it("answers 500 with the message when the conversion fails, and logs LibreOffice's output", async () => {
    const log = vi.fn();
    const err = new PdfConversionError("LibreOffice exited with 3", { reason: "exit", exitCode: 3, output: "boom" });
    const res = exportFailureResponse(err, MESSAGES, log)!;
    expect(res.status).toBe(500);
    expect(await res.text()).toBe(`${MESSAGES.pdfFailed}\n`);
    expect(log).toHaveBeenCalledWith(expect.stringContaining("exited with 3"), expect.objectContaining({ output: "boom" }));
  });

  it("leaves other errors to the caller", () => {
    expect(exportFailureResponse(new Error("db down"), MESSAGES)).toBeNull();
    expect(exportFailureResponse("x", MESSAGES)).toBeNull();
  });

  it("textResponse carries the status", async () => {
    const res = textResponse(404, "未找到");
    expect(res.status).toBe(404);
    expect(await res.text()).toBe("未找到\n");
  });
});
