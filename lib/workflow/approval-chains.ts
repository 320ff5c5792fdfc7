import "server-only";
import { db, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { assertCan, assertCanAnywhere, NotFoundError, unitIdsFor, type Actor } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";
import { auditChange } from "@/lib/audit/audit-change";
import { CHAIN_MAX_APPROVERS, CHAIN_MAX_STEPS } from "@/lib/validation/workflow-schemas";
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
    select: { id: true, name: true, chainSteps: { orderBy: [{ position: "asc" }, { slot: "asc" }], include: stepInclude } },
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
    select: { id: true, name: true, chainSteps: { orderBy: [{ position: "asc" }, { slot: "asc" }], include: stepInclude } },
  });
  if (!unit) throw new NotFoundError();
  assertCan(actor, "admin.chains", unit.id);
  return { unit, options: await approverOptions(db, unit.id) };
}

/**
 * Adds a step at the end of the chain: one approver (a named leader, or any leader of a unit), or several
 * named leaders with the step's mode — 会签 (ALL: each must approve) or 或签 (ANY: one approval is enough).
 * Each approver is a slot row of the step (same position, label and mode).
 */
export async function addChainStep(
  input: {
    unitId: string;
    label: string;
    mode: "ALL" | "ANY";
    approverKind: "USER" | "UNIT_LEADER";
    approverUserId: string | null;
    approverUnitId: string | null;
    /** More named approvers of the same step (USER steps only). */
    coApproverUserIds: string[];
  },
  ctx: ActionContext,
) {
  return db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true } });
    if (!unit) throw new NotFoundError();
    assertCan(ctx.actor, "admin.chains", unit.id);
    const options = await approverOptions(tx, unit.id);
    const userIds = input.approverKind === "USER" ? [...new Set([input.approverUserId, ...input.coApproverUserIds].filter((x): x is string => !!x))] : [];
    const approverUnitId = input.approverKind === "UNIT_LEADER" ? input.approverUnitId : null;
    if (userIds.some((id) => !options.users.some((u) => u.id === id))) throw new DomainError("reviewErrors.chainApproverInvalid");
    if (approverUnitId && !options.units.some((u) => u.id === approverUnitId)) throw new DomainError("reviewErrors.chainApproverInvalid");
    if (userIds.length > CHAIN_MAX_APPROVERS) throw new DomainError("reviewErrors.chainTooManyApprovers", { max: CHAIN_MAX_APPROVERS });
    const positions = await tx.approvalChainStep.findMany({ where: { unitId: unit.id }, select: { position: true }, distinct: ["position"] });
    if (positions.length >= CHAIN_MAX_STEPS) throw new DomainError("reviewErrors.chainTooLong", { max: CHAIN_MAX_STEPS });
    const last = await tx.approvalChainStep.aggregate({ where: { unitId: unit.id }, _max: { position: true } });
    const position = (last._max.position ?? 0) + 1;
    // A single approver is stored as ALL (either mode means the same for one person).
    const mode = userIds.length > 1 ? input.mode : "ALL";
    const approvers =
      input.approverKind === "USER"
        ? userIds.map((id) => ({ approverKind: "USER" as const, approverUserId: id, approverUnitId: null }))
        : [{ approverKind: "UNIT_LEADER" as const, approverUserId: null, approverUnitId }];
    const rows = [];
    for (const [slot, a] of approvers.entries()) {
      rows.push(await tx.approvalChainStep.create({ data: { unitId: unit.id, position, slot, mode, label: input.label, ...a } }));
    }
    await auditChange(tx, ctx, "chain.add", { type: "Unit", id: unit.id }, {
      stepId: rows[0].id,
      position,
      label: input.label,
      mode,
      approverKind: input.approverKind,
      approverUserId: userIds[0] ?? null,
      approverUserIds: userIds,
      approverUnitId,
    });
    return { id: rows[0].id };
  });
}

/** The position groups of a unit's chain, in order, each as the ids of its slot rows. */
async function chainGroups(tx: Tx, unitId: string): Promise<string[][]> {
  const rows = await tx.approvalChainStep.findMany({ where: { unitId }, orderBy: [{ position: "asc" }, { slot: "asc" }], select: { id: true, position: true } });
  const groups: string[][] = [];
  let at: number | null = null;
  for (const r of rows) {
    if (r.position !== at) groups.push([]);
    at = r.position;
    groups[groups.length - 1].push(r.id);
  }
  return groups;
}

/** Rewrites positions as 1…n in the given order of steps (two passes, so the unique (unit, position, slot) never clashes). */
async function renumber(tx: Tx, groups: string[][]) {
  for (let i = 0; i < groups.length; i++) await tx.approvalChainStep.updateMany({ where: { id: { in: groups[i] } }, data: { position: -(i + 1) } });
  for (let i = 0; i < groups.length; i++) await tx.approvalChainStep.updateMany({ where: { id: { in: groups[i] } }, data: { position: i + 1 } });
}

async function requireStep(tx: Tx, ctx: ActionContext, stepId: string) {
  const step = await tx.approvalChainStep.findUnique({ where: { id: stepId } });
  if (!step) throw new NotFoundError();
  assertCan(ctx.actor, "admin.chains", step.unitId);
  return step;
}

/** Removes a whole step (all its approvers). */
export async function removeChainStep(input: { stepId: string }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const step = await requireStep(tx, ctx, input.stepId);
    await tx.approvalChainStep.deleteMany({ where: { unitId: step.unitId, position: step.position } });
    await renumber(tx, await chainGroups(tx, step.unitId));
    await auditChange(tx, ctx, "chain.remove", { type: "Unit", id: step.unitId }, { stepId: step.id, position: step.position, label: step.label });
    return { id: step.id };
  });
}

export async function moveChainStep(input: { stepId: string; direction: "up" | "down" }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const step = await requireStep(tx, ctx, input.stepId);
    const groups = await chainGroups(tx, step.unitId);
    const at = groups.findIndex((g) => g.includes(step.id));
    const other = at + (input.direction === "up" ? -1 : 1);
    if (other < 0 || other >= groups.length) return { moved: false };
    [groups[at], groups[other]] = [groups[other], groups[at]];
    await renumber(tx, groups);
    await auditChange(tx, ctx, "chain.move", { type: "Unit", id: step.unitId }, { stepId: step.id, label: step.label, from: at + 1, to: other + 1 });
    return { moved: true };
  });
}

/** Switches a step with several approvers between 会签 and 或签 (applies to the next submission). */
export async function setChainStepMode(input: { stepId: string; mode: "ALL" | "ANY" }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const step = await requireStep(tx, ctx, input.stepId);
    const { count } = await tx.approvalChainStep.updateMany({ where: { unitId: step.unitId, position: step.position }, data: { mode: input.mode } });
    await auditChange(tx, ctx, "chain.mode", { type: "Unit", id: step.unitId }, { stepId: step.id, position: step.position, label: step.label, from: step.mode, mode: input.mode, approvers: count });
    return { mode: input.mode };
  });
}
