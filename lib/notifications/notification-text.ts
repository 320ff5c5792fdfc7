import type { Translator } from "@/lib/i18n/section-label";
import { notificationMessageKey, notificationValues, type NotificationKind } from "./kinds";

/**
 * A notification in words, in the reader's language: its kind's message with its values; the deadline as a
 * date in China time; a missing actor (the scheduler) as "系统".
 */
export function notificationText(t: Translator, locale: string, n: { kind: NotificationKind; data: Record<string, unknown> }): string {
  const values = notificationValues(n.data);
  if (values.deadline) {
    const d = new Date(values.deadline);
    if (!Number.isNaN(d.getTime())) values.deadline = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Asia/Shanghai" }).format(d);
  }
  if (!values.actor) values.actor = t("notifications.system");
  return t(notificationMessageKey(n.kind, n.data), values);
}

export function parseNotificationData(data: string): Record<string, unknown> {
  try {
    const v = JSON.parse(data);
    return v && typeof v === "object" && !Array.isArray(v) ? v : {};
  } catch {
    return {};
  }
}
