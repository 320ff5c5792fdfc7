import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { assertCan, can, NotFoundError, type Actor } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";
import { auditChange } from "@/lib/audit/audit-change";
import { noticeAwaitingReview } from "@/lib/notifications/workflow-notices";
import { currentStep, slotsOf } from "./approval-steps";
import { drafterIds } from "./drafters";
import { ancestorsOrSelf } from "./unit-tree";

/**
 * Who a stuck step can be given to: active users with a LEADER role reaching the report's unit (so the
 * permission check at decision time lets them through), never a drafter of the report.
 */
export async function reassignCandidates(client: Db | Tx, report: { id: string; unitId: string; createdById: string }) {
  const units = await client.unit.findMany({ select: { id: true, parentId: true } });
  const above = ancestorsOrSelf(units, report.unitId);
  const drafters = await drafterIds(client, report);
  const people = await client.user.findMany({
    where: { disabled: false, memberships: { some: { role: "LEADER", unitId: { in: above } } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return people.filter((p) => !drafters.has(p.id));
}

/** For the report page: whom this admin could give the report's current step to (empty if they may not). */
export async function listReassignCandidates(actor: Actor, report: { id: string; unitId: string; createdById: string; status: string }) {
  if (report.status !== "IN_REVIEW" || !can(actor, "report.reassign", report.unitId)) return [];
  return reassignCandidates(db, report);
}

/**
 * An admin gives the current step of a report in review to another approver — the named one is away, or the
 * unit has nobody left who can act — with a reason. The step keeps its place and label and now names that
 * person; the report's revision moves on (a page showing the old approver's decision panel is refused); the
 * reason, the old and the new approver go in the audit trail; the new approver is notified.
 */
export async function reassignStep(input: { reportId: string; revision: number; userId: string; reason: string }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { id: input.reportId }, select: { id: true, unitId: true, status: true, revision: true, createdById: true } });
    if (!report) throw new NotFoundError();
    assertCan(ctx.actor, "report.reassign", report.unitId);
    if (report.status !== "IN_REVIEW") throw new DomainError("reviewErrors.notInReview");
    if (input.revision !== report.revision) throw new DomainError("reviewErrors.staleDecision");
    const steps = await tx.approvalStep.findMany({ where: { reportId: report.id } });
    // With several approvers (会签/或签) the first pending approver's part is the one given to someone else.
    const step = currentStep(steps);
    if (!step) throw new DomainError("reviewErrors.staleDecision");
    // Someone who already approved another part of this step cannot take a second one.
    if (slotsOf(steps, step).some((s) => s.decidedById === input.userId || s.onBehalfOfId === input.userId)) throw new DomainError("reviewErrors.reassignNotEligible");
    if (step.approverKind === "USER" && step.approverUserId === input.userId) throw new DomainError("reviewErrors.reassignSame");
    const candidates = await reassignCandidates(tx, report);
    const to = candidates.find((c) => c.id === input.userId);
    if (!to) throw new DomainError("reviewErrors.reassignNotEligible");
    const moved = await tx.approvalStep.updateMany({
      where: { id: step.id, decision: "PENDING" },
      data: { approverKind: "USER", approverUserId: to.id, approverUnitId: null },
    });
    const bumped = await tx.report.updateMany({ where: { id: report.id, status: "IN_REVIEW", revision: input.revision }, data: { revision: { increment: 1 } } });
    if (moved.count === 0 || bumped.count === 0) throw new DomainError("reviewErrors.staleDecision");
    await auditChange(tx, ctx, "report.reassign", { type: "Report", id: report.id, reportId: report.id }, {
      cycle: step.cycle,
      step: step.position,
      label: step.label,
      from: { kind: step.approverKind, userId: step.approverUserId, unitId: step.approverUnitId },
      to: to.id,
      toName: to.name,
      reason: input.reason,
    });
    await noticeAwaitingReview(tx, report, { approverKind: "USER", approverUserId: to.id, approverUnitId: null, label: step.label }, ctx.actor);
    return { step: step.position, to: to.name };
  });
}
