import "server-only";
import type { z } from "zod";
import type { ZDecideReportSchema } from "@/lib/validation/workflow-schemas";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { can, ForbiddenError, NotFoundError } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";
import { auditChange } from "@/lib/audit/audit-change";
import { freezeVersion } from "@/lib/versions/freeze-version";
import { currentStep, isLastStep, isStepApprover } from "./approval-steps";
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
 * The current step's approver approves or sends back. Exactly one decision is recorded however many
 * people click at once: the report row is updated only where its status and revision are still those the
 * checks saw (count = 0 → "someone else decided, reload"), and the step only while it is still PENDING.
 * On PostgreSQL the second update waits for the first transaction's row lock and then finds the revision
 * changed; on SQLite transactions are serialised, so the second one's checks already see the new revision.
 */
export async function decideReport(input: DecideInput, ctx: ActionContext) {
  const { actor } = ctx;
  return db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({
      where: { id: input.reportId },
      select: { id: true, unitId: true, status: true, revision: true, createdById: true, documentDate: true },
    });
    if (!report) throw new NotFoundError();
    const steps = await tx.approvalStep.findMany({ where: { reportId: report.id } });
    const step = currentStep(steps);
    const drafters = await drafterIds(tx, report);
    const refusal = decisionRefusal({
      canView: can(actor, "report.view", report.unitId) || can(actor, "admin.view", report.unitId),
      canReview: can(actor, "report.review", report.unitId),
      status: report.status,
      revisionMatches: input.revision === report.revision,
      isCurrentApprover: step !== null && isStepApprover(step, actor),
      isDrafter: drafters.has(actor.id),
    });
    if (refusal === "notFound") throw new NotFoundError();
    if (refusal === "forbidden") throw new ForbiddenError("report.review");
    if (refusal) throw new DomainError(refusal);
    const current = step!;
    const text = input.text.trim();
    if (input.decision === "return" && !text) throw new DomainError("reviewErrors.reasonRequired");

    const last = isLastStep(steps, current);
    const to = requireTransition(report.status, input.decision, { lastStep: last });
    const { count } = await tx.report.updateMany({
      where: { id: report.id, status: "IN_REVIEW", revision: input.revision },
      data: { status: to, revision: { increment: 1 }, ...(input.decision === "return" ? { returnReason: text, returnKind: "RETURNED" as const } : {}) },
    });
    if (count === 0) throw new DomainError("reviewErrors.staleDecision");

    const version = await freezeVersion(tx, {
      reportId: report.id,
      reason: input.decision === "approve" ? "APPROVED" : "RETURNED",
      createdById: actor.id,
      note: text || null,
    });
    const decided = await tx.approvalStep.updateMany({
      where: { id: current.id, decision: "PENDING" },
      data: {
        decision: input.decision === "approve" ? "APPROVED" : "RETURNED",
        opinion: text || null,
        decidedById: actor.id,
        decidedAt: new Date(),
        versionId: version.id,
      },
    });
    if (decided.count === 0) throw new DomainError("reviewErrors.staleDecision");

    if (input.decision === "return") {
      // The steps after this one will never be reached in this submission.
      await tx.approvalStep.updateMany({
        where: { reportId: report.id, cycle: current.cycle, decision: "PENDING" },
        data: { decision: "SUPERSEDED" },
      });
    } else if (last) {
      await tx.report.update({
        where: { id: report.id },
        // The document is dated the day it was approved unless the drafters set a date.
        data: { approvedHash: version.hash, approvedVersionId: version.id, documentDate: report.documentDate ?? new Date() },
      });
    }
    await auditChange(tx, ctx, input.decision === "approve" ? "report.approve" : "report.return", { type: "Report", id: report.id, reportId: report.id }, {
      cycle: current.cycle,
      step: current.position,
      label: current.label,
      final: input.decision === "approve" && last,
      version: version.number,
      hash: version.hash,
      ...(text ? { text } : {}),
    });
    if (input.decision === "return") await noticeDrafters(tx, report, "RETURNED", actor);
    else if (last) await noticeDrafters(tx, report, "APPROVED", actor);
    else {
      const next = steps.find((s) => s.cycle === current.cycle && s.position === current.position + 1);
      if (next) await noticeAwaitingReview(tx, report, next, actor);
    }
    return { status: to, version: version.number };
  });
}
