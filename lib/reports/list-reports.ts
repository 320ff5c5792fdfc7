import "server-only";
import { db } from "@/lib/db";
import { scopeWhere, type Actor } from "@/lib/permissions";

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

/** Reports in review in the units the actor reviews, leaving out those the actor drafted. */
export function listReportsToReview(actor: Actor) {
  return db.report.findMany({
    where: { ...scopeWhere(actor, "report.review"), status: "IN_REVIEW", createdById: { not: actor.id } },
    select: listSelect,
    orderBy: { updatedAt: "asc" },
  });
}

export type ReportListItem = Awaited<ReturnType<typeof listMyReports>>[number];
