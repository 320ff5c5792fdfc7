import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/permissions";
import { diffSnapshots, parseSnapshot, type SnapshotDiff } from "@/lib/versions/diff-versions";
import { currentStep, isStepApprover, latestCycle, undecidedSoFar } from "./approval-steps";
import { drafterIds } from "./drafters";
import { eligibleApprovers } from "./eligible-approvers";
import { transition } from "./transitions";

export interface StepView {
  id: string;
  cycle: number;
  position: number;
  label: string;
  /** Who may act: the named user, or the leaders of the step's unit (with the unit's name). */
  approverNames: string[];
  approverUnit: string | null;
  decision: "PENDING" | "APPROVED" | "RETURNED" | "SUPERSEDED";
  decidedBy: string | null;
  decidedAt: Date | null;
  opinion: string | null;
}

/**
 * What the reading view offers this person on this report: submit (drafters, DRAFT), approve / send back
 * (the current step's approver, never a drafter), reopen (admins, APPROVED), comment — and for a reviewer
 * who decided on an earlier submission, what changed since then (shown by default).
 */
export async function getReviewState(
  actor: Actor,
  report: { id: string; unitId: string; status: "DRAFT" | "IN_REVIEW" | "APPROVED"; createdById: string },
) {
  const rows = await db.approvalStep.findMany({
    where: { reportId: report.id },
    orderBy: [{ cycle: "asc" }, { position: "asc" }],
    include: {
      approverUser: { select: { name: true } },
      approverUnit: { select: { name: true } },
      decidedBy: { select: { name: true } },
    },
  });
  const cycle = latestCycle(rows);
  const current = report.status === "IN_REVIEW" ? currentStep(rows) : null;
  const drafters = await drafterIds(db, report);
  const isDrafter = drafters.has(actor.id);

  const steps: StepView[] = await Promise.all(
    rows
      .filter((r) => r.cycle === cycle)
      .map(async (r) => ({
        id: r.id,
        cycle: r.cycle,
        position: r.position,
        label: r.label,
        approverNames:
          r.approverKind === "USER"
            ? [r.approverUser?.name ?? "—"]
            : (await eligibleApprovers(db, r, report.unitId)).map((u) => u.name),
        approverUnit: r.approverKind === "UNIT_LEADER" ? (r.approverUnit?.name ?? null) : null,
        decision: r.decision,
        decidedBy: r.decidedBy?.name ?? null,
        decidedAt: r.decidedAt,
        opinion: r.opinion,
      })),
  );

  const isApprover = current !== null && can(actor, "report.review", report.unitId) && isStepApprover(current, actor);
  return {
    steps,
    cycle,
    currentStepId: current?.id ?? null,
    isDrafter,
    canSubmit: can(actor, "report.submit", report.unitId) && transition(report.status, "submit").ok,
    canWithdraw: can(actor, "report.submit", report.unitId) && transition(report.status, "withdraw").ok && undecidedSoFar(rows),
    canDecide: isApprover && !isDrafter,
    /** The approver of the current step drafted the report: say why they cannot decide. */
    blockedAsDrafter: isApprover && isDrafter,
    canReopen: can(actor, "report.reopen", report.unitId) && transition(report.status, "reopen").ok,
    canComment: can(actor, "report.comment", report.unitId) && transition(report.status, "comment").ok,
    sinceLastReview: await changesSinceLastReview(actor.id, report.id),
  };
}

export type ReviewState = Awaited<ReturnType<typeof getReviewState>>;

/**
 * For someone who decided on this report before: the version they decided on, the newest submitted
 * version, and the diff between them — null when they never decided, or nothing was resubmitted since.
 */
export async function changesSinceLastReview(
  userId: string,
  reportId: string,
): Promise<{ from: number; to: number; diff: SnapshotDiff } | null> {
  const mine = await db.approvalStep.findFirst({
    where: { reportId, decidedById: userId, versionId: { not: null } },
    orderBy: [{ decidedAt: "desc" }],
    select: { version: { select: { number: true, snapshot: true, hash: true } } },
  });
  if (!mine?.version) return null;
  const latest = await db.reportVersion.findFirst({
    where: { reportId, reason: "SUBMITTED" },
    orderBy: { number: "desc" },
    select: { number: true, snapshot: true, hash: true },
  });
  if (!latest || latest.number < mine.version.number || latest.hash === mine.version.hash) return null;
  return { from: mine.version.number, to: latest.number, diff: diffSnapshots(parseSnapshot(mine.version.snapshot), parseSnapshot(latest.snapshot)) };
}
