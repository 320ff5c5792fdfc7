import "server-only";
import type { Db, Tx } from "@/lib/db";

/**
 * Who counts as a drafter of a report, for the separation of duties ("nobody approves what they wrote"):
 * - the person who created it;
 * - anyone who owns a section or a plan item, or last saved a section;
 * - anyone who ever changed its content — any audit event of theirs on its sections, figures, plan items
 *   or plan reviews (so a co-drafter whose save was later overwritten by someone else still counts).
 * Commenting does not make a drafter: leaders comment without losing their right to decide.
 */
export const DRAFTING_TARGETS = ["Section", "Metric", "PlanItem", "PlanReview"];

export async function drafterIds(client: Db | Tx, report: { id: string; createdById: string }): Promise<Set<string>> {
  // One after the other: inside a transaction the queries share one connection.
  const sections = await client.section.findMany({ where: { reportId: report.id }, select: { ownerId: true, updatedById: true } });
  const plans = await client.planItem.findMany({ where: { reportId: report.id, ownerId: { not: null } }, select: { ownerId: true } });
  const events = await client.auditEvent.findMany({
    where: { reportId: report.id, targetType: { in: DRAFTING_TARGETS }, actorId: { not: null } },
    select: { actorId: true },
    distinct: ["actorId"],
  });
  const ids = new Set<string>([report.createdById]);
  for (const s of sections) {
    if (s.ownerId) ids.add(s.ownerId);
    if (s.updatedById) ids.add(s.updatedById);
  }
  for (const p of plans) if (p.ownerId) ids.add(p.ownerId);
  for (const e of events) if (e.actorId) ids.add(e.actorId);
  return ids;
}

/** Of these reports, the ones `userId` drafted (one query per kind, for lists). */
export async function reportsDraftedBy(client: Db | Tx, reports: readonly { id: string; createdById: string }[], userId: string): Promise<Set<string>> {
  const ids = reports.map((r) => r.id);
  if (ids.length === 0) return new Set();
  const sections = await client.section.findMany({ where: { reportId: { in: ids }, OR: [{ ownerId: userId }, { updatedById: userId }] }, select: { reportId: true } });
  const plans = await client.planItem.findMany({ where: { reportId: { in: ids }, ownerId: userId }, select: { reportId: true } });
  const events = await client.auditEvent.findMany({
    where: { reportId: { in: ids }, actorId: userId, targetType: { in: DRAFTING_TARGETS } },
    select: { reportId: true },
    distinct: ["reportId"],
  });
  const out = new Set(reports.filter((r) => r.createdById === userId).map((r) => r.id));
  for (const row of [...sections, ...plans, ...events]) if (row.reportId) out.add(row.reportId);
  return out;
}
