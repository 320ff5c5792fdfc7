import "server-only";
import { db } from "@/lib/db";
import { assertCan, NotFoundError, type Action, type Actor } from "@/lib/permissions";
import { loadUnitDirectory } from "@/lib/units/unit-directory";

/**
 * Loads a report with everything the reading view shows, after checking the actor may do `action` to it.
 * A report outside the actor's reach is indistinguishable from one that does not exist (NotFoundError).
 */
export async function getReport(actor: Actor, reportId: string, action: Action = "report.view") {
  const report = await db.report.findUnique({
    where: { id: reportId },
    include: {
      sections: { orderBy: { position: "asc" } },
      metrics: { orderBy: { position: "asc" } },
      planItems: { orderBy: { position: "asc" } },
      planReviews: { orderBy: { position: "asc" } },
    },
  });
  if (!report) throw new NotFoundError();
  assertCan(actor, action, report.unitId);
  const unit = { id: report.unitId, name: (await loadUnitDirectory()).nameOf(report.unitId) };
  // The reviews judge the plan of the year before (as the editor titles them); toDocument prints them.
  return { ...report, unit, previousYear: report.year - 1 };
}

export type ReportDetail = Awaited<ReturnType<typeof getReport>>;
