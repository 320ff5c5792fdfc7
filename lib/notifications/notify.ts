import "server-only";
import type { Db, Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { after } from "next/server";
import type { NotificationKind } from "./kinds";
import { deliverPendingEmails } from "./deliver-email";

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  href: string;
  reportId?: string | null;
  roundId?: string | null;
  /** The values its message uses (report title, unit, who, step …): words are made when it is shown. */
  data?: Record<string, string | number | null>;
}

/** Whether e-mail copies go out (an SMTP host is configured). */
export function emailEnabled(): boolean {
  return !!env().SUMMA_SMTP_HOST;
}

/**
 * Writes notifications in the caller's transaction, so they exist exactly when the event that causes them
 * does (a refused or rolled-back decision notifies nobody). One per person: duplicates in `rows` (someone who
 * is both a drafter and an approver's unit leader …) and the actor themself are dropped. With SMTP configured
 * each is also queued for e-mail (emailState PENDING), sent after the commit by deliverPendingEmails.
 */
export async function notify(tx: Tx | Db, rows: readonly NewNotification[], opts: { except?: string | null } = {}): Promise<number> {
  const seen = new Set<string>();
  const keep = rows.filter((r) => {
    const key = `${r.userId}\u0000${r.kind}\u0000${r.reportId ?? ""}\u0000${r.roundId ?? ""}`;
    if (r.userId === opts.except || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (keep.length === 0) return 0;
  const emailState = emailEnabled() ? "PENDING" : "NONE";
  await tx.notification.createMany({
    data: keep.map((r) => ({
      userId: r.userId,
      kind: r.kind,
      href: r.href,
      reportId: r.reportId ?? null,
      roundId: r.roundId ?? null,
      data: JSON.stringify(r.data ?? {}),
      emailState,
    })),
  });
  if (emailState === "PENDING") requestDelivery();
  return keep.length;
}

/** The active staff of a unit: who drafts its report, so who is told it was sent back, approved or is owed. */
export async function unitDrafters(tx: Tx | Db, unitId: string): Promise<{ id: string; name: string }[]> {
  return tx.user.findMany({
    where: { disabled: false, memberships: { some: { unitId, role: "STAFF" } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/**
 * Sends the queued e-mails once the current request has answered (its transaction has committed by then).
 * Outside a request (the scheduler) there is nothing to wait for: the scheduler delivers after its work.
 */
function requestDelivery() {
  try {
    after(() => deliverPendingEmails().then(() => undefined, (e) => console.error("[summa] e-mail delivery:", e)));
  } catch {
    // not in a request scope
  }
}
