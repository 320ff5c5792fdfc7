// Who approves what, step by step. Pure functions over plain rows, shared by the domain functions, the
// inbox query and the pages, so "is it my turn?" has exactly one answer everywhere.

export type ApproverKind = "USER" | "UNIT_LEADER";
export type Decision = "PENDING" | "APPROVED" | "RETURNED" | "SUPERSEDED";
/** 会签 (ALL: every approver of the step approves) or 或签 (ANY: the first approval completes the step). */
export type StepMode = "ALL" | "ANY";

export interface StepApprover {
  approverKind: ApproverKind;
  approverUserId: string | null;
  approverUnitId: string | null;
}

/**
 * One approver's slot of a step: the slots of a step share cycle and position (and label and mode). A row
 * without slot/mode (old callers' selects) is slot 0 of an ALL step, which is how single-approver steps
 * behave in either mode.
 */
export interface StepRow extends StepApprover {
  cycle: number;
  position: number;
  slot?: number;
  mode?: StepMode;
  decision: Decision;
  decidedById?: string | null;
  onBehalfOfId?: string | null;
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

/** The slots of the newest submission, in order (position, then slot). */
export function stepsOfLatestCycle<T extends StepRow>(steps: readonly T[]): T[] {
  const cycle = latestCycle(steps);
  return steps.filter((s) => s.cycle === cycle).sort((a, b) => a.position - b.position || (a.slot ?? 0) - (b.slot ?? 0));
}

/**
 * The step waiting for a decision, as its first PENDING slot in the newest submission. Earlier submissions
 * never have one (their open steps are superseded when the report is sent back), but they are ignored
 * here anyway so a stale row cannot route a report to the wrong person.
 */
export function currentStep<T extends StepRow>(steps: readonly T[]): T | null {
  return stepsOfLatestCycle(steps).find((s) => s.decision === "PENDING") ?? null;
}

/** All slots (whatever their decision) of the step at `position` of submission `cycle`, in slot order. */
export function slotsOf<T extends StepRow>(steps: readonly T[], at: { cycle: number; position: number }): T[] {
  return steps.filter((s) => s.cycle === at.cycle && s.position === at.position).sort((a, b) => (a.slot ?? 0) - (b.slot ?? 0));
}

/** The slots of the step waiting for a decision (empty when none waits). */
export function currentSlots<T extends StepRow>(steps: readonly T[]): T[] {
  const step = currentStep(steps);
  return step ? slotsOf(steps, step) : [];
}

/**
 * Whether a step's slots, as they stand, complete it: 会签 when every slot is approved, 或签 when one is.
 * A returned slot never completes a step (the whole submission went back).
 */
export function stepComplete(slots: readonly Pick<StepRow, "decision" | "mode">[]): boolean {
  if (slots.length === 0 || slots.some((s) => s.decision === "RETURNED")) return false;
  const mode = slots[0].mode ?? "ALL";
  return mode === "ANY" ? slots.some((s) => s.decision === "APPROVED") : slots.every((s) => s.decision === "APPROVED");
}

/** The step's outcome for the reading view: returned, complete (approved), still waiting, or never reached. */
export function stepOutcome(slots: readonly Pick<StepRow, "decision" | "mode">[]): Decision {
  if (slots.some((s) => s.decision === "RETURNED")) return "RETURNED";
  if (stepComplete(slots)) return "APPROVED";
  if (slots.some((s) => s.decision === "PENDING")) return "PENDING";
  return "SUPERSEDED";
}

/** Someone who may decide for others: the leaders who named them delegate for today (lib/workflow/delegations.ts). */
export interface DeciderIdentity extends ApproverIdentity {
  actingFor?: readonly ApproverIdentity[];
}

export interface SlotMatch<T> {
  slot: T;
  /** null: the person decides as themselves; else the approver they decide for as delegate (X 代 Y). */
  onBehalfOf: ApproverIdentity | null;
}

/**
 * The slot of the current step this person would fill by deciding now, or null when none is theirs:
 * - a pending slot whose approver they are, else one whose approver is a leader who delegated to them
 *   (their own part first, so a delegate who is also an approver decides as themselves);
 * - never a second slot of one step: in a 会签 step someone who already approved (themselves, or for the
 *   leader they stand in for) cannot fill another slot, or one person would make "everyone approved" true.
 * Only direct delegations are in actingFor, so a delegate cannot pass the right on (no chains).
 */
export function slotFor<T extends StepRow>(steps: readonly T[], who: DeciderIdentity): SlotMatch<T> | null {
  const slots = currentSlots(steps);
  if (slots.length === 0) return null;
  const decidedBy = new Set(slots.filter((s) => s.decision !== "PENDING").flatMap((s) => [s.decidedById, s.onBehalfOfId]).filter((x): x is string => !!x));
  const pending = slots.filter((s) => s.decision === "PENDING");
  if (!decidedBy.has(who.id)) {
    // Named first: a person who is both named in one slot and a leader of another slot's unit fills their named one.
    const own = pending.find((s) => s.approverKind === "USER" && isStepApprover(s, who)) ?? pending.find((s) => isStepApprover(s, who));
    if (own) return { slot: own, onBehalfOf: null };
  }
  for (const principal of who.actingFor ?? []) {
    if (principal.id === who.id || decidedBy.has(principal.id) || decidedBy.has(who.id)) continue;
    const theirs = pending.find((s) => s.approverKind === "USER" && isStepApprover(s, principal)) ?? pending.find((s) => isStepApprover(s, principal));
    if (theirs) return { slot: theirs, onBehalfOf: principal };
  }
  return null;
}

/** Whether `step` is the last of its submission's chain (completing it approves the report). */
export function isLastStep(steps: readonly StepRow[], step: StepRow): boolean {
  return !steps.some((s) => s.cycle === step.cycle && s.position > step.position);
}

/** A submission may be withdrawn by its drafters only while no step of it has decided yet. */
export function undecidedSoFar(steps: readonly StepRow[]): boolean {
  return stepsOfLatestCycle(steps).every((s) => s.decision === "PENDING");
}
