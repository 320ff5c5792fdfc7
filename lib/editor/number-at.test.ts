import { describe, expect, it } from "vitest";
import { numberAt } from "./number-at";

describe("numberAt", () => {
  it("finds the number the caret touches or the selection covers", () => {
    const t = "开展宣讲86场，投资1,200.5万元";
    expect(numberAt(t, 6, 6)).toEqual({ start: 4, end: 6 });
    expect(numberAt(t, 4, 4)).toEqual({ start: 4, end: 6 });
    expect(numberAt(t, 4, 6)).toEqual({ start: 4, end: 6 });
    expect(numberAt(t, 4, 5)).toBeNull();
    expect(numberAt(t, 2, 2)).toBeNull();
    expect(numberAt(t, t.indexOf("万"), t.indexOf("万"))).toEqual({ start: t.indexOf("1"), end: t.indexOf("万") });
  });
  it("never offers a number inside a token", () => {
    expect(numberAt("共{{m:a1}}场", 6, 6)).toBeNull();
  });
});
