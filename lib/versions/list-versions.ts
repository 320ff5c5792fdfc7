import "server-only";
import { db } from "@/lib/db";
import { diffSnapshots, parseSnapshot } from "./diff-versions";
import { verifyVersionHash } from "./verify-version";

/**
 * A report's versions, newest first: number, why (submitted / sent back / approved / reopened), who, when,
 * the note (审批意见, reason), the hash and whether the stored snapshot still matches it, and — for
 * approvals — the chain step and whether a reopening has since superseded it.
 */
export async function listVersions(reportId: string) {
  const rows = await db.reportVersion.findMany({
    where: { reportId },
    orderBy: { number: "desc" },
    include: {
      createdBy: { select: { name: true } },
      approvalSteps: { select: { label: true, decision: true, cycle: true, position: true, onBehalfOf: { select: { name: true } } } },
    },
  });
  return rows.map((v) => {
    const step = v.approvalSteps[0] ?? null;
    return {
      id: v.id,
      number: v.number,
      reason: v.reason,
      note: v.note,
      hash: v.hash,
      intact: verifyVersionHash(v),
      createdBy: v.createdBy.name,
      createdAt: v.createdAt,
      stepLabel: step?.label ?? null,
      /** 委托审批: the leader the version's author decided for (X 代 Y). */
      onBehalfOf: step?.onBehalfOf?.name ?? null,
      superseded: step?.decision === "SUPERSEDED",
    };
  });
}

export type VersionRow = Awaited<ReturnType<typeof listVersions>>[number];

/** The diff between two versions of one report, by number; null when either does not exist. */
export async function diffVersions(reportId: string, from: number, to: number) {
  const [a, b] = await Promise.all([
    db.reportVersion.findUnique({ where: { reportId_number: { reportId, number: from } }, select: { snapshot: true } }),
    db.reportVersion.findUnique({ where: { reportId_number: { reportId, number: to } }, select: { snapshot: true } }),
  ]);
  if (!a || !b) return null;
  return diffSnapshots(parseSnapshot(a.snapshot), parseSnapshot(b.snapshot));
}
