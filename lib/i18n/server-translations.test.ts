// The process-wide translators: the request's language, arguments formatted, and one translator (with its
// parsed messages) reused by the next request in the same language instead of being built again.
import { beforeEach, describe, expect, it, vi } from "vitest";

const request = { locale: "zh-CN" };
vi.mock("next-intl/server", () => ({ getLocale: async () => request.locale }));

describe("server translations", () => {
  beforeEach(() => {
    request.locale = "zh-CN";
  });

  it("translates in the request's language, with arguments", async () => {
    const { getTranslations } = await import("./server-translations");
    const zh = await getTranslations("errors");
    expect(zh("metricInUse", { count: 3 })).toContain("3");
    request.locale = "en";
    const en = await getTranslations("errors");
    expect(en("metricInUse", { count: 3 })).toBe("The text refers to this figure 3 times; remove those references first.");
    expect(zh("metricInUse", { count: 3 })).not.toBe(en("metricInUse", { count: 3 }));
  });

  it("reuses one translator per language and namespace across requests", async () => {
    const { getTranslations } = await import("./server-translations");
    const first = await getTranslations("errors");
    const again = await getTranslations("errors");
    expect(again).toBe(first);
    expect(await getTranslations()).not.toBe(first);
    request.locale = "en";
    expect(await getTranslations("errors")).not.toBe(first);
  });

  it("formats dates in Asia/Shanghai whatever the server's zone", async () => {
    const { getFormatter } = await import("./server-translations");
    request.locale = "en";
    const format = await getFormatter();
    // 2025-12-31 17:30 UTC is already 1 January in Shanghai.
    expect(format.dateTime(new Date("2025-12-31T17:30:00Z"), { year: "numeric", month: "numeric", day: "numeric" })).toBe("1/1/2026");
  });
});
