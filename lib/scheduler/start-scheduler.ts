import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { db } from "@/lib/db";
import { env, reminderDaysBefore } from "@/lib/env";
import { deliverPendingEmails, requeueStaleEmails } from "@/lib/notifications/deliver-email";
import { claimLease } from "./lease";
import { sendDeadlineReminders } from "./deadline-reminders";

export const SCHEDULER_LEASE = "scheduler";

const globalForScheduler = globalThis as unknown as { summaScheduler?: { timer: NodeJS.Timeout; holder: string } };

/**
 * Starts this instance's scheduler (once per process; from instrumentation.ts). Every tick, the instance that
 * holds the lease (claimed for two intervals, renewed each tick; see lease.ts) sends the deadline reminders that
 * are due and requeues e-mails a stopped instance left half-sent; every instance delivers queued e-mails (each
 * claimed row by row). With several instances, one holds
 * the lease while it keeps ticking; if it stops, another takes over once the lease has expired, and a reminder
 * already sent is not sent again (ReminderSent's unique key, in the same transaction as the notifications).
 */
export function startScheduler(): void {
  const seconds = env().SUMMA_SCHEDULER_INTERVAL_SECONDS;
  if (seconds === 0 || globalForScheduler.summaScheduler) return;
  const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const intervalMs = seconds * 1000;
  let running = false;
  const tick = async () => {
    if (running) return; // a slow tick (SMTP timeout) is not overlapped by the next one
    running = true;
    try {
      if (await claimLease(db, SCHEDULER_LEASE, holder, intervalMs * 2)) {
        await sendDeadlineReminders(new Date(), reminderDaysBefore());
        await requeueStaleEmails();
      }
      await deliverPendingEmails();
    } catch (e) {
      console.error("[summa] scheduler tick failed:", e);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  setTimeout(tick, Math.min(intervalMs, 2000)).unref();
  // No signal handlers here (they would replace the server's own shutdown): a stopped instance's lease simply
  // expires after two intervals and another instance takes over.
  globalForScheduler.summaScheduler = { timer, holder };
}
