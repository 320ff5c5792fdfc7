import "server-only";
import { db } from "@/lib/db";
import type { ApprovalRecord, ApprovalRecordEntry } from "@/lib/export/approval-record";

/**
 * The approval record of a report (see lib/export/approval-record.ts): its submissions and decided steps
 * of every cycle, the approved version, the final approval's audit event and the audit chain's head.
 * Callers check permissions first (report.export).
 */
export async function loadApprovalRecord(
  report: { id: string; title: string; year: number; unit: { name: string }; approvedVersionId: string | null },
  now = new Date(),
): Promise<ApprovalRecord> {
  const [submissions, steps, approved, approvalEvent, head] = await Promise.all([
    db.reportVersion.findMany({
      where: { reportId: report.id, reason: "SUBMITTED" },
      orderBy: { number: "asc" },
      select: { number: true, createdAt: true, note: true, createdBy: { select: { name: true } } },
    }),
    db.approvalStep.findMany({
      where: { reportId: report.id, decision: { in: ["APPROVED", "RETURNED"] }, decidedAt: { not: null } },
      orderBy: [{ cycle: "asc" }, { position: "asc" }, { decidedAt: "asc" }],
      select: { cycle: true, label: true, mode: true, decision: true, opinion: true, decidedAt: true, decidedBy: { select: { name: true } }, onBehalfOf: { select: { name: true } } },
    }),
    report.approvedVersionId
      ? db.reportVersion.findUnique({ where: { id: report.approvedVersionId }, select: { number: true, hash: true, createdAt: true } })
      : null,
    report.approvedVersionId
      ? db.auditEvent.findFirst({ where: { reportId: report.id, action: "report.approve" }, orderBy: { seq: "desc" }, select: { seq: true, hash: true } })
      : null,
    db.auditHead.findUnique({ where: { id: 1 }, select: { seq: true, hash: true } }),
  ]);

  // A submission opens a cycle: the n-th SUBMITTED version is cycle n.
  const entries: ApprovalRecordEntry[] = [
    ...submissions.map((s, i) => ({
      cycle: i + 1,
      step: "提交审核",
      person: s.createdBy.name,
      decision: "SUBMITTED" as const,
      opinion: null,
      at: s.createdAt,
    })),
    ...steps.map((s) => ({
      cycle: s.cycle,
      step: s.label,
      // 委托审批: "X 代 Y" — who signed, for whom.
      person: s.onBehalfOf ? `${s.decidedBy?.name ?? "—"} 代 ${s.onBehalfOf.name}` : (s.decidedBy?.name ?? "—"),
      decision: s.decision as "APPROVED" | "RETURNED",
      opinion: s.opinion,
      at: s.decidedAt!,
    })),
  ];
  return {
    title: report.title,
    unitName: report.unit.name,
    year: report.year,
    approvedVersion: approved ? { number: approved.number, hash: approved.hash, at: approved.createdAt } : null,
    approvalEvent,
    auditHead: head,
    generatedAt: now,
    entries,
  };
}
