import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/permissions";

/**
 * A report's history: every audit event about it, newest first, with who did it; client addresses only for
 * admins. Plus every submission's approval steps, so a reader sees each round of review at a glance.
 */
export async function getReportHistory(actor: Actor, report: { id: string; unitId: string }) {
  const showOrigin = can(actor, "admin.view", report.unitId);
  const [events, steps] = await Promise.all([
    db.auditEvent.findMany({ where: { reportId: report.id }, orderBy: { seq: "desc" }, take: 500 }),
    db.approvalStep.findMany({
      where: { reportId: report.id },
      orderBy: [{ cycle: "desc" }, { position: "asc" }],
      include: { approverUser: { select: { name: true } }, approverUnit: { select: { name: true } }, decidedBy: { select: { name: true } } },
    }),
  ]);
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((x): x is string => !!x))];
  const names = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return {
    events: events.map((e) => ({
      seq: e.seq,
      at: e.createdAt,
      action: e.action,
      actor: e.actorId ? (names.get(e.actorId) ?? null) : null,
      targetType: e.targetType,
      data: safeParse(e.data),
      ip: showOrigin ? e.ip : null,
    })),
    cycles: groupByCycle(
      steps.map((s) => ({
        cycle: s.cycle,
        position: s.position,
        label: s.label,
        approver: s.approverKind === "USER" ? (s.approverUser?.name ?? "—") : (s.approverUnit?.name ?? "—"),
        approverKind: s.approverKind,
        decision: s.decision,
        decidedBy: s.decidedBy?.name ?? null,
        decidedAt: s.decidedAt,
        opinion: s.opinion,
      })),
    ),
  };
}

function safeParse(data: string): Record<string, unknown> {
  try {
    const v = JSON.parse(data);
    return v && typeof v === "object" && !Array.isArray(v) ? v : {};
  } catch {
    return {};
  }
}

function groupByCycle<T extends { cycle: number }>(rows: T[]): { cycle: number; steps: T[] }[] {
  const out: { cycle: number; steps: T[] }[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.cycle === r.cycle) last.steps.push(r);
    else out.push({ cycle: r.cycle, steps: [r] });
  }
  return out;
}
