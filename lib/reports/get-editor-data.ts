import "server-only";
import { db } from "@/lib/db";
import { assertCan, can, NotFoundError, type Actor } from "@/lib/permissions";

/** Everything the editor shows, after the same permission check as the reading view. */
export async function getEditorData(actor: Actor, reportId: string) {
  const report = await db.report.findUnique({
    where: { id: reportId },
    include: {
      unit: { select: { id: true, name: true } },
      sections: { orderBy: { position: "asc" }, include: { planLinks: { select: { planItemId: true } } } },
      metrics: { orderBy: { position: "asc" } },
      planItems: { orderBy: { position: "asc" } },
      planReviews: { orderBy: { position: "asc" } },
    },
  });
  if (!report) throw new NotFoundError();
  assertCan(actor, "report.view", report.unitId);
  const drafters = await db.user.findMany({
    where: { disabled: false, memberships: { some: { unitId: report.unitId, role: "STAFF" } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return {
    report,
    drafters,
    canEdit: can(actor, "report.edit", report.unitId) && report.status === "DRAFT",
  };
}

export type EditorData = Awaited<ReturnType<typeof getEditorData>>;
