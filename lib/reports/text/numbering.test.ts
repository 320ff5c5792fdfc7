import { describe, expect, it } from "vitest";
import {
  chineseNumeral,
  matchLeadingNumber,
  sectionNumber,
  stripLeadingNumber,
  type HeadingLevel,
} from "./numbering";

describe("chineseNumeral", () => {
  it.each([
    [1, "一"],
    [2, "二"],
    [9, "九"],
    [10, "十"],
    [11, "十一"],
    [19, "十九"],
    [20, "二十"],
    [21, "二十一"],
    [30, "三十"],
    [55, "五十五"],
    [99, "九十九"],
  ])("%i → %s", (n, expected) => {
    expect(chineseNumeral(n)).toBe(expected);
  });

  it("goes as far as the exporter: 100 → 一百, 101 → 一百零一, 110 → 一百一十, 999, then Arabic", async () => {
    const { chineseNumeral: exporter } = await import("@/lib/export/format");
    for (let n = 1; n <= 1200; n++) expect(chineseNumeral(n)).toBe(exporter(n));
    expect(chineseNumeral(100)).toBe("一百");
    expect(chineseNumeral(101)).toBe("一百零一");
    expect(chineseNumeral(110)).toBe("一百一十");
    expect(chineseNumeral(999)).toBe("九百九十九");
  });

  it("throws for non-positive numbers and non-integers", () => {
    for (const n of [0, -1, 1.5, Number.NaN, Infinity]) {
      expect(() => chineseNumeral(n)).toThrow(RangeError);
    }
  });
});

describe("sectionNumber", () => {
  it("formats the four GB/T 9704 levels", () => {
    expect(sectionNumber(1, 1)).toBe("一、");
    expect(sectionNumber(2, 1)).toBe("（一）");
    expect(sectionNumber(3, 1)).toBe("1.");
    expect(sectionNumber(4, 1)).toBe("（1）");
  });

  it("uses Chinese numerals on levels 1 and 2, past 99 too", () => {
    expect(sectionNumber(1, 11)).toBe("十一、");
    expect(sectionNumber(2, 20)).toBe("（二十）");
    expect(sectionNumber(2, 99)).toBe("（九十九）");
    expect(sectionNumber(1, 100)).toBe("一百、");
    expect(sectionNumber(2, 120)).toBe("（一百二十）");
    expect(() => sectionNumber(2, 0)).toThrow(RangeError);
  });

  it("allows any positive integer on Arabic levels", () => {
    expect(sectionNumber(3, 120)).toBe("120.");
    expect(sectionNumber(4, 100)).toBe("（100）");
    expect(() => sectionNumber(3, 0)).toThrow(RangeError);
    expect(() => sectionNumber(4, 2.5)).toThrow(RangeError);
  });

  it("rejects an unknown level passed from untyped code", () => {
    expect(() => sectionNumber(5 as HeadingLevel, 1)).toThrow(RangeError);
  });
});

describe("stripLeadingNumber", () => {
  it.each([
    ["（一）抓实理论宣讲", "抓实理论宣讲"],
    ["(一)抓实理论宣讲", "抓实理论宣讲"],
    ["（ 十二 ）抓实理论宣讲", "抓实理论宣讲"],
    ["一、主要工作", "主要工作"],
    ["十一、主要工作", "主要工作"],
    ["二．存在问题", "存在问题"],
    ["1.宣讲", "宣讲"],
    ["1. 宣讲", "宣讲"],
    ["12、宣讲", "宣讲"],
    ["１．宣讲", "宣讲"],
    ["（1）宣讲", "宣讲"],
    ["(1)宣讲", "宣讲"],
    ["1）宣讲", "宣讲"],
    ["　　（三）壮大志愿队伍", "壮大志愿队伍"],
  ])("%s → %s", (input, expected) => {
    expect(stripLeadingNumber(input)).toBe(expected);
  });

  it("removes only one number", () => {
    expect(stripLeadingNumber("（一）1.宣讲")).toBe("1.宣讲");
  });

  it("leaves text without a heading number unchanged", () => {
    for (const text of [
      "1.5万人次参与活动",
      "2025年工作计划",
      "十大文明家庭评选",
      "一是加强宣讲",
      "（注）以上为初步统计",
      "抓实理论宣讲",
      "",
    ]) {
      expect(stripLeadingNumber(text)).toBe(text);
    }
  });
});

describe("matchLeadingNumber", () => {
  it("reports the level the typed number belongs to", () => {
    expect(matchLeadingNumber("一、主要工作")).toEqual({ level: 1, marker: "一、", rest: "主要工作" });
    expect(matchLeadingNumber("（二）宣讲")).toEqual({ level: 2, marker: "（二）", rest: "宣讲" });
    expect(matchLeadingNumber("3. 宣讲")).toEqual({ level: 3, marker: "3.", rest: "宣讲" });
    expect(matchLeadingNumber("(4)宣讲")).toEqual({ level: 4, marker: "(4)", rest: "宣讲" });
    expect(matchLeadingNumber("宣讲")).toBeNull();
  });
});
