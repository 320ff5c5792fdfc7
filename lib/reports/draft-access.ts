import "server-only";
import type { Tx } from "@/lib/db";
import { auditChange } from "@/lib/audit/audit-change";
import type { AuditAction } from "@/lib/audit/audit-actions";
import type { ActionContext } from "@/lib/domain/action-context";
import { ReportLockedError } from "@/lib/errors";
import { assertCan, NotFoundError, type Actor } from "@/lib/permissions";

/**
 * Every drafting change goes through here: the report must exist in the actor's reach, the actor must be
 * one of its drafters (report.edit on its unit), and it must be a DRAFT — submitted and approved reports
 * are read-only for everyone.
 */
export async function requireEditableReport(tx: Tx, actor: Actor, reportId: string) {
  const report = await tx.report.findUnique({ where: { id: reportId }, select: { id: true, unitId: true, status: true } });
  if (!report) throw new NotFoundError();
  assertCan(actor, "report.edit", report.unitId);
  // Conditional on DRAFT and done first: it takes the report's row lock, so an edit racing a submit
  // either lands before the submission or is refused — never after it. A no-op write in raw SQL, so
  // Prisma's @updatedAt does not move: a change that turns out to be a conflict is no edit
  // (draftChange moves the last-edited time when something was really saved).
  const count = await tx.$executeRaw`UPDATE "Report" SET "status" = "status" WHERE "id" = ${reportId} AND "status" = 'DRAFT'`;
  if (count === 0) throw new ReportLockedError();
  return report;
}

/** A drafting change was saved: the report's last-edited time moves, and the change is audited. */
export async function draftChange(
  tx: Tx,
  ctx: ActionContext,
  action: AuditAction,
  target: { type: string; id: string; reportId: string },
  data: Record<string, unknown> = {},
) {
  await tx.report.update({ where: { id: target.reportId }, data: { updatedAt: new Date() }, select: { id: true } });
  await auditChange(tx, ctx, action, target, data);
}

/** The report a child record belongs to, or not-found. */
export async function reportIdOf(tx: Tx, model: "section" | "metric" | "planItem" | "planReview", id: string): Promise<string> {
  const select = { reportId: true } as const;
  const row =
    model === "section"
      ? await tx.section.findUnique({ where: { id }, select })
      : model === "metric"
        ? await tx.metric.findUnique({ where: { id }, select })
        : model === "planItem"
          ? await tx.planItem.findUnique({ where: { id }, select })
          : await tx.planReview.findUnique({ where: { id }, select });
  if (!row) throw new NotFoundError();
  return row.reportId;
}
