// Who approves what, step by step. Pure functions over plain rows, shared by the domain functions, the
// inbox query and the pages, so "is it my turn?" has exactly one answer everywhere.

export type ApproverKind = "USER" | "UNIT_LEADER";
export type Decision = "PENDING" | "APPROVED" | "RETURNED" | "SUPERSEDED";

export interface StepApprover {
  approverKind: ApproverKind;
  approverUserId: string | null;
  approverUnitId: string | null;
}

export interface StepRow extends StepApprover {
  cycle: number;
  position: number;
  decision: Decision;
}

export interface ApproverIdentity {
  id: string;
  memberships: readonly { unitId: string; role: string }[];
}

/**
 * Whether this person is the step's approver: the named user, or — for "any leader of unit U" — someone
 * holding a LEADER membership in U itself. A leader of a unit above U does not count: the chain names the
 * unit whose leaders sign, and the admin can name the parent unit if that is what is meant.
 */
export function isStepApprover(step: StepApprover, who: ApproverIdentity): boolean {
  if (step.approverKind === "USER") return step.approverUserId === who.id;
  return who.memberships.some((m) => m.role === "LEADER" && m.unitId === step.approverUnitId);
}

/** The newest submission's number (0 before the first submission). */
export function latestCycle(steps: readonly { cycle: number }[]): number {
  return steps.reduce((max, s) => Math.max(max, s.cycle), 0);
}

/** The steps of the newest submission, in order. */
export function stepsOfLatestCycle<T extends StepRow>(steps: readonly T[]): T[] {
  const cycle = latestCycle(steps);
  return steps.filter((s) => s.cycle === cycle).sort((a, b) => a.position - b.position);
}

/**
 * The step waiting for a decision: the first PENDING step of the newest submission. Earlier submissions
 * never have one (their open steps are superseded when the report is sent back), but they are ignored
 * here anyway so a stale row cannot route a report to the wrong person.
 */
export function currentStep<T extends StepRow>(steps: readonly T[]): T | null {
  return stepsOfLatestCycle(steps).find((s) => s.decision === "PENDING") ?? null;
}

/** Whether `step` is the last of its submission's chain (approving it approves the report). */
export function isLastStep(steps: readonly StepRow[], step: StepRow): boolean {
  return !steps.some((s) => s.cycle === step.cycle && s.position > step.position);
}

/** A submission may be withdrawn by its drafters only while no step of it has decided yet. */
export function undecidedSoFar(steps: readonly StepRow[]): boolean {
  return stepsOfLatestCycle(steps).every((s) => s.decision === "PENDING");
}
