import "server-only";
import { db } from "@/lib/db";
import { NotFoundError, type Actor } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";
import { parseNotificationData } from "./notification-text";

// A user's own notifications: nobody reads, opens or marks another person's (someone else's id is not found).

export function countUnread(actor: Actor) {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

export async function listNotifications(actor: Actor, take = 100) {
  const rows = await db.notification.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, kind: true, data: true, href: true, readAt: true, createdAt: true },
  });
  return rows.map((r) => ({ ...r, data: parseNotificationData(r.data) }));
}

/** Marks one of the actor's notifications read and says where it leads. */
export async function openNotification(input: { id: string }, ctx: ActionContext): Promise<{ href: string }> {
  const n = await db.notification.findFirst({ where: { id: input.id, userId: ctx.actor.id }, select: { id: true, href: true, readAt: true } });
  if (!n) throw new NotFoundError();
  if (!n.readAt) await db.notification.updateMany({ where: { id: n.id, readAt: null }, data: { readAt: new Date() } });
  // Only a path of this app (never another site, even if a row were tampered with).
  return { href: n.href.startsWith("/") && !n.href.startsWith("//") ? n.href : "/notifications" };
}

/** Marks the given notifications of the actor's read (all of them when `ids` is empty). */
export async function markNotificationsRead(input: { ids: string[] }, ctx: ActionContext): Promise<{ count: number }> {
  const { count } = await db.notification.updateMany({
    where: { userId: ctx.actor.id, readAt: null, ...(input.ids.length ? { id: { in: input.ids } } : {}) },
    data: { readAt: new Date() },
  });
  return { count };
}
