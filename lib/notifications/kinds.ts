// Kinds of notification (the Prisma enum's values), shared with client components without importing Prisma.
export const NOTIFICATION_KINDS = ["REMINDER", "AWAITING_REVIEW", "RETURNED", "APPROVED", "REOPENED", "COMMENT"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The message key of a notification's text ("notifications.kind.RETURNED"); REMINDER has a by-hand and a scheduled wording. */
export function notificationMessageKey(kind: NotificationKind, data: Record<string, unknown>): string {
  if (kind === "REMINDER" && data.auto) return "notifications.kind.REMINDER_AUTO";
  return `notifications.kind.${kind}`;
}

/** The values a notification's message may use, as strings (a missing one is an empty string, never an error). */
export function notificationValues(data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ["report", "unit", "actor", "step", "round", "days", "deadline"]) {
    const v = data[k];
    out[k] = typeof v === "string" || typeof v === "number" ? String(v) : "";
  }
  return out;
}
