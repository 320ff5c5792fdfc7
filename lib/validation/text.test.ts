import { describe, expect, it } from "vitest";
import { isCalendarDate, isStorableText, text } from "./text";

describe("isStorableText", () => {
  it("refuses lone surrogates and NUL, accepts everything else", () => {
    expect(isStorableText("年度工作总结 😀 ok")).toBe(true);
    expect(isStorableText("a\uD800b")).toBe(false);
    expect(isStorableText("a\uDC00")).toBe(false);
    expect(isStorableText("\uD83D")).toBe(false);
    expect(isStorableText("a\u0000b")).toBe(false);
  });
  it("gives a message key through zod", () => {
    const r = text().max(5).safeParse("x\u0000");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe("textInvalidChars");
  });
});

describe("isCalendarDate", () => {
  it.each(["2025-12-31", "2024-02-29", "2026-01-01"])("accepts %s", (s) => expect(isCalendarDate(s)).toBe(true));
  it.each(["2025-13-45", "0000-00-00", "2082-02-30", "2025-02-29", "2025-04-31", "2025-00-10", "2025-1-1", "99999-01-01", ""])(
    "refuses %s",
    (s) => expect(isCalendarDate(s)).toBe(false),
  );
});
