import "server-only";
import { db } from "@/lib/db";
import { assertCan, can, NotFoundError, type Actor } from "@/lib/permissions";
import { loadUnitDirectory } from "@/lib/units/unit-directory";

/** Everything the editor shows, after the same permission check as the reading view. */
export async function getEditorData(actor: Actor, reportId: string) {
  const row = await db.report.findUnique({
    where: { id: reportId },
    include: {
      sections: { orderBy: { position: "asc" }, include: { planLinks: { select: { planItemId: true } } } },
      metrics: { orderBy: { position: "asc" } },
      planItems: { orderBy: { position: "asc" } },
      planReviews: { orderBy: { position: "asc" } },
    },
  });
  if (!row) throw new NotFoundError();
  assertCan(actor, "report.view", row.unitId);
  const report = { ...row, unit: { id: row.unitId, name: (await loadUnitDirectory()).nameOf(row.unitId) } };
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
