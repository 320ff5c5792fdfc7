import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/permissions";
import { normaliseIp } from "@/lib/auth/client-ip";

/** What an event was about, as the page names it: a section by its number, a figure by its name. */
export type HistoryTarget =
  | { type: "Section"; kind: string; ordinal: number }
  | { type: "Metric"; name: string }
  | { type: string };

/**
 * A report's history: every audit event about it, newest first, with who did it and what it was about;
 * client addresses only for admins, normalised (an IPv4-mapped "::ffff:1.2.3.4" is shown as 1.2.3.4). Plus every submission's approval steps, so a reader sees each round of review at a glance.
 */
export async function getReportHistory(actor: Actor, report: { id: string; unitId: string }) {
  const showOrigin = can(actor, "admin.view", report.unitId);
  const [events, steps] = await Promise.all([
    db.auditEvent.findMany({ where: { reportId: report.id }, orderBy: { seq: "desc" }, take: 500 }),
    db.approvalStep.findMany({
      where: { reportId: report.id },
      orderBy: [{ cycle: "desc" }, { position: "asc" }, { slot: "asc" }],
      include: {
        approverUser: { select: { name: true } },
        approverUnit: { select: { name: true } },
        decidedBy: { select: { name: true } },
        onBehalfOf: { select: { name: true } },
      },
    }),
  ]);
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((x): x is string => !!x))];
  const [users, sections, metrics, comments] = await Promise.all([
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
    db.section.findMany({ where: { reportId: report.id }, orderBy: { position: "asc" }, select: { id: true, kind: true } }),
    db.metric.findMany({ where: { reportId: report.id }, select: { id: true, label: true } }),
    db.comment.findMany({ where: { reportId: report.id }, select: { id: true, sectionId: true } }),
  ]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const sectionAt = new Map<string, { kind: string; ordinal: number }>();
  const perKind = new Map<string, number>();
  for (const s of sections) {
    const n = (perKind.get(s.kind) ?? 0) + 1;
    perKind.set(s.kind, n);
    sectionAt.set(s.id, { kind: s.kind, ordinal: n });
  }
  const metricName = new Map(metrics.map((m) => [m.id, m.label]));
  const commentSection = new Map(comments.map((c) => [c.id, c.sectionId]));
  const targetOf = (type: string, id: string | null, data: Record<string, unknown>): HistoryTarget => {
    const sectionId = type === "Section" ? id : type === "Comment" && id ? (commentSection.get(id) ?? null) : null;
    const section = sectionId ? sectionAt.get(sectionId) : undefined;
    if (section) return { type: "Section", ...section };
    const metric = type === "Metric" && id ? (metricName.get(id) ?? (typeof data.label === "string" ? data.label : undefined)) : undefined;
    if (metric) return { type: "Metric", name: metric };
    return { type };
  };
  return {
    events: events.map((e) => ({
      seq: e.seq,
      at: e.createdAt,
      action: e.action,
      actor: e.actorId ? (names.get(e.actorId) ?? null) : null,
      targetType: e.targetType,
      target: targetOf(e.targetType, e.targetId, safeParse(e.data)),
      data: safeParse(e.data),
      ip: showOrigin ? (normaliseIp(e.ip) ?? e.ip) : null,
    })),
    cycles: groupByCycle(
      steps.map((s) => ({
        cycle: s.cycle,
        position: s.position,
        slot: s.slot,
        mode: s.mode,
        label: s.label,
        approver: s.approverKind === "USER" ? (s.approverUser?.name ?? "—") : (s.approverUnit?.name ?? "—"),
        approverKind: s.approverKind,
        decision: s.decision,
        decidedBy: s.decidedBy?.name ?? null,
        /** X 代 Y: the approver the decider stood in for. */
        onBehalfOf: s.onBehalfOf?.name ?? null,
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
