import { describe, expect, it } from "vitest";
import {
  asciiFallbackBase,
  contentDisposition,
  downloadFilename,
  encodeRfc8187,
  MAX_BASE_BYTES,
  sanitizeBaseName,
} from "./content-disposition";

const TITLE = "2024年青山街道宣传文化与志愿服务工作总结";

/** The strict shape every header must have: fallback without quote/backslash/percent, attr-chars only. */
const SHAPE = /^(attachment|inline); filename="([ -!#-$&-[\]-~]+)"; filename\*=UTF-8''([A-Za-z0-9!#$&+\-.^_`|~%]+)$/;

/** Parses the header as a client would; fails the test when the shape is off. */
function parse(header: string): { type: string; fallback: string; filename: string } {
  const m = SHAPE.exec(header);
  expect(m, header).not.toBeNull();
  return { type: m![1], fallback: m![2], filename: decodeURIComponent(m![3]) };
}

function expectSafeHeader(header: string) {
  expect(header).toMatch(/^[\x20-\x7E]+$/); // printable ASCII only: no CR, LF, NUL, no raw UTF-8
  expect(() => new Headers({ "content-disposition": header })).not.toThrow();
  parse(header);
}

describe("contentDisposition", () => {
  it("names the file after the Chinese title, with an ASCII fallback", () => {
    const header = contentDisposition({ name: TITLE, extension: "docx", fallbackName: "summa-report-2024" });
    expectSafeHeader(header);
    expect(header).toBe(
      `attachment; filename="summa-report-2024.docx"; filename*=UTF-8''${encodeURIComponent(TITLE)}.docx`,
    );
    expect(parse(header)).toEqual({ type: "attachment", fallback: "summa-report-2024.docx", filename: `${TITLE}.docx` });
  });

  it("derives a fallback from the title's ASCII part, or 'download' when there is none", () => {
    expect(parse(contentDisposition({ name: TITLE, extension: "pdf" })).fallback).toBe("2024.pdf");
    expect(parse(contentDisposition({ name: "工作总结", extension: "pdf" })).fallback).toBe("download.pdf");
    expect(parse(contentDisposition({ name: "Résumé 2025", extension: "md" })).fallback).toBe("Resume 2025.md");
  });

  it.each([
    ['double quotes', '总结"; filename="evil.exe', '总结_; filename=_evil.exe.docx'],
    ["backslashes", "a\\b\\\\c总结", "a_b__c总结.docx"],
    ["slashes and parent directories", "../../etc/passwd/总结", "_.._etc_passwd_总结.docx"],
    ["CR/LF (header injection)", "总结\r\nSet-Cookie: x=1", "总结 Set-Cookie_ x=1.docx"],
    ["control characters", "总\u0000结\u0007报\u007F告\u0085", "总 结 报 告.docx"],
    ["tabs and runs of spaces", "  2024年\t\t工作   总结  ", "2024年 工作 总结.docx"],
    ["Windows-reserved characters", "a<b>c:d*e?f|g", "a_b_c_d_e_f_g.docx"],
    ["a bidi override disguising the extension", "report\u202Excod.exe", "reportxcod.exe.docx"],
    ["leading dots (hidden file)", "...总结", "总结.docx"],
    ["trailing dots and spaces", "总结. . ", "总结.docx"],
  ])("keeps the header intact with %s in the title", (_what, title, expected) => {
    const header = contentDisposition({ name: title, extension: "docx" });
    expectSafeHeader(header);
    const { filename, fallback } = parse(header);
    expect(filename).toBe(expected);
    for (const name of [filename, fallback]) {
      expect(name).not.toMatch(/[/\\"\r\n\u0000-\u001F]/);
      expect(name.endsWith(".docx")).toBe(true);
    }
    // exactly the three parts, whatever the title held
    expect(header.split(";")).toHaveLength(3);
  });

  it("encodes characters outside RFC 8187 attr-char, including ' ( ) * and %", () => {
    const header = contentDisposition({ name: "完成100%（含'附件'）(草)*", extension: "md" });
    expectSafeHeader(header);
    expect(header).toContain("100%25");
    expect(header).toContain("%27");
    expect(header).toContain("%28");
    expect(parse(header).filename).toBe("完成100%（含'附件'）(草)_.md");
    expect(parse(header).fallback).not.toContain("%");
  });

  it("uses 'download' for an empty or unusable title", () => {
    for (const name of ["", "   ", "\r\n", "...", "\u202E"]) {
      const { filename, fallback } = parse(contentDisposition({ name, extension: "pdf" }));
      expect(filename).toBe("download.pdf");
      expect(fallback).toBe("download.pdf");
    }
  });

  it("truncates a very long title to whole code points and keeps the extension", () => {
    const long = "😀年度".repeat(100);
    const { filename } = parse(contentDisposition({ name: long, extension: "docx" }));
    expect(filename.endsWith(".docx")).toBe(true);
    const base = filename.slice(0, -".docx".length);
    expect(long.startsWith(base)).toBe(true);
    expect(Buffer.byteLength(base)).toBeLessThanOrEqual(MAX_BASE_BYTES);
    expect(Buffer.byteLength(base)).toBeGreaterThan(MAX_BASE_BYTES - 4);
    expect(base).not.toMatch(/[\uD800-\uDBFF]$/); // no split surrogate pair
    expect(Buffer.byteLength(filename)).toBeLessThan(255);
  });

  it("drops lone surrogates instead of throwing", () => {
    const header = contentDisposition({ name: "总结\uD800报告\uDFFF", extension: "docx" });
    expect(parse(header).filename).toBe("总结报告.docx");
  });

  it("supports inline and rejects a bad extension", () => {
    expect(parse(contentDisposition({ name: TITLE, extension: "pdf", type: "inline" })).type).toBe("inline");
    expect(parse(contentDisposition({ name: TITLE, extension: ".PDF" })).filename).toBe(`${TITLE}.pdf`);
    for (const ext of ["", "do cx", "docx\r\n", "../x", "a".repeat(11)]) {
      expect(() => contentDisposition({ name: TITLE, extension: ext })).toThrow(/extension/);
    }
  });

  it("sanitises the fallback name given by the caller too", () => {
    const { fallback } = parse(contentDisposition({ name: TITLE, extension: "docx", fallbackName: 'x"y\\z%\r\n' }));
    expect(fallback).toBe("x_y_z.docx");
  });
});

describe("helpers", () => {
  it("sanitizeBaseName normalises to NFC", () => {
    expect(sanitizeBaseName("e\u0301")).toBe("\u00e9");
  });

  it("asciiFallbackBase is empty when no letter or digit survives", () => {
    expect(asciiFallbackBase("——（）")).toBe("");
  });

  it("encodeRfc8187 round-trips through decodeURIComponent", () => {
    const s = "年度 总结 !#$&+-.^_`|~'()*%";
    expect(encodeRfc8187(s)).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    expect(decodeURIComponent(encodeRfc8187(s))).toBe(s);
  });

  it("downloadFilename is the name the browser will save", () => {
    expect(downloadFilename(`${TITLE}/草稿`, "docx")).toBe(`${TITLE}_草稿.docx`);
  });
});
