import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatChange, formatYoY, yearOverYear } from "./year-over-year";

describe("yearOverYear", () => {
  it("computes delta, ratio and direction for growth", () => {
    expect(yearOverYear(1860, 1600)).toEqual({ delta: 260, ratio: 0.1625, direction: "up" });
  });

  it("computes a decline", () => {
    expect(yearOverYear(90, 100)).toEqual({ delta: -10, ratio: -0.1, direction: "down" });
  });

  it("reports equal figures as flat", () => {
    expect(yearOverYear(86, 86)).toEqual({ delta: 0, ratio: 0, direction: "flat" });
  });

  it("treats floating-point noise as flat", () => {
    const yoy = yearOverYear(0.3, 0.1 + 0.2);
    expect(yoy?.direction).toBe("flat");
    expect(yoy?.delta).toBe(0);
    expect(Object.is(yoy?.delta, -0)).toBe(false);
  });

  it("is null when either figure is missing", () => {
    expect(yearOverYear(null, 5)).toBeNull();
    expect(yearOverYear(5, null)).toBeNull();
    expect(yearOverYear(null, null)).toBeNull();
  });

  it("has a null ratio when the previous figure is 0", () => {
    expect(yearOverYear(5, 0)).toEqual({ delta: 5, ratio: null, direction: "up" });
    expect(yearOverYear(0, 0)).toEqual({ delta: 0, ratio: null, direction: "flat" });
  });

  it("keeps the ratio sign equal to the direction for a negative base", () => {
    const yoy = yearOverYear(-5, -10);
    expect(yoy?.direction).toBe("up");
    expect(yoy?.ratio).toBe(0.5);
  });

  it("rejects non-finite figures", () => {
    expect(() => yearOverYear(Number.NaN, 1)).toThrow(RangeError);
    expect(() => yearOverYear(1, Infinity)).toThrow(RangeError);
  });
});

describe("formatYoY", () => {
  it("phrases growth, rounded to one decimal", () => {
    expect(formatYoY(yearOverYear(1125, 1000))).toBe("较上年增长12.5%");
    expect(formatYoY(yearOverYear(1860, 1653))).toBe("较上年增长12.5%"); // 12.52…%
  });

  it("phrases a decline with the absolute percentage", () => {
    expect(formatYoY(yearOverYear(968, 1000))).toBe("较上年下降3.2%");
    expect(formatYoY(yearOverYear(96.76, 100))).toBe("较上年下降3.2%"); // 3.24%
  });

  it("rounds halves up in magnitude", () => {
    expect(formatYoY(yearOverYear(413, 400))).toBe("较上年增长3.3%"); // exactly 3.25%
    expect(formatYoY(yearOverYear(387, 400))).toBe("较上年下降3.3%");
  });

  it("drops a trailing .0", () => {
    expect(formatYoY(yearOverYear(110, 100))).toBe("较上年增长10%");
    expect(formatYoY(yearOverYear(200, 100))).toBe("较上年增长100%");
  });

  it("says 持平 for equal figures", () => {
    expect(formatYoY(yearOverYear(86, 86))).toBe("与上年持平");
    expect(formatYoY(yearOverYear(0, 0))).toBe("与上年持平");
  });

  it("says 基本持平 when the change rounds to 0.0%", () => {
    expect(formatYoY(yearOverYear(10001, 10000))).toBe("与上年基本持平");
    expect(formatYoY(yearOverYear(9999.9, 10000))).toBe("与上年基本持平");
  });

  it("gives the absolute change when last year was 0", () => {
    expect(formatYoY(yearOverYear(5, 0), "场")).toBe("较上年增加5场");
    expect(formatYoY(yearOverYear(-2.5, 0), "万元")).toBe("较上年减少2.5万元");
    expect(formatYoY(yearOverYear(5, 0))).toBe("较上年增加5");
  });

  it("gives an empty string when a figure is missing", () => {
    expect(formatYoY(yearOverYear(null, 5))).toBe("");
    expect(formatYoY(null)).toBe("");
  });
});

describe("formatChange", () => {
  it("gives a percentage's change in percentage points, from the delta", () => {
    expect(formatChange(43, 12.5, "%")).toBe("较上年提高30.5个百分点");
    expect(formatChange(10.5, 12.5, "%")).toBe("较上年下降2个百分点");
    expect(formatChange(12.5, 12.5, "%")).toBe("与上年持平");
  });

  it("never phrases a percentage as a ratio", () => {
    const text = formatChange(43, 12.5, "%");
    expect(text).not.toContain("增长");
    expect(text).not.toContain("244");
  });

  it("treats 个百分点 and a full-width ％ like %", () => {
    expect(formatChange(3.5, 1, "个百分点")).toBe("较上年提高2.5个百分点");
    expect(formatChange(20, 25, "％")).toBe("较上年下降5个百分点");
  });

  it("handles a previous 0% (no ratio needed for points)", () => {
    expect(formatChange(5, 0, "%")).toBe("较上年提高5个百分点");
    expect(formatChange(0, 0, "%")).toBe("与上年持平");
  });

  it("rounds points to 2 decimals, without float noise", () => {
    expect(formatChange(0.3, 0.1, "%")).toBe("较上年提高0.2个百分点");
    expect(formatChange(12.345, 10, "%")).toBe("较上年提高2.35个百分点");
    expect(formatChange(10.001, 10, "%")).toBe("与上年基本持平");
    expect(formatChange(0, 1e-7, "%")).toBe("与上年基本持平");
    expect(formatChange(10.005, 10, "%")).toBe("较上年提高0.01个百分点");
  });

  it("reads like formatYoY for other units", () => {
    expect(formatChange(1125, 1000, "人")).toBe("较上年增长12.5%");
    expect(formatChange(968, 1000, "场")).toBe("较上年下降3.2%");
    expect(formatChange(86, 86, "场")).toBe("与上年持平");
    expect(formatChange(5, 0, "场")).toBe("较上年增加5场");
    expect(formatChange(1125, 1000, "")).toBe("较上年增长12.5%");
  });

  it("gives an empty string when a figure is missing", () => {
    expect(formatChange(null, 12.5, "%")).toBe("");
    expect(formatChange(12.5, null, "%")).toBe("");
    expect(formatChange(null, null, "人")).toBe("");
  });

  it("agrees with formatYoY for every non-percentage unit (property)", () => {
    // Register figures carry at most 2 decimals.
    const figure = fc.option(fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 100), { nil: null });
    const unit = fc.constantFrom("", "人", "场", "万元", "万人次", "百分比");
    fc.assert(
      fc.property(figure, figure, unit, (current, previous, u) => {
        expect(formatChange(current, previous, u)).toBe(formatYoY(yearOverYear(current, previous), u));
      }),
    );
  });

  it("states the direction of a percentage's change (property)", () => {
    const pct = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(pct, pct, (current, previous) => {
        const text = formatChange(current, previous, "%");
        if (current > previous + 0.005) expect(text).toMatch(/^较上年提高\d+(\.\d{1,2})?个百分点$/);
        else if (current < previous - 0.005) expect(text).toMatch(/^较上年下降\d+(\.\d{1,2})?个百分点$/);
        else expect(["与上年持平", "与上年基本持平"]).toContain(text);
      }),
    );
  });
});
