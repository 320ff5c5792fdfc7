import { describe, expect, it } from "vitest";
import { formatDecimal, roundHalfAwayFromZero } from "./decimal";

describe("roundHalfAwayFromZero", () => {
  it("rounds halves away from zero", () => {
    expect(roundHalfAwayFromZero(2.345, 2)).toBe(2.35);
    expect(roundHalfAwayFromZero(-2.345, 2)).toBe(-2.35);
    expect(roundHalfAwayFromZero(0.5, 0)).toBe(1);
    expect(roundHalfAwayFromZero(-0.5, 0)).toBe(-1);
  });

  it("is not fooled by binary representation of decimal halves", () => {
    // 1.005 * 100 is 100.49999999999999 in binary floating point.
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(3.25, 1)).toBe(3.3);
  });

  it("never returns negative zero", () => {
    expect(Object.is(roundHalfAwayFromZero(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0, 2), 0)).toBe(true);
  });

  it("handles tiny and huge magnitudes", () => {
    expect(roundHalfAwayFromZero(1e-9, 2)).toBe(0);
    expect(roundHalfAwayFromZero(1e16, 2)).toBe(1e16);
  });

  it("rejects non-finite values and bad digit counts", () => {
    expect(() => roundHalfAwayFromZero(Number.NaN, 2)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(Infinity, 2)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(1, -1)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(1, 1.5)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(1, 7)).toThrow(RangeError);
  });
});

describe("formatDecimal", () => {
  it("trims trailing zeros and the dot", () => {
    expect(formatDecimal(12.5, 2)).toBe("12.5");
    expect(formatDecimal(12.5, 1)).toBe("12.5");
    expect(formatDecimal(86, 2)).toBe("86");
    expect(formatDecimal(10.0, 1)).toBe("10");
    expect(formatDecimal(100, 2)).toBe("100");
  });

  it("uses no grouping separators", () => {
    expect(formatDecimal(15600, 2)).toBe("15600");
    expect(formatDecimal(1234567.891, 2)).toBe("1234567.89");
  });

  it("supports zero decimals", () => {
    expect(formatDecimal(2.5, 0)).toBe("3");
    expect(formatDecimal(120, 0)).toBe("120");
  });

  it("prints negatives and rounds tiny negatives to plain 0", () => {
    expect(formatDecimal(-3.24, 1)).toBe("-3.2");
    expect(formatDecimal(-0.001, 2)).toBe("0");
  });

  it("refuses numbers that would print in exponent form", () => {
    expect(() => formatDecimal(1e21, 2)).toThrow(RangeError);
  });

  it("handles magnitudes String() prints in exponent form", () => {
    expect(roundHalfAwayFromZero(5e-7, 6)).toBe(0.000001);
    expect(roundHalfAwayFromZero(5e-7, 2)).toBe(0);
    expect(formatDecimal(3e-7, 2)).toBe("0");
    expect(formatDecimal(1e-9 * 100, 1)).toBe("0");
  });
});
