import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { buildActor, can, canAnywhere, NotFoundError, ForbiddenError, unitIdsFor, type Actor } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";
import { auditChange } from "@/lib/audit/audit-change";
import { delegationActive, delegationPhase, delegationRefusal, shanghaiDay } from "./delegation-rules";

// 委托审批: a leader who is away names a delegate for some days; meanwhile the delegate sees the leader's
// pending steps in their inbox and decides them, recorded as "X 代 Y". The rules are in delegation-rules.ts
// (pure); this module reads and writes the rows, each change audited.

/**
 * The leaders who named `userId` their delegate for today, as Actors of their own (their memberships,
 * built without delegations, so a delegate's rights are never passed on). Disabled leaders grant nothing.
 */
export async function activePrincipals(
  client: Db | Tx,
  userId: string,
  now = new Date(),
  units?: readonly { id: string; parentId: string | null }[],
): Promise<Actor[]> {
  const today = shanghaiDay(now);
  // Read on every request (getActor) and almost always empty: one query without relations answers that
  // (with them, Prisma sent two more for the users and memberships of no rows).
  const rows = await client.delegation.findMany({
    where: { toUserId: userId, cancelledAt: null, startDay: { lte: today }, endDay: { gte: today }, fromUser: { disabled: false } },
    select: { fromUserId: true, startDay: true, endDay: true, cancelledAt: true },
  });
  const fromIds = [...new Set(rows.filter((r) => delegationActive(r, now) && r.fromUserId !== userId).map((r) => r.fromUserId))];
  if (fromIds.length === 0) return [];
  const [leaders, tree] = await Promise.all([
    client.user.findMany({
      where: { id: { in: fromIds }, disabled: false },
      select: { id: true, name: true, email: true, memberships: { select: { unitId: true, role: true } } },
    }),
    units ?? client.unit.findMany({ select: { id: true, parentId: true } }),
  ]);
  return fromIds.flatMap((fromId) => {
    const leader = leaders.find((u) => u.id === fromId);
    if (!leader) return [];
    const { memberships, ...user } = leader;
    return [buildActor(user, memberships, tree)];
  });
}

/** Whether the actor may name or cancel delegations for `fromUserId`: the leader themselves, or an admin over one of their LEADER units. */
async function mayManageFor(client: Db | Tx, actor: Actor, fromUserId: string): Promise<boolean> {
  if (fromUserId === actor.id) return canAnywhere(actor, "review.delegate");
  const leads = await client.membership.findMany({ where: { userId: fromUserId, role: "LEADER" }, select: { unitId: true } });
  return leads.some((m) => can(actor, "admin.delegations", m.unitId));
}

const rowSelect = {
  id: true,
  startDay: true,
  endDay: true,
  createdAt: true,
  cancelledAt: true,
  fromUser: { select: { id: true, name: true } },
  toUser: { select: { id: true, name: true } },
} as const;

/**
 * The delegation page: what the signed-in person gave and received, and — for admins — the delegations of
 * the leaders in their units, with whom they may name (as leader, or for a leader as admin).
 */
export async function getDelegationPage(actor: Actor, now = new Date()) {
  const isLeader = canAnywhere(actor, "review.delegate");
  const adminUnits = unitIdsFor(actor, "admin.delegations");
  if (!isLeader && adminUnits.length === 0 && !(await db.delegation.count({ where: { toUserId: actor.id } }))) throw new NotFoundError();
  const leaders =
    adminUnits.length > 0
      ? await db.user.findMany({
          where: { disabled: false, memberships: { some: { role: "LEADER", unitId: { in: adminUnits } } } },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        })
      : [];
  const [given, received, managed, people] = await Promise.all([
    db.delegation.findMany({ where: { fromUserId: actor.id }, select: rowSelect, orderBy: { createdAt: "desc" } }),
    db.delegation.findMany({ where: { toUserId: actor.id }, select: rowSelect, orderBy: { createdAt: "desc" } }),
    leaders.length > 0
      ? db.delegation.findMany({ where: { fromUserId: { in: leaders.map((l) => l.id) }, NOT: { fromUserId: actor.id } }, select: rowSelect, orderBy: { createdAt: "desc" } })
      : [],
    db.user.findMany({ where: { disabled: false, memberships: { some: {} } }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } }),
  ]);
  const withPhase = <T extends { startDay: string; endDay: string; cancelledAt: Date | null }>(rows: T[]) => rows.map((r) => ({ ...r, phase: delegationPhase(r, now) }));
  return {
    today: shanghaiDay(now),
    isLeader,
    given: withPhase(given),
    received: withPhase(received),
    managed: withPhase(managed),
    /** For an admin: the leaders they may name a delegate for (themselves aside). */
    leaders: leaders.filter((l) => l.id !== actor.id),
    /** Whom a delegate may be: any active member of a unit. */
    people,
  };
}

export async function createDelegation(input: { fromUserId: string | null; toUserId: string; startDay: string; endDay: string }, ctx: ActionContext, now = new Date()) {
  const fromUserId = input.fromUserId ?? ctx.actor.id;
  return db.$transaction(async (tx) => {
    const [from, to] = await Promise.all([
      tx.user.findUnique({ where: { id: fromUserId }, select: { id: true, name: true, disabled: true, memberships: { where: { role: "LEADER" }, select: { unitId: true } } } }),
      tx.user.findUnique({ where: { id: input.toUserId }, select: { id: true, name: true, disabled: true } }),
    ]);
    if (!from) throw new NotFoundError();
    if (!(await mayManageFor(tx, ctx.actor, from.id))) {
      if (from.id === ctx.actor.id || !canAnywhere(ctx.actor, "admin.delegations")) throw new NotFoundError();
      throw new ForbiddenError("admin.delegations");
    }
    const refusal = delegationRefusal({
      fromId: from.id,
      toId: input.toUserId,
      fromIsLeader: from.memberships.length > 0,
      toIsActive: !!to && !to.disabled,
      startDay: input.startDay,
      endDay: input.endDay,
      now,
    });
    if (refusal) throw new DomainError(refusal);
    const row = await tx.delegation.create({
      data: { fromUserId: from.id, toUserId: to!.id, startDay: input.startDay, endDay: input.endDay, createdById: ctx.actor.id },
    });
    await auditChange(tx, ctx, "delegation.create", { type: "Delegation", id: row.id }, {
      from: from.id,
      fromName: from.name,
      to: to!.id,
      toName: to!.name,
      startDay: row.startDay,
      endDay: row.endDay,
    });
    return { id: row.id };
  });
}

/** Cancelling keeps the row (and the record of what it granted); a second cancel changes nothing and says so. */
export async function cancelDelegation(input: { delegationId: string }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const row = await tx.delegation.findUnique({ where: { id: input.delegationId }, include: { fromUser: { select: { name: true } }, toUser: { select: { name: true } } } });
    if (!row) throw new NotFoundError();
    if (!(await mayManageFor(tx, ctx.actor, row.fromUserId))) throw new NotFoundError();
    const { count } = await tx.delegation.updateMany({ where: { id: row.id, cancelledAt: null }, data: { cancelledAt: new Date(), cancelledById: ctx.actor.id } });
    if (count === 0) throw new DomainError("reviewErrors.delegationCancelled");
    await auditChange(tx, ctx, "delegation.cancel", { type: "Delegation", id: row.id }, {
      from: row.fromUserId,
      fromName: row.fromUser.name,
      to: row.toUserId,
      toName: row.toUser.name,
      startDay: row.startDay,
      endDay: row.endDay,
    });
    return { id: row.id };
  });
}
