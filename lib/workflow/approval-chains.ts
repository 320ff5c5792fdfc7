import "server-only";
import { db, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { assertCan, assertCanAnywhere, NotFoundError, unitIdsFor, type Actor } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";
import { auditChange } from "@/lib/audit/audit-change";
import { CHAIN_MAX_STEPS } from "@/lib/validation/workflow-schemas";
import { ancestorsOrSelf } from "./unit-tree";

// Admins configure each unit's approval chain (科室负责人 → 分管领导 → …). A change applies to the next
// submission: a report already in review keeps the steps copied when it was submitted.

const stepInclude = {
  approverUser: { select: { id: true, name: true } },
  approverUnit: { select: { id: true, name: true } },
} as const;

/** The units the actor configures chains for, each with its chain. */
export async function listChains(actor: Actor) {
  assertCanAnywhere(actor, "admin.chains");
  return db.unit.findMany({
    where: { id: { in: unitIdsFor(actor, "admin.chains") } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, chainSteps: { orderBy: { position: "asc" }, include: stepInclude } },
  });
}

/**
 * Who may be named in a unit's chain: leaders whose reach covers the unit (a LEADER membership in the unit
 * or above it), and the unit itself or a unit above it for "any leader of". Anyone else could never pass
 * the review permission check, and the report would hang at that step.
 */
async function approverOptions(client: typeof db | Tx, unitId: string) {
  const units = await client.unit.findMany({ select: { id: true, name: true, parentId: true } });
  const above = ancestorsOrSelf(units, unitId);
  const leaders = await client.user.findMany({
    where: { disabled: false, memberships: { some: { role: "LEADER", unitId: { in: above } } } },
    select: { id: true, name: true, email: true, memberships: { where: { role: "LEADER", unitId: { in: above } }, select: { unit: { select: { name: true } } } } },
    orderBy: { name: "asc" },
  });
  return {
    users: leaders.map((u) => ({ id: u.id, name: u.name, email: u.email, units: u.memberships.map((m) => m.unit.name) })),
    units: above.map((id) => units.find((u) => u.id === id)!).map((u) => ({ id: u.id, name: u.name })),
  };
}

/** One unit's chain and what can be added to it. */
export async function getChainEditor(actor: Actor, unitId: string) {
  const unit = await db.unit.findUnique({
    where: { id: unitId },
    select: { id: true, name: true, chainSteps: { orderBy: { position: "asc" }, include: stepInclude } },
  });
  if (!unit) throw new NotFoundError();
  assertCan(actor, "admin.chains", unit.id);
  return { unit, options: await approverOptions(db, unit.id) };
}

export async function addChainStep(
  input: { unitId: string; label: string; approverKind: "USER" | "UNIT_LEADER"; approverUserId: string | null; approverUnitId: string | null },
  ctx: ActionContext,
) {
  return db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true } });
    if (!unit) throw new NotFoundError();
    assertCan(ctx.actor, "admin.chains", unit.id);
    const options = await approverOptions(tx, unit.id);
    const userId = input.approverKind === "USER" ? input.approverUserId : null;
    const approverUnitId = input.approverKind === "UNIT_LEADER" ? input.approverUnitId : null;
    if (userId && !options.users.some((u) => u.id === userId)) throw new DomainError("reviewErrors.chainApproverInvalid");
    if (approverUnitId && !options.units.some((u) => u.id === approverUnitId)) throw new DomainError("reviewErrors.chainApproverInvalid");
    const count = await tx.approvalChainStep.count({ where: { unitId: unit.id } });
    if (count >= CHAIN_MAX_STEPS) throw new DomainError("reviewErrors.chainTooLong", { max: CHAIN_MAX_STEPS });
    const last = await tx.approvalChainStep.aggregate({ where: { unitId: unit.id }, _max: { position: true } });
    const step = await tx.approvalChainStep.create({
      data: {
        unitId: unit.id,
        position: (last._max.position ?? 0) + 1,
        label: input.label,
        approverKind: input.approverKind,
        approverUserId: userId,
        approverUnitId,
      },
    });
    await auditChange(tx, ctx, "chain.add", { type: "Unit", id: unit.id }, { stepId: step.id, position: step.position, label: step.label, approverKind: step.approverKind, approverUserId: userId, approverUnitId });
    return { id: step.id };
  });
}

/** Rewrites positions as 1…n in the given order (two passes, so the unique (unit, position) never clashes). */
async function renumber(tx: Tx, ids: string[]) {
  for (let i = 0; i < ids.length; i++) await tx.approvalChainStep.update({ where: { id: ids[i] }, data: { position: -(i + 1) } });
  for (let i = 0; i < ids.length; i++) await tx.approvalChainStep.update({ where: { id: ids[i] }, data: { position: i + 1 } });
}

async function requireStep(tx: Tx, ctx: ActionContext, stepId: string) {
  const step = await tx.approvalChainStep.findUnique({ where: { id: stepId } });
  if (!step) throw new NotFoundError();
  assertCan(ctx.actor, "admin.chains", step.unitId);
  return step;
}

export async function removeChainStep(input: { stepId: string }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const step = await requireStep(tx, ctx, input.stepId);
    await tx.approvalChainStep.delete({ where: { id: step.id } });
    const rest = await tx.approvalChainStep.findMany({ where: { unitId: step.unitId }, orderBy: { position: "asc" }, select: { id: true } });
    await renumber(tx, rest.map((r) => r.id));
    await auditChange(tx, ctx, "chain.remove", { type: "Unit", id: step.unitId }, { stepId: step.id, position: step.position, label: step.label });
    return { id: step.id };
  });
}

export async function moveChainStep(input: { stepId: string; direction: "up" | "down" }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const step = await requireStep(tx, ctx, input.stepId);
    const all = await tx.approvalChainStep.findMany({ where: { unitId: step.unitId }, orderBy: { position: "asc" }, select: { id: true } });
    const ids = all.map((s) => s.id);
    const at = ids.indexOf(step.id);
    const other = at + (input.direction === "up" ? -1 : 1);
    if (other < 0 || other >= ids.length) return { moved: false };
    [ids[at], ids[other]] = [ids[other], ids[at]];
    await renumber(tx, ids);
    await auditChange(tx, ctx, "chain.move", { type: "Unit", id: step.unitId }, { stepId: step.id, label: step.label, from: at + 1, to: other + 1 });
    return { moved: true };
  });
}
