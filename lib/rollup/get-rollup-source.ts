import "server-only";
import { db } from "@/lib/db";
import { assertCan, NotFoundError, subtreeIds, type Actor } from "@/lib/permissions";
import { renderMetrics } from "@/lib/reports/text";
import { parseSnapshot } from "@/lib/versions/diff-versions";

/**
 * The parent report `reportId` and a report of a unit below it in the same round — the only reports a
 * roll-up reads. Anything else (another round, a unit outside the subtree, the report itself) is not
 * found, as is a parent the actor may not roll up.
 */
export async function requireRollupPair(actor: Actor, reportId: string, sourceReportId: string) {
  const [parent, source] = await Promise.all([
    db.report.findUnique({ where: { id: reportId }, select: { id: true, title: true, unitId: true, roundId: true, status: true } }),
    db.report.findUnique({ where: { id: sourceReportId }, select: { id: true, unitId: true, roundId: true, status: true, approvedVersionId: true, unit: { select: { name: true } } } }),
  ]);
  if (!parent) throw new NotFoundError();
  assertCan(actor, "report.rollup", parent.unitId);
  if (!source || source.roundId !== parent.roundId || source.unitId === parent.unitId) throw new NotFoundError();
  const units = await db.unit.findMany({ select: { id: true, parentId: true } });
  if (!subtreeIds(units, parent.unitId).has(source.unitId)) throw new NotFoundError();
  return { parent, source };
}

/** One frozen version of a unit's report, as a roll-up's reader follows a source link to it. */
export async function getRollupSource(actor: Actor, reportId: string, sourceReportId: string, versionNumber: number) {
  const { parent, source } = await requireRollupPair(actor, reportId, sourceReportId);
  const version = await db.reportVersion.findUnique({
    where: { reportId_number: { reportId: source.id, number: versionNumber } },
    select: { id: true, number: true, reason: true, snapshot: true, createdAt: true },
  });
  if (!version) throw new NotFoundError();
  const snapshot = parseSnapshot(version.snapshot);
  const metrics = new Map(snapshot.metrics.map((m) => [m.key, m]));
  return {
    parent,
    source: { id: source.id, unitName: source.unit.name, approved: source.approvedVersionId === version.id },
    version: { number: version.number, reason: version.reason, createdAt: version.createdAt },
    title: snapshot.title,
    sections: snapshot.sections.map((s, index) => ({ index, kind: s.kind, heading: renderMetrics(s.heading, metrics), body: renderMetrics(s.body, metrics) })),
  };
}
