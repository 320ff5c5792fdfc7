import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { assertCan, NotFoundError } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";
import { auditChange } from "@/lib/audit/audit-change";
import { latestCycle, undecidedSoFar } from "./approval-steps";
import { requireTransition } from "./transitions";

/**
 * 撤回: a drafter takes a submitted report back to DRAFT — e.g. to correct a figure they noticed — as long
 * as no approver has decided on this submission yet. The submission's steps are marked superseded; its
 * frozen version stays in the history. Guarded like every transition (status + revision, count).
 */
export async function withdrawReport(input: { reportId: string; revision: number }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { id: input.reportId }, select: { id: true, unitId: true, status: true, revision: true } });
    if (!report) throw new NotFoundError();
    assertCan(ctx.actor, "report.submit", report.unitId);
    const to = requireTransition(report.status, "withdraw");
    const steps = await tx.approvalStep.findMany({ where: { reportId: report.id } });
    if (!undecidedSoFar(steps)) throw new DomainError("reviewErrors.alreadyDecided");

    const { count } = await tx.report.updateMany({
      where: { id: report.id, status: "IN_REVIEW", revision: input.revision },
      data: { status: to, revision: { increment: 1 } },
    });
    if (count === 0) throw new DomainError("reviewErrors.staleDecision");
    const cycle = latestCycle(steps);
    // Conditional on PENDING: an approval that raced in first makes this count differ and rolls back.
    const superseded = await tx.approvalStep.updateMany({ where: { reportId: report.id, cycle, decision: "PENDING" }, data: { decision: "SUPERSEDED" } });
    if (superseded.count !== steps.filter((s) => s.cycle === cycle).length) throw new DomainError("reviewErrors.alreadyDecided");
    await auditChange(tx, ctx, "report.withdraw", { type: "Report", id: report.id, reportId: report.id }, { cycle });
    return { status: to };
  });
}
