import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { loadMessages } from "@/lib/i18n/load-messages";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/section-label";
import { notificationText, parseNotificationData } from "./notification-text";

/** Tries before a notification's e-mail is given up (FAILED); the in-app notification stays either way. */
export const EMAIL_MAX_TRIES = 3;

const globalForMail = globalThis as unknown as { summaMail?: Transporter };

function transporter(): Transporter | null {
  const e = env();
  if (!e.SUMMA_SMTP_HOST) return null;
  return (globalForMail.summaMail ??= nodemailer.createTransport({
    host: e.SUMMA_SMTP_HOST,
    port: e.SUMMA_SMTP_PORT,
    secure: e.SUMMA_SMTP_SECURE === "1",
    auth: e.SUMMA_SMTP_USER ? { user: e.SUMMA_SMTP_USER, pass: e.SUMMA_SMTP_PASSWORD ?? "" } : undefined,
    connectionTimeout: 10_000,
    socketTimeout: 20_000,
  }));
}

/** A claim older than this without SENT means the instance that claimed it stopped mid-send. */
export const EMAIL_CLAIM_STALE_MS = 10 * 60_000;

/**
 * Puts back e-mails whose sender instance stopped between claiming and recording the outcome (still SENDING
 * after EMAIL_CLAIM_STALE_MS), as PENDING, or FAILED once out of tries. Run by the scheduler's lease holder.
 * The price of not losing such a mail: if the instance died after the SMTP server took it, it goes out twice.
 */
export async function requeueStaleEmails(now = new Date()): Promise<number> {
  const stale = { emailState: "SENDING" as const, emailClaimedAt: { lt: new Date(now.getTime() - EMAIL_CLAIM_STALE_MS) } };
  await db.notification.updateMany({ where: { ...stale, emailTries: { gte: EMAIL_MAX_TRIES } }, data: { emailState: "FAILED" } });
  const { count } = await db.notification.updateMany({ where: stale, data: { emailState: "PENDING" } });
  return count;
}

/**
 * Sends the e-mail copies waiting in the outbox (emailState PENDING), oldest first. Each is claimed with a
 * conditional update (PENDING → SENDING) before it is sent, so with several app instances delivering at once
 * each mail goes out once. A failure puts it back as PENDING for the next try, and after EMAIL_MAX_TRIES it is
 * FAILED. E-mails are worded in the default language (zh-CN): the app does not know a recipient's language.
 */
export async function deliverPendingEmails(limit = 50): Promise<{ sent: number; failed: number }> {
  const transport = transporter();
  if (!transport) return { sent: 0, failed: 0 };
  const e = env();
  const pending = await db.notification.findMany({
    where: { emailState: "PENDING" },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true, kind: true, data: true, href: true, emailTries: true, user: { select: { email: true, name: true, disabled: true } } },
  });
  if (pending.length === 0) return { sent: 0, failed: 0 };
  const t = createTranslator({ locale: DEFAULT_LOCALE, messages: await loadMessages(DEFAULT_LOCALE) }) as unknown as Translator;
  let sent = 0;
  let failed = 0;
  for (const n of pending) {
    const claimed = await db.notification.updateMany({ where: { id: n.id, emailState: "PENDING" }, data: { emailState: "SENDING", emailTries: { increment: 1 }, emailClaimedAt: new Date() } });
    if (claimed.count === 0) continue; // another instance took it
    if (n.user.disabled) {
      await db.notification.update({ where: { id: n.id }, data: { emailState: "NONE" } });
      continue;
    }
    const text = notificationText(t, DEFAULT_LOCALE, { kind: n.kind, data: parseNotificationData(n.data) });
    const url = e.SUMMA_PUBLIC_URL ? new URL(n.href, e.SUMMA_PUBLIC_URL).toString() : n.href;
    try {
      await transport.sendMail({
        from: e.SUMMA_SMTP_FROM,
        to: { name: n.user.name, address: n.user.email },
        subject: t("notifications.email.subject", { text }),
        text: [text, "", t("notifications.email.open", { url }), "", t("notifications.email.footer")].join("\n"),
      });
      await db.notification.update({ where: { id: n.id }, data: { emailState: "SENT", emailedAt: new Date() } });
      sent++;
    } catch (err) {
      const giveUp = n.emailTries + 1 >= EMAIL_MAX_TRIES;
      await db.notification.update({ where: { id: n.id }, data: { emailState: giveUp ? "FAILED" : "PENDING" } });
      console.error(`[summa] e-mail for notification ${n.id} ${giveUp ? "failed" : "will be retried"}:`, (err as Error).message);
      failed++;
    }
  }
  return { sent, failed };
}
