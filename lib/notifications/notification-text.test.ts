import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { notificationText } from "./notification-text";
import { NOTIFICATION_KINDS } from "./kinds";
import type { Translator } from "@/lib/i18n/section-label";

const load = (locale: string) => JSON.parse(readFileSync(path.join(__dirname, `../i18n/messages/notifications.${locale}.json`), "utf8"));
const t = (locale: "zh-CN" | "en") => createTranslator({ locale, messages: load(locale) }) as unknown as Translator;

describe("notification text", () => {
  it("words a by-hand reminder with the deadline as a China date", () => {
    const data = { actor: "秦川", unit: "文澜社区", round: "2046年度总结", deadline: "2047-01-15T16:30:00.000Z" };
    // 16:30 UTC is already the 16th in China.
    expect(notificationText(t("zh-CN"), "zh-CN", { kind: "REMINDER", data })).toBe("秦川催报：文澜社区的《2046年度总结》尚未提交，截止日期 2047年1月16日。");
    expect(notificationText(t("en"), "en", { kind: "REMINDER", data })).toBe("秦川 sent a reminder: 文澜社区 has not submitted “2046年度总结”; the deadline is January 16, 2047.");
  });

  it("words a scheduled reminder as from the system, with the days left", () => {
    const text = notificationText(t("zh-CN"), "zh-CN", { kind: "REMINDER", data: { auto: 1, days: 3, unit: "东湖社区", round: "R", deadline: "2047-01-15T00:00:00Z", actor: null } });
    expect(text).toBe("提醒：东湖社区的《R》尚未提交，距截止日期（2047年1月15日）不足 3 天。");
  });

  it("has words for every kind in both languages, even with values missing", () => {
    for (const locale of ["zh-CN", "en"] as const)
      for (const kind of NOTIFICATION_KINDS) {
        const text = notificationText(t(locale), locale, { kind, data: {} });
        expect(text.length).toBeGreaterThan(5);
        expect(text).not.toContain("notifications.");
      }
  });
});
