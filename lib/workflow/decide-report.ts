import "server-only";
import type { z } from "zod";
import type { ZDecideReportSchema } from "@/lib/validation/workflow-schemas";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { can, ForbiddenError, NotFoundError } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";
import { auditChange } from "@/lib/audit/audit-change";
import { freezeVersion } from "@/lib/versions/freeze-version";
import { isLastStep, slotFor, slotsOf, stepComplete } from "./approval-steps";
import { activePrincipals } from "./delegations";
import { decisionRefusal } from "./decision-guard";
import { drafterIds } from "./drafters";
import { requireTransition } from "./transitions";
import { noticeAwaitingReview, noticeDrafters } from "@/lib/notifications/workflow-notices";

/**
 * What a reviewer decides, as the schema the action parses gives it: the report's revision as their page
 * showed it (they decide on what they saw), approve or return, and the 审批意见 (optional when approving,
 * the required reason when sending back).
 */
export type DecideInput = z.output<typeof ZDecideReportSchema>;

/**
 * An approver of the current step approves or sends back — themselves, or as the delegate of a leader who
 * named them for today (recorded as "X 代 Y": decidedBy X, onBehalfOf Y). A step has one slot per approver:
 * - 会签 (ALL): an approval fills the approver's slot; the step completes when the last slot is approved;
 * - 或签 (ANY): the first approval completes the step and the other slots are superseded;
 * - a return by any approver sends the whole submission back (every pending slot superseded).
 * Only a decision that moves the report on (a completed step, or a return) bumps the revision; an approval
 * that leaves a 会签 step waiting for others does not, so co-approvers deciding at once both count.
 *
 * Races: the transaction first takes the report row's write lock (an update of it), and reads the report
 * and its steps only after that, so the decisions on one report run one after the other and each sees what
 * the one before committed: in a 会签 step the second approval finds the first and completes the step —
 * exactly once; in a 或签 step the second finds the step completed and the revision moved on, and is told
 * "someone else decided, reload". (PostgreSQL: the second update waits for the first transaction's row
 * lock, and READ COMMITTED reads after it see its commit; SQLite serialises write transactions.) Every
 * write is still conditional (status + revision, slot still PENDING) and counted.
 */
export async function decideReport(input: DecideInput, ctx: ActionContext, now = new Date()) {
  const { actor } = ctx;
  return db.$transaction(async (tx) => {
    const locked = await tx.report.updateMany({ where: { id: input.reportId }, data: { updatedAt: now } });
    if (locked.count === 0) throw new NotFoundError();
    const report = await tx.report.findUniqueOrThrow({
      where: { id: input.reportId },
      select: { id: true, unitId: true, status: true, revision: true, createdById: true, documentDate: true },
    });
    const steps = await tx.approvalStep.findMany({ where: { reportId: report.id } });
    const principals = await activePrincipals(tx, actor.id, now);
    const match = report.status === "IN_REVIEW" ? slotFor(steps, { ...actor, actingFor: principals }) : null;
    const acting = match?.onBehalfOf ? (principals.find((p) => p.id === match.onBehalfOf!.id) ?? null) : null;
    const drafters = await drafterIds(tx, report);
    const principalReviews = principals.some((p) => can(p, "report.review", report.unitId));
    const refusal = decisionRefusal({
      canView: can(actor, "report.view", report.unitId) || can(actor, "admin.view", report.unitId) || principalReviews,
      canReview: acting ? can(acting, "report.review", report.unitId) : can(actor, "report.review", report.unitId) || principalReviews,
      status: report.status,
      revisionMatches: input.revision === report.revision,
      isCurrentApprover: match !== null,
      // Separation of duties for everyone in the decision: the person clicking, and the leader they stand in for.
      isDrafter: drafters.has(actor.id) || (acting !== null && drafters.has(acting.id)),
    });
    if (refusal === "notFound") throw new NotFoundError();
    if (refusal === "forbidden") throw new ForbiddenError("report.review");
    if (refusal) throw new DomainError(refusal);
    const slot = match!.slot;
    const text = input.text.trim();
    if (input.decision === "return" && !text) throw new DomainError("reviewErrors.reasonRequired");

    const approve = input.decision === "approve";
    const slots = slotsOf(steps, slot);
    const completes = approve && stepComplete(slots.map((s) => (s.id === slot.id ? { ...s, decision: "APPROVED" as const } : s)));
    const last = isLastStep(steps, slot);
    const to = requireTransition(report.status, input.decision, { lastStep: completes && last });
    // A 会签 approval that leaves others to approve moves nothing on: same status and revision.
    const movesOn = !approve || completes;
    const { count } = await tx.report.updateMany({
      where: { id: report.id, status: "IN_REVIEW", revision: input.revision },
      data: movesOn
        ? { status: to, revision: { increment: 1 }, ...(approve ? {} : { returnReason: text, returnKind: "RETURNED" as const }) }
        : { updatedAt: now },
    });
    if (count === 0) throw new DomainError("reviewErrors.staleDecision");

    const version = await freezeVersion(tx, {
      reportId: report.id,
      reason: approve ? "APPROVED" : "RETURNED",
      createdById: actor.id,
      note: text || null,
    });
    const decided = await tx.approvalStep.updateMany({
      where: { id: slot.id, decision: "PENDING" },
      data: {
        decision: approve ? "APPROVED" : "RETURNED",
        opinion: text || null,
        decidedById: actor.id,
        onBehalfOfId: acting?.id ?? null,
        decidedAt: now,
        versionId: version.id,
      },
    });
    if (decided.count === 0) throw new DomainError("reviewErrors.staleDecision");

    if (!approve) {
      // The other slots of this step and the steps after it will never be reached in this submission.
      await tx.approvalStep.updateMany({
        where: { reportId: report.id, cycle: slot.cycle, decision: "PENDING" },
        data: { decision: "SUPERSEDED" },
      });
    } else if (completes) {
      // 或签: the others' slots of the step are no longer needed.
      await tx.approvalStep.updateMany({
        where: { reportId: report.id, cycle: slot.cycle, position: slot.position, decision: "PENDING" },
        data: { decision: "SUPERSEDED" },
      });
      if (last) {
        await tx.report.update({
          where: { id: report.id },
          // The document is dated the day it was approved unless the drafters set a date.
          data: { approvedHash: version.hash, approvedVersionId: version.id, documentDate: report.documentDate ?? now },
        });
      }
    }
    await auditChange(tx, ctx, approve ? "report.approve" : "report.return", { type: "Report", id: report.id, reportId: report.id }, {
      cycle: slot.cycle,
      step: slot.position,
      slot: slot.slot,
      mode: slot.mode,
      label: slot.label,
      /** The step is done with this decision (always, except a 会签 approval that leaves others to approve). */
      stepComplete: completes,
      final: completes && last,
      version: version.number,
      hash: version.hash,
      ...(acting ? { onBehalfOf: acting.id, onBehalfOfName: acting.name } : {}),
      ...(text ? { text } : {}),
    });
    if (!approve) await noticeDrafters(tx, report, "RETURNED", actor);
    else if (completes && last) await noticeDrafters(tx, report, "APPROVED", actor);
    else if (completes) {
      const next = slotsOf(steps, { cycle: slot.cycle, position: slot.position + 1 });
      if (next.length > 0) await noticeAwaitingReview(tx, report, next, actor);
    }
    return { status: to, version: version.number, stepComplete: completes, onBehalfOf: acting?.name ?? null };
  });
}
