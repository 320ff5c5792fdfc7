import "server-only";
import { db } from "@/lib/db";
import { unitIdsFor, type Actor } from "@/lib/permissions";
import { loadUnitDirectory } from "@/lib/units/unit-directory";
import { listMyReports } from "./list-reports";

/** Open rounds in which a unit the actor drafts for owes a report it has not started yet. */
export async function listOwedReports(actor: Actor) {
  const unitIds = unitIdsFor(actor, "report.create");
  if (unitIds.length === 0) return [];
  const owed = await db.roundUnit.findMany({
    where: { unitId: { in: unitIds }, round: { status: "OPEN" } },
    include: { round: true },
    orderBy: { round: { deadline: "asc" } },
  });
  if (owed.length === 0) return [];
  // The reports already started in those rounds and last year's (to offer "start from last year"): among
  // the actor's own reports, which the home page reads anyway — report.create and report.edit go together
  // in the permission table (tests/home-page-reads.test.ts holds it to that), so they are the same units.
  const create = new Set(unitIds);
  const related = (await listMyReports(actor)).filter((r) => create.has(r.unit.id)).map((r) => ({ roundId: r.roundId, unitId: r.unit.id, year: r.year }));
  const dir = await loadUnitDirectory();
  return owed
    .filter((o) => !related.some((s) => s.roundId === o.roundId && s.unitId === o.unitId))
    .map((o) => ({
      roundId: o.roundId,
      roundTitle: o.round.title,
      year: o.round.year,
      deadline: o.round.deadline,
      unit: { id: o.unitId, name: dir.nameOf(o.unitId) },
      hasPrevious: related.some((p) => p.unitId === o.unitId && p.year === o.round.year - 1),
    }));
}
