import "server-only";
import type { Tx } from "@/lib/db";
import { snapshotJsonAndHash } from "@/lib/reports/snapshot";

export type VersionReason = "SUBMITTED" | "RETURNED" | "APPROVED" | "REOPENED";

/** The content a version freezes, as stored now. */
export async function loadReportContent(tx: Tx, reportId: string) {
  return tx.report.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      title: true,
      sections: { select: { id: true, kind: true, position: true, heading: true, body: true } },
      metrics: { select: { id: true, key: true, label: true, value: true, unit: true, previousValue: true, target: true } },
      planItems: { select: { id: true, position: true, text: true } },
      planReviews: { select: { position: true, text: true, verdict: true, evidence: true } },
    },
  });
}

export type ReportContent = Awaited<ReturnType<typeof loadReportContent>>;

/**
 * Freezes the report's content as the next numbered version, inside the caller's transaction. Callers lock
 * the report first (a conditional update of its status and revision), so the content read here is the
 * content the transition applies to, and version numbers cannot collide.
 */
export async function freezeVersion(
  tx: Tx,
  input: { reportId: string; reason: VersionReason; createdById: string; note?: string | null },
): Promise<{ id: string; number: number; hash: string; content: ReportContent }> {
  const content = await loadReportContent(tx, input.reportId);
  const { snapshot, hash } = snapshotJsonAndHash(content);
  const last = await tx.reportVersion.aggregate({ where: { reportId: input.reportId }, _max: { number: true } });
  const number = (last._max.number ?? 0) + 1;
  const version = await tx.reportVersion.create({
    data: { reportId: input.reportId, number, reason: input.reason, snapshot, hash, note: input.note ?? null, createdById: input.createdById },
  });
  return { id: version.id, number, hash, content };
}
