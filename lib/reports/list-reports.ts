import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { scopeWhere, type Actor } from "@/lib/permissions";
import { currentStep, isStepApprover } from "@/lib/workflow/approval-steps";
import { reportsDraftedBy } from "@/lib/workflow/drafters";

const listSelect = {
  id: true,
  title: true,
  year: true,
  status: true,
  updatedAt: true,
  unit: { select: { id: true, name: true } },
} as const;

/** Reports the actor drafts: those of the units where they may edit. Newest year first. */
export function listMyReports(actor: Actor) {
  return db.report.findMany({
    where: scopeWhere(actor, "report.edit"),
    select: listSelect,
    orderBy: [{ year: "desc" }, { updatedAt: "desc" }],
  });
}

/**
 * 待我审核: reports in review whose current step (the first pending step of the newest submission) has the
 * actor as its approver — a named user, or a leader of the step's unit — in units the actor may review,
 * leaving out reports the actor drafted (they could not decide on them anyway). Oldest waiting first.
 */
// Cached per request: the app layout (the header's counts) and the home page both ask.
export const listReportsToReview = cache(async function listReportsToReview(actor: Actor) {
  const candidates = await db.report.findMany({
    where: { ...scopeWhere(actor, "report.review"), status: "IN_REVIEW" },
    select: {
      ...listSelect,
      createdById: true,
      approvalSteps: {
        select: { id: true, cycle: true, position: true, label: true, decision: true, approverKind: true, approverUserId: true, approverUnitId: true },
      },
    },
    orderBy: { updatedAt: "asc" },
  });
  const mine = candidates
    .map((r) => ({ report: r, step: currentStep(r.approvalSteps) }))
    .filter((x) => x.step !== null && isStepApprover(x.step, actor));
  const drafted = await reportsDraftedBy(db, mine.map((x) => x.report), actor.id);
  return mine
    .filter((x) => !drafted.has(x.report.id))
    .map(({ report: { approvalSteps: _steps, createdById: _by, ...row }, step }) => ({ ...row, stepLabel: step!.label }));
});

/** 被退回 / 已重新打开: the actor's units' drafts that were sent back or reopened and not resubmitted yet (returnKind says which). */
export const listReturnedToMe = cache(function listReturnedToMe(actor: Actor) {
  return db.report.findMany({
    where: { ...scopeWhere(actor, "report.edit"), status: "DRAFT", returnReason: { not: null } },
    select: { ...listSelect, returnReason: true, returnKind: true },
    orderBy: { updatedAt: "desc" },
  });
});

export type ReportListItem = Awaited<ReturnType<typeof listMyReports>>[number];
