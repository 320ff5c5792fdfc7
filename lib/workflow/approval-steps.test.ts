import { describe, expect, it } from "vitest";
import { currentStep, isLastStep, isStepApprover, latestCycle, undecidedSoFar, type StepRow } from "./approval-steps";

const step = (cycle: number, position: number, decision: StepRow["decision"], approver: Partial<StepRow> = {}): StepRow => ({
  cycle,
  position,
  decision,
  approverKind: "USER",
  approverUserId: `u${position}`,
  approverUnitId: null,
  ...approver,
});

describe("approval steps", () => {
  it("matches a named user, or a direct LEADER membership of the step's unit", () => {
    const named = step(1, 1, "PENDING");
    expect(isStepApprover(named, { id: "u1", memberships: [] })).toBe(true);
    expect(isStepApprover(named, { id: "u2", memberships: [{ unitId: "x", role: "LEADER" }] })).toBe(false);
    const anyLeader = step(1, 2, "PENDING", { approverKind: "UNIT_LEADER", approverUserId: null, approverUnitId: "jd" });
    expect(isStepApprover(anyLeader, { id: "z", memberships: [{ unitId: "jd", role: "LEADER" }] })).toBe(true);
    expect(isStepApprover(anyLeader, { id: "z", memberships: [{ unitId: "jd", role: "STAFF" }] })).toBe(false);
    expect(isStepApprover(anyLeader, { id: "z", memberships: [{ unitId: "other", role: "LEADER" }] })).toBe(false);
  });

  it("finds the first pending step of the newest submission", () => {
    const steps = [
      step(1, 1, "RETURNED"),
      step(1, 2, "SUPERSEDED"),
      step(2, 2, "PENDING"),
      step(2, 1, "APPROVED"),
    ];
    expect(latestCycle(steps)).toBe(2);
    expect(currentStep(steps)).toMatchObject({ cycle: 2, position: 2 });
    expect(isLastStep(steps, currentStep(steps)!)).toBe(true);
    expect(isLastStep(steps, steps[3])).toBe(false);
  });

  it("has no current step before submission or once everything is decided", () => {
    expect(currentStep([])).toBeNull();
    expect(currentStep([step(1, 1, "APPROVED"), step(1, 2, "APPROVED")])).toBeNull();
    // A stray pending row of an older submission never routes the report.
    expect(currentStep([step(1, 2, "PENDING"), step(2, 1, "APPROVED")])).toBeNull();
  });

  it("allows withdrawing only while no step of the newest submission has decided", () => {
    expect(undecidedSoFar([step(1, 1, "PENDING"), step(1, 2, "PENDING")])).toBe(true);
    expect(undecidedSoFar([step(1, 1, "APPROVED"), step(1, 2, "PENDING")])).toBe(false);
    // An earlier, sent-back submission does not count against the new one.
    expect(undecidedSoFar([step(1, 1, "RETURNED"), step(1, 2, "SUPERSEDED"), step(2, 1, "PENDING"), step(2, 2, "PENDING")])).toBe(true);
  });
});
