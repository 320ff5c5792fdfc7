import "server-only";
import { db } from "@/lib/db";
import { assertCan, NotFoundError, type Action, type Actor } from "@/lib/permissions";

/**
 * Loads a report with everything the reading view shows, after checking the actor may do `action` to it.
 * A report outside the actor's reach is indistinguishable from one that does not exist (NotFoundError).
 */
export async function getReport(actor: Actor, reportId: string, action: Action = "report.view") {
  const report = await db.report.findUnique({
    where: { id: reportId },
    include: {
      unit: { select: { id: true, name: true } },
      sections: { orderBy: { position: "asc" } },
      metrics: { orderBy: { position: "asc" } },
      planItems: { orderBy: { position: "asc" } },
      planReviews: { orderBy: { position: "asc" } },
    },
  });
  if (!report) throw new NotFoundError();
  assertCan(actor, action, report.unitId);
  // The reviews judge the plan of the year before (as the editor titles them); toDocument prints them.
  return { ...report, previousYear: report.year - 1 };
}

export type ReportDetail = Awaited<ReturnType<typeof getReport>>;
