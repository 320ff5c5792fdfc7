import "server-only";
import { db } from "@/lib/db";
import { assertCan, NotFoundError, type Actor } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";

/** How long after their last heartbeat someone still counts as having the editor open (the editor beats every 15 s). */
export const PRESENCE_WINDOW_MS = 45_000;

export interface PresentUser {
  id: string;
  name: string;
}

/**
 * Presence is for the people who may edit the report: the report must be in the actor's reach (404
 * otherwise, like every other report lookup) and the actor one of its drafters (report.edit on its unit).
 * Deliberately not requireEditableReport: that bumps the report's updatedAt (its "last edited" time) and
 * takes its row lock, which a heartbeat every 15 s per open editor must not do.
 */
async function requirePresenceAccess(actor: Actor, reportId: string) {
  const report = await db.report.findUnique({ where: { id: reportId }, select: { unitId: true } });
  if (!report) throw new NotFoundError();
  assertCan(actor, "report.edit", report.unitId);
}

/**
 * The editor's heartbeat: records that the actor has this report open now and returns the other people
 * whose editor has beaten within the presence window, sorted by name. The row lives in the database, so
 * every app instance sees everyone.
 *
 * No audit event: a heartbeat changes nothing in the record, and one event per open editor every 15 s
 * would flood the hash chain and bury the changes the audit trail is there to show.
 */
export async function heartbeatPresence(input: { reportId: string }, ctx: ActionContext): Promise<PresentUser[]> {
  const { actor } = ctx;
  await requirePresenceAccess(actor, input.reportId);
  const now = new Date();
  const key = { reportId_userId: { reportId: input.reportId, userId: actor.id } };
  try {
    await db.editorPresence.upsert({
      where: key,
      create: { reportId: input.reportId, userId: actor.id, seenAt: now },
      update: { seenAt: now },
    });
  } catch (e) {
    // Two tabs of the same user beating at once can both try the insert; the loser just refreshes the row.
    if ((e as { code?: string }).code !== "P2002") throw e;
    await db.editorPresence.update({ where: key, data: { seenAt: now } });
  }
  const rows = await db.editorPresence.findMany({
    where: {
      reportId: input.reportId,
      userId: { not: actor.id },
      seenAt: { gte: new Date(now.getTime() - PRESENCE_WINDOW_MS) },
      user: { disabled: false },
    },
    select: { user: { select: { id: true, name: true } } },
  });
  // Sorted here rather than by the database, whose collation of Chinese names differs between engines.
  return rows.map((r) => r.user).sort((a, b) => a.name.localeCompare(b.name, "zh-CN") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The editor was closed: removes the actor's own presence row (a no-op when there is none). */
export async function leavePresence(input: { reportId: string }, ctx: ActionContext): Promise<null> {
  await requirePresenceAccess(ctx.actor, input.reportId);
  await db.editorPresence.deleteMany({ where: { reportId: input.reportId, userId: ctx.actor.id } });
  return null;
}
