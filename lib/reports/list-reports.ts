import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { can, scopeWhere, unitIdsFor, type Actor } from "@/lib/permissions";
import { slotFor } from "@/lib/workflow/approval-steps";
import { reportsDraftedBy } from "@/lib/workflow/drafters";
import { loadUnitDirectory } from "@/lib/units/unit-directory";

const listSelect = {
  id: true,
  title: true,
  year: true,
  status: true,
  updatedAt: true,
  unitId: true,
} as const;

/** The list rows with their unit ({ id, name }) from the request's unit directory: no relation query per list. */
async function withUnits<R extends { unitId: string }>(rows: R[]): Promise<(Omit<R, "unitId"> & { unit: { id: string; name: string } })[]> {
  if (rows.length === 0) return [];
  const dir = await loadUnitDirectory();
  return rows.map(({ unitId, ...row }) => ({ ...row, unit: { id: unitId, name: dir.nameOf(unitId) } }));
}

/**
 * Reports the actor drafts: those of the units where they may edit. Newest year first. Cached per request:
 * the other drafter lists — the header's returned drafts on every page, the home page's owed reports and
 * open comments — are parts of it and take what they need from it instead of reading reports again (a
 * drafter's units hold a report a year each, so the whole list costs what the returned ones alone did).
 */
export const listMyReports = cache(async function listMyReports(actor: Actor) {
  return withUnits(
    await db.report.findMany({
      where: scopeWhere(actor, "report.edit"),
      select: { ...listSelect, roundId: true, returnReason: true, returnKind: true },
      orderBy: [{ year: "desc" }, { updatedAt: "desc" }],
    }),
  );
});

/**
 * 待我审核: reports in review whose current step has a pending slot the actor would fill — as its named
 * approver or a leader of its unit, or as the delegate of a leader who named them for today (委托审批) —
 * in units they (or that leader) may review, leaving out reports the actor drafted (they could not decide
 * on them anyway) and, for a delegate, those their leader drafted. Oldest waiting first.
 */
// Cached per request: the app layout (the header's counts) and the home page both ask.
export const listReportsToReview = cache(async function listReportsToReview(actor: Actor) {
  const principals = actor.actingFor ?? [];
  const unitIds = [...new Set([...unitIdsFor(actor, "report.review"), ...principals.flatMap((p) => unitIdsFor(p, "report.review"))])];
  const candidates = await db.report.findMany({
    where: { unitId: { in: unitIds }, status: "IN_REVIEW" },
    select: {
      ...listSelect,
      createdById: true,
      approvalSteps: {
        select: {
          id: true,
          cycle: true,
          position: true,
          slot: true,
          mode: true,
          label: true,
          decision: true,
          approverKind: true,
          approverUserId: true,
          approverUnitId: true,
          decidedById: true,
          onBehalfOfId: true,
        },
      },
    },
    orderBy: { updatedAt: "asc" },
  });
  const mine = candidates
    .map((r) => ({ report: r, match: slotFor(r.approvalSteps, actor) }))
    .filter((x) => {
      if (!x.match) return false;
      const reviewer = x.match.onBehalfOf ? principals.find((p) => p.id === x.match!.onBehalfOf!.id) : actor;
      return !!reviewer && can(reviewer, "report.review", x.report.unitId);
    });
  const drafted = await reportsDraftedBy(db, mine.map((x) => x.report), actor.id);
  const draftedByPrincipal = new Map<string, Set<string>>();
  for (const p of principals) {
    const theirs = mine.filter((x) => x.match!.onBehalfOf?.id === p.id).map((x) => x.report);
    if (theirs.length > 0) draftedByPrincipal.set(p.id, await reportsDraftedBy(db, theirs, p.id));
  }
  return withUnits(
    mine
      .filter((x) => !drafted.has(x.report.id) && !(x.match!.onBehalfOf && draftedByPrincipal.get(x.match!.onBehalfOf.id)?.has(x.report.id)))
      .map(({ report: { approvalSteps: _steps, createdById: _by, ...row }, match }) => ({
        ...row,
        stepLabel: match!.slot.label,
        /** The leader whose part this is, when the actor decides as their delegate. */
        onBehalfOf: match!.onBehalfOf ? (principals.find((p) => p.id === match!.onBehalfOf!.id)?.name ?? null) : null,
      })),
  );
});

/** 被退回 / 已重新打开: the actor's units' drafts that were sent back or reopened and not resubmitted yet (returnKind says which). */
export async function listReturnedToMe(actor: Actor) {
  return (await listMyReports(actor))
    .filter((r) => r.status === "DRAFT" && r.returnReason !== null)
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
}

export type ReportListItem = Awaited<ReturnType<typeof listMyReports>>[number];
