import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/permissions";
import { diffSnapshots, parseSnapshot, type SnapshotDiff } from "@/lib/versions/diff-versions";
import { currentStep, isLastStep, latestCycle, slotFor, slotsOf, stepComplete, stepOutcome, undecidedSoFar } from "./approval-steps";
import { groupSlots } from "./chain-groups";
import { drafterIds } from "./drafters";
import { eligibleApprovers } from "./eligible-approvers";
import { transition } from "./transitions";
import { loadUnitDirectory } from "@/lib/units/unit-directory";
import { userNames } from "@/lib/users/user-names";

/** One approver's part of a step: who may fill it, and what they decided (X 代 Y when by a delegate). */
export interface SlotView {
  id: string;
  slot: number;
  /** Who may act: the named user, or the leaders of the slot's unit (with the unit's name). */
  approverNames: string[];
  approverUnit: string | null;
  decision: "PENDING" | "APPROVED" | "RETURNED" | "SUPERSEDED";
  decidedBy: string | null;
  /** The approver the decider stood in for, as delegate. */
  onBehalfOf: string | null;
  decidedAt: Date | null;
  opinion: string | null;
}

/** A step of the current submission: its slots (one per approver) and how they combine (会签/或签). */
export interface StepView {
  /** The first slot's id. */
  id: string;
  cycle: number;
  position: number;
  label: string;
  mode: "ALL" | "ANY";
  /** The step's outcome: approved once complete (all / any), returned, waiting, or never reached. */
  decision: "PENDING" | "APPROVED" | "RETURNED" | "SUPERSEDED";
  slots: SlotView[];
}

/**
 * What the reading view offers this person on this report: submit (drafters, DRAFT), approve / send back
 * (an approver of the current step with a pending slot — themselves or as a leader's delegate — never a
 * drafter), reopen (admins, APPROVED), comment — and for a reviewer who decided on an earlier submission,
 * what changed since then (shown by default).
 */
export async function getReviewState(
  actor: Actor,
  report: { id: string; unitId: string; status: "DRAFT" | "IN_REVIEW" | "APPROVED"; createdById: string },
) {
  // The steps without their relations (Prisma would send a statement per relation, even for none); the
  // people's names in one query, the units' from the request's unit directory.
  const rows = await db.approvalStep.findMany({
    where: { reportId: report.id },
    orderBy: [{ cycle: "asc" }, { position: "asc" }, { slot: "asc" }],
  });
  const cycle = latestCycle(rows);
  const current = report.status === "IN_REVIEW" ? currentStep(rows) : null;
  const dir = await loadUnitDirectory();
  const shown = rows.filter((r) => r.cycle === cycle);
  const names = await userNames(shown.flatMap((r) => [r.approverKind === "USER" ? r.approverUserId : null, r.decidedById, r.onBehalfOfId]));
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);

  const slotViews: (SlotView & { position: number; label: string; mode: "ALL" | "ANY" })[] = await Promise.all(
    shown.map(async (r) => ({
      id: r.id,
      slot: r.slot,
      position: r.position,
      label: r.label,
      mode: r.mode,
      approverNames:
        r.approverKind === "USER" ? [nameOf(r.approverUserId) ?? "—"] : (await eligibleApprovers(db, r, report.unitId, dir.units)).map((u) => u.name),
      approverUnit: r.approverKind === "UNIT_LEADER" && r.approverUnitId ? dir.nameOf(r.approverUnitId) : null,
      decision: r.decision,
      decidedBy: nameOf(r.decidedById),
      onBehalfOf: nameOf(r.onBehalfOfId),
      decidedAt: r.decidedAt,
      opinion: r.opinion,
    })),
  );
  const steps: StepView[] = groupSlots(slotViews).map((g) => ({
    id: g.id,
    cycle,
    position: g.position,
    label: g.label,
    mode: g.mode,
    decision: stepOutcome(g.slots),
    slots: g.slots.map(({ position: _p, label: _l, mode: _m, ...slot }) => slot),
  }));

  // Whose part this person would fill now: their own, or (as delegate) a leader's who named them for today.
  const match = current ? slotFor(rows, actor) : null;
  const acting = match?.onBehalfOf ? (actor.actingFor ?? []).find((p) => p.id === match.onBehalfOf!.id) ?? null : null;
  const mayReview = acting ? can(acting, "report.review", report.unitId) : can(actor, "report.review", report.unitId);
  const isApprover = match !== null && mayReview;
  // Who drafted it matters only to someone who could decide now (three queries: not for every reader).
  const drafters = isApprover ? await drafterIds(db, report) : null;
  const blocked = !!drafters && (drafters.has(actor.id) || (acting !== null && drafters.has(acting.id)));
  const currentSlotsNow = current ? slotsOf(rows, current) : [];
  /** Whether approving now completes the last step (the final approval's confirm dialog). */
  const approvalIsFinal =
    match !== null &&
    isLastStep(rows, match.slot) &&
    stepComplete(currentSlotsNow.map((s) => (s.id === match.slot.id ? { ...s, decision: "APPROVED" as const } : s)));
  return {
    steps,
    cycle,
    currentStepId: current ? (steps.find((s) => s.position === current.position)?.id ?? null) : null,
    canSubmit: can(actor, "report.submit", report.unitId) && transition(report.status, "submit").ok,
    canWithdraw: can(actor, "report.submit", report.unitId) && transition(report.status, "withdraw").ok && undecidedSoFar(rows),
    canDecide: isApprover && !blocked,
    /** The leader this person would decide for, as their delegate (null: as themselves). */
    decidingFor: isApprover && !blocked ? (acting?.name ?? null) : null,
    approvalIsFinal,
    /** The approver of the current step drafted the report: say why they cannot decide. */
    blockedAsDrafter: isApprover && blocked,
    canReopen: can(actor, "report.reopen", report.unitId) && transition(report.status, "reopen").ok,
    canComment: can(actor, "report.comment", report.unitId) && transition(report.status, "comment").ok,
    sinceLastReview: await changesSinceLastReview(actor.id, report.id, rows),
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
  /** The report's approval steps, when the caller has read them already. */
  steps?: readonly { decidedById: string | null; versionId: string | null; decidedAt: Date | null }[],
): Promise<{ from: number; to: number; diff: SnapshotDiff } | null> {
  const all =
    steps ?? (await db.approvalStep.findMany({ where: { reportId, decidedById: userId, versionId: { not: null } }, select: { decidedById: true, versionId: true, decidedAt: true } }));
  // The newest decision of theirs that froze a version.
  const mine = all
    .filter((s) => s.decidedById === userId && s.versionId !== null)
    .sort((a, b) => (b.decidedAt?.getTime() ?? 0) - (a.decidedAt?.getTime() ?? 0))[0];
  if (!mine) return null;
  const [decidedOn, latest] = await Promise.all([
    db.reportVersion.findUnique({ where: { id: mine.versionId! }, select: { number: true, snapshot: true, hash: true } }),
    db.reportVersion.findFirst({ where: { reportId, reason: "SUBMITTED" }, orderBy: { number: "desc" }, select: { number: true, snapshot: true, hash: true } }),
  ]);
  if (!decidedOn || !latest || latest.number < decidedOn.number || latest.hash === decidedOn.hash) return null;
  return { from: decidedOn.number, to: latest.number, diff: diffSnapshots(parseSnapshot(decidedOn.snapshot), parseSnapshot(latest.snapshot)) };
}
