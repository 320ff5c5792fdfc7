import path from "node:path";
import { describe, expect, it } from "vitest";

import { FONT } from "../docx/fonts";
import { corpusText, coverage, fallbackFonts, fontCharset, gb2312Hanzi, parseCharset, resolveFont } from "./font-coverage";

const FONTS_CONF = path.resolve(process.cwd(), "config/fonts/fonts.conf");

describe("font coverage helpers", () => {
  it("parses fontconfig charsets", () => {
    expect([...parseCharset("20-22 4e00\n 9fa5")]).toEqual([0x20, 0x21, 0x22, 0x4e00, 0x9fa5]);
  });

  it("counts distinct and repeated characters, whitespace left out", () => {
    const c = coverage("为为为 强\n", new Set(["为".codePointAt(0)!]));
    expect(c).toMatchObject({ distinct: 2, occurrences: 4, missing: [{ char: "强", count: 1 }] });
    expect(c.occurrenceShare).toBeCloseTo(0.75);
    expect(c.distinctShare).toBeCloseTo(0.5);
  });

  it("lists GB 2312's 6763 hanzi, 啊 first and 齄 last", () => {
    const gb = gb2312Hanzi();
    expect(gb).toHaveLength(6763);
    expect(new Set(gb).size).toBe(6763);
    expect(gb[0]).toBe("啊");
    expect(gb.at(-1)).toBe("齄");
  });

  it("reads the fixtures and the import corpus, punctuation as exported", () => {
    const { files, text } = corpusText();
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(files).toContain("prisma/fixtures/filled-2024-culture-summary.txt");
    expect(text).not.toMatch(/"[\p{Script=Han}]/u);
  });
});

describe("faces of the PDF (config/fonts/fonts.conf) cover real reports", () => {
  const { text } = corpusText();
  const gb = gb2312Hanzi().join("");

  it("body 仿宋_GB2312 is a true FangSong: FandolFang, ≥ 99 % of the corpus, all of GB 2312", () => {
    const font = resolveFont(FONT.body, FONTS_CONF);
    expect(font.postscriptName, "install texlive-lang-chinese (Fandol fonts)").toBe("FandolFang-Regular");
    const set = fontCharset(font, FONTS_CONF);
    const c = coverage(text, set);
    expect(c.occurrenceShare).toBeGreaterThanOrEqual(0.99);
    expect(coverage(gb, set).missing).toEqual([]);
    // what it lacks are traditional characters (and 〞) of the corpus's traditional documents
    expect(c.missing.length).toBeLessThanOrEqual(25);
    for (const m of c.missing) expect(gb.includes(m.char), m.char).toBe(false);
    // … and each has a glyph in the serif fallback listed after it, so nothing prints as tofu
    const [fallback] = fallbackFonts(FONT.body, FONTS_CONF, 1);
    expect(fallback.postscriptName).toBe("NotoSerifCJKsc-Regular");
    const fallbackSet = fontCharset(fallback, FONTS_CONF);
    expect(c.missing.filter((m) => !fallbackSet.has(m.char.codePointAt(0)!))).toEqual([]);
  });

  it("楷体_GB2312 is FandolKai, all of GB 2312", () => {
    const font = resolveFont(FONT.kaiti, FONTS_CONF);
    expect(font.postscriptName).toBe("FandolKai-Regular");
    const set = fontCharset(font, FONTS_CONF);
    expect(coverage(text, set).occurrenceShare).toBeGreaterThanOrEqual(0.99);
    expect(coverage(gb, set).missing).toEqual([]);
  });

  it.each([
    [FONT.title, "NotoSerifCJKsc-Bold"],
    [FONT.heiti, "NotoSansCJKsc-Regular"],
    [FONT.song, "NotoSerifCJKsc-Regular"],
  ])("%s is the simplified-Chinese Noto face %s, covering the whole corpus", (family, postscriptName) => {
    const font = resolveFont(family, FONTS_CONF);
    expect(font.postscriptName).toBe(postscriptName);
    expect(coverage(text, fontCharset(font, FONTS_CONF)).missing).toEqual([]);
  });
});
