import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { assertCan, NotFoundError } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";
import { auditChange } from "@/lib/audit/audit-change";
import { freezeVersion } from "@/lib/versions/freeze-version";
import { latestCycle } from "./approval-steps";
import { requireTransition } from "./transitions";
import { noticeDrafters } from "@/lib/notifications/workflow-notices";

/**
 * An admin reopens an approved report for changes, with a reason the drafters see at the top of the
 * editor. The approval is not erased: its version stays in the list, its steps are marked SUPERSEDED, and
 * a REOPENED version records the moment. The report no longer carries an approved hash until it is
 * approved again.
 */
export async function reopenReport(input: { reportId: string; revision: number; reason: string }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({
      where: { id: input.reportId },
      select: { id: true, unitId: true, status: true, revision: true, approvedHash: true, approvedVersionId: true, createdById: true },
    });
    if (!report) throw new NotFoundError();
    assertCan(ctx.actor, "report.reopen", report.unitId);
    if (input.revision !== report.revision) throw new DomainError("reviewErrors.staleDecision");
    const to = requireTransition(report.status, "reopen");
    const { count } = await tx.report.updateMany({
      where: { id: report.id, status: "APPROVED", revision: input.revision },
      data: { status: to, revision: { increment: 1 }, returnReason: input.reason, returnKind: "REOPENED", approvedHash: null, approvedVersionId: null },
    });
    if (count === 0) throw new DomainError("reviewErrors.staleDecision");
    const steps = await tx.approvalStep.findMany({ where: { reportId: report.id }, select: { cycle: true } });
    await tx.approvalStep.updateMany({
      where: { reportId: report.id, cycle: latestCycle(steps), decision: "APPROVED" },
      data: { decision: "SUPERSEDED" },
    });
    const version = await freezeVersion(tx, { reportId: report.id, reason: "REOPENED", createdById: ctx.actor.id, note: input.reason });
    await auditChange(tx, ctx, "report.reopen", { type: "Report", id: report.id, reportId: report.id }, {
      reason: input.reason,
      supersededVersionId: report.approvedVersionId,
      supersededHash: report.approvedHash,
      version: version.number,
    });
    await noticeDrafters(tx, report, "REOPENED", ctx.actor);
    return { status: to, version: version.number };
  });
}
