import { describe, expect, it } from "vitest";

import {
  chineseNumeral,
  formatChineseDate,
  itemNumber,
  normaliseSha256,
  partNumber,
  signatureRightIndents,
  splitTitleLines,
  stripXmlInvalidChars,
  verificationText,
  widthInChars,
} from "./format";

describe("chineseNumeral", () => {
  it.each([
    [1, "一"], [2, "二"], [9, "九"], [10, "十"], [11, "十一"], [19, "十九"], [20, "二十"], [21, "二十一"],
    [30, "三十"], [45, "四十五"], [99, "九十九"], [100, "一百"], [101, "一百零一"], [110, "一百一十"], [115, "一百一十五"],
    [200, "二百"], [999, "九百九十九"],
  ])("%i → %s", (n, s) => {
    expect(chineseNumeral(n)).toBe(s);
  });

  it("falls back to Arabic digits outside 1..999", () => {
    expect(chineseNumeral(0)).toBe("0");
    expect(chineseNumeral(1000)).toBe("1000");
    expect(chineseNumeral(1.5)).toBe("1.5");
  });

  it("formats heading numbers with 、 and full-width brackets", () => {
    expect(partNumber(3)).toBe("三、");
    expect(itemNumber(12)).toBe("（十二）");
  });
});

describe("formatChineseDate", () => {
  it("uses Arabic numerals without leading zeros", () => {
    expect(formatChineseDate({ year: 2025, month: 1, day: 5 })).toBe("2025年1月5日");
    expect(formatChineseDate({ year: 2025, month: 12, day: 26 })).toBe("2025年12月26日");
  });
  it("rejects impossible dates", () => {
    expect(() => formatChineseDate({ year: 2025, month: 13, day: 1 })).toThrow(RangeError);
    expect(() => formatChineseDate({ year: 2025, month: 0, day: 1 })).toThrow(RangeError);
  });
});

describe("signature placement", () => {
  it("counts half-width characters as half a 字", () => {
    expect(widthInChars("2025年12月26日")).toBe(7);
    expect(widthInChars("青山街道办事处")).toBe(7);
  });
  it("issuer 2 字 from the right, date 2 字 right of the issuer's start", () => {
    // issuer 10 字, date 7 字: date right indent = 10 − 7 = 3
    expect(signatureRightIndents("青山区青山街道办事处", "2025年12月26日")).toEqual({ unit: 2, date: 3 });
  });
  it("longer date: date 2 字 from the right, issuer moved left", () => {
    expect(signatureRightIndents("青山街道", "2025年12月26日")).toEqual({ unit: 7, date: 2 });
  });
});

describe("splitTitleLines", () => {
  it("keeps titles that fit on one line", () => {
    expect(splitTitleLines("青山街道2025年工作总结")).toEqual(["青山街道2025年工作总结"]);
  });
  it("splits a long title into a trapezoid at a word boundary", () => {
    const lines = splitTitleLines("2024年青山街道宣传文化与志愿服务工作总结");
    expect(lines).toEqual(["2024年青山街道宣传文化", "与志愿服务工作总结"]);
    expect(widthInChars(lines[0], 0.6)).toBeGreaterThanOrEqual(widthInChars(lines[1], 0.6));
  });
  it("never breaks inside a number and keeps explicit breaks", () => {
    const lines = splitTitleLines("关于青山街道2025年度新时代文明实践中心建设情况的工作总结报告");
    expect(lines.length).toBe(2);
    expect(lines.join("")).toBe("关于青山街道2025年度新时代文明实践中心建设情况的工作总结报告");
    for (const l of lines) expect(l).not.toMatch(/^\d|\d$/);
    expect(splitTitleLines("第一行\n第二行")).toEqual(["第一行", "第二行"]);
  });
});

describe("text helpers", () => {
  it("strips characters XML 1.0 cannot carry", () => {
    expect(stripXmlInvalidChars("a\u0000b\u0007c\u000Bd\uFFFEe\tf\ng")).toBe("abcde\tf\ng");
    expect(stripXmlInvalidChars("x\uD800y")).toBe("xy");
    expect(stripXmlInvalidChars("😀")).toBe("😀");
  });
  it("validates hashes and prints 16 hex characters", () => {
    const h = "AB".repeat(32);
    expect(normaliseSha256(h)).toBe("ab".repeat(32));
    expect(() => normaliseSha256("ab")).toThrow(TypeError);
    expect(verificationText(h)).toBe(`本文档由 Summa 生成，审定版本校验码 sha256:${"ab".repeat(8)}…`);
  });
});
