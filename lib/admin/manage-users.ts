import "server-only";
import { db, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { assertCan, can, NotFoundError, type Actor } from "@/lib/permissions";
import { hashPassword } from "@/lib/auth/password";
import { auditChange } from "@/lib/audit/audit-change";
import type { ActionContext } from "@/lib/domain/action-context";

type Role = "STAFF" | "LEADER" | "ADMIN";

// An admin manages the people of the units they administer. Every change takes effect on the person's next
// request (the session is checked against the database), and is an audit event.

/** The user, if at least one of their memberships lies in a unit the admin manages; else not found. */
async function managedUser(tx: Tx, actor: Actor, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, include: { memberships: true } });
  if (!user || !user.memberships.some((m) => can(actor, "admin.users", m.unitId))) throw new NotFoundError();
  return user;
}

export async function setUserDisabled(input: { userId: string; disabled: boolean }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    await managedUser(tx, ctx.actor, input.userId);
    if (input.userId === ctx.actor.id) throw new DomainError("cannotDisableSelf");
    // Disabling also ends every open session (their rows go), so enabling again does not revive them.
    await tx.user.update({
      where: { id: input.userId },
      data: input.disabled ? { disabled: true, sessionsRevokedAt: new Date() } : { disabled: false },
    });
    if (input.disabled) await tx.userSession.deleteMany({ where: { userId: input.userId } });
    await auditChange(tx, ctx, input.disabled ? "admin.user_disable" : "admin.user_enable", { type: "User", id: input.userId });
    return { disabled: input.disabled };
  });
}

export async function addMembership(input: { userId: string; unitId: string; role: Role }, ctx: ActionContext) {
  assertCan(ctx.actor, "admin.users", input.unitId);
  return db.$transaction(async (tx) => {
    await managedUser(tx, ctx.actor, input.userId);
    const exists = await tx.membership.findUnique({ where: { userId_unitId_role: input } });
    if (exists) throw new DomainError("membershipExists");
    const m = await tx.membership.create({ data: input });
    await auditChange(tx, ctx, "admin.membership_add", { type: "User", id: input.userId }, { unitId: input.unitId, role: input.role });
    return { id: m.id };
  });
}

export async function removeMembership(input: { membershipId: string }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const m = await tx.membership.findUnique({ where: { id: input.membershipId } });
    if (!m) throw new NotFoundError();
    assertCan(ctx.actor, "admin.users", m.unitId);
    // An admin removing their own admin role could lock everyone out of administration.
    if (m.userId === ctx.actor.id && m.role === "ADMIN") throw new DomainError("cannotRemoveOwnAdmin");
    await tx.membership.delete({ where: { id: m.id } });
    await auditChange(tx, ctx, "admin.membership_remove", { type: "User", id: m.userId }, { unitId: m.unitId, role: m.role });
    return { id: m.id };
  });
}

export async function createUser(
  input: { email: string; name: string; password: string; unitId: string; role: Role },
  ctx: ActionContext,
) {
  assertCan(ctx.actor, "admin.users", input.unitId);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email } })) throw new DomainError("emailTaken", { email: input.email });
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, passwordHash, memberships: { create: { unitId: input.unitId, role: input.role } } },
    });
    await auditChange(tx, ctx, "admin.user_create", { type: "User", id: user.id }, { email: input.email, unitId: input.unitId, role: input.role });
    return { id: user.id };
  });
}
