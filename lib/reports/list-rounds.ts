import "server-only";
import { db } from "@/lib/db";
import { assertCanAnywhere, unitIdsFor, type Actor } from "@/lib/permissions";

/** Rounds that involve a unit the admin manages, with the templates a new round can use. */
export async function listRoundsForAdmin(actor: Actor) {
  assertCanAnywhere(actor, "admin.rounds");
  const unitIds = unitIdsFor(actor, "admin.rounds");
  const [rounds, templates] = await Promise.all([
    db.reportingRound.findMany({
      where: { units: { some: { unitId: { in: unitIds } } } },
      orderBy: [{ year: "desc" }, { createdAt: "desc" }],
      include: { template: { select: { name: true } }, _count: { select: { units: true, reports: true } } },
    }),
    db.template.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { rounds, templates };
}
