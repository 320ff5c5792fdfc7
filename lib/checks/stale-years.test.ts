import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { findStaleYears } from "./stale-years";

describe("years carried over from last year's report", () => {
  it("flags a year of events before the report's year", () => {
    const t = "2024年，青山街道在党工委的领导下，于2024年10月18日召开表彰会。";
    expect(findStaleYears(t, 2025).map((y) => [t.slice(y.index, y.index + y.length), y.year])).toEqual([
      ["2024年", 2024],
      ["2024年", 2024],
    ]);
  });

  it("leaves comparisons, titles, this year and later years alone", () => {
    expect(findStaleYears("较2024年增长12%，与2024年相比，比2024年同期多，2024年底的基础", 2025)).toEqual([]);
    expect(findStaleYears("印发《2024年街道理论宣讲工作安排》", 2025)).toEqual([]);
    expect(findStaleYears("2025年全年开展宣讲；2026年计划", 2025)).toEqual([]);
    expect(findStaleYears("共12025年", 2025)).toEqual([]);
  });

  it("the filled 2024 report stays clean as a 2024 report, and is caught as a 2025 one", () => {
    const text = readFileSync(path.join(__dirname, "../../prisma/fixtures/filled-2024-culture-summary.txt"), "utf8");
    expect(findStaleYears(text, 2024)).toEqual([]);
    expect(findStaleYears(text, 2025).length).toBeGreaterThan(0);
  });
});
