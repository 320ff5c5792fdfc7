import { describe, expect, it } from "vitest";
import { currentSlots, currentStep, isLastStep, isStepApprover, latestCycle, slotFor, stepComplete, stepOutcome, undecidedSoFar, type StepRow } from "./approval-steps";

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

  describe("several approvers in a step (会签 / 或签)", () => {
    /** Step 1 has slots for a, b (and c) in `mode`; step 2 is d's alone. */
    const chain = (mode: "ALL" | "ANY", decisions: StepRow["decision"][], extra: Partial<StepRow>[] = []): StepRow[] => [
      ...decisions.map((decision, slot) => ({
        ...step(1, 1, decision, { approverUserId: ["a", "b", "c"][slot], mode, slot }),
        ...(extra[slot] ?? {}),
      })),
      step(1, 2, "PENDING", { approverUserId: "d" }),
    ];
    const who = (id: string, more: Partial<{ memberships: { unitId: string; role: string }[]; actingFor: { id: string; memberships: [] }[] }> = {}) => ({
      id,
      memberships: [],
      ...more,
    });

    it("all-of: complete only when every slot is approved; any-of: as soon as one is", () => {
      expect(stepComplete(chain("ALL", ["APPROVED", "PENDING"]).slice(0, 2))).toBe(false);
      expect(stepComplete(chain("ALL", ["APPROVED", "APPROVED"]).slice(0, 2))).toBe(true);
      expect(stepComplete(chain("ANY", ["PENDING", "APPROVED"]).slice(0, 2))).toBe(true);
      expect(stepComplete(chain("ANY", ["PENDING", "PENDING"]).slice(0, 2))).toBe(false);
      // A single approver completes either mode alike (old rows without a mode are ALL).
      expect(stepComplete([step(1, 1, "APPROVED")])).toBe(true);
      expect(stepComplete([step(1, 1, "APPROVED", { mode: "ANY" })])).toBe(true);
    });

    it("one return wins: a returned slot never completes the step, whatever the others did", () => {
      expect(stepComplete(chain("ANY", ["APPROVED", "RETURNED"]).slice(0, 2))).toBe(false);
      expect(stepComplete(chain("ALL", ["APPROVED", "RETURNED", "SUPERSEDED"]).slice(0, 3))).toBe(false);
      expect(stepOutcome(chain("ALL", ["APPROVED", "RETURNED", "SUPERSEDED"]).slice(0, 3))).toBe("RETURNED");
      expect(stepOutcome(chain("ANY", ["APPROVED", "SUPERSEDED"]).slice(0, 2))).toBe("APPROVED");
      expect(stepOutcome(chain("ALL", ["APPROVED", "PENDING"]).slice(0, 2))).toBe("PENDING");
    });

    it("the step stays current while a 会签 slot is pending, and each approver finds their own slot", () => {
      const steps = chain("ALL", ["APPROVED", "PENDING"], [{ decidedById: "a" }]);
      expect(currentStep(steps)).toMatchObject({ position: 1, slot: 1 });
      expect(currentSlots(steps)).toHaveLength(2);
      expect(slotFor(steps, who("b"))?.slot).toMatchObject({ slot: 1 });
      // a already approved: nothing left for them; d's step is not reached yet.
      expect(slotFor(steps, who("a"))).toBeNull();
      expect(slotFor(steps, who("d"))).toBeNull();
    });

    it("one person fills at most one slot of a step (named in one, leader of another's unit)", () => {
      const steps: StepRow[] = [
        step(1, 1, "APPROVED", { approverUserId: "a", slot: 0, decidedById: "a" }),
        step(1, 1, "PENDING", { approverKind: "UNIT_LEADER", approverUserId: null, approverUnitId: "u", slot: 1 }),
      ];
      expect(slotFor(steps, who("a", { memberships: [{ unitId: "u", role: "LEADER" }] }))).toBeNull();
      expect(slotFor(steps, who("z", { memberships: [{ unitId: "u", role: "LEADER" }] }))?.slot).toMatchObject({ slot: 1 });
      // Named first: someone named in one slot and leading another's unit fills the named one.
      const both: StepRow[] = [
        step(1, 1, "PENDING", { approverKind: "UNIT_LEADER", approverUserId: null, approverUnitId: "u", slot: 0 }),
        step(1, 1, "PENDING", { approverUserId: "a", slot: 1 }),
      ];
      expect(slotFor(both, who("a", { memberships: [{ unitId: "u", role: "LEADER" }] }))?.slot).toMatchObject({ slot: 1 });
    });

    it("a delegate fills their leader's slot on their behalf, their own part first, and never passes it on", () => {
      const steps = chain("ANY", ["PENDING", "PENDING"]);
      const match = slotFor(steps, who("x", { actingFor: [{ id: "b", memberships: [] }] }));
      expect(match?.slot).toMatchObject({ approverUserId: "b" });
      expect(match?.onBehalfOf?.id).toBe("b");
      // An approver who is also someone's delegate decides as themselves.
      expect(slotFor(steps, who("a", { actingFor: [{ id: "b", memberships: [] }] }))?.onBehalfOf).toBeNull();
      // Delegations are not transitive: actingFor holds only direct principals, whose own actingFor is ignored.
      const chained = { id: "x", memberships: [], actingFor: [{ id: "y", memberships: [], actingFor: [{ id: "a", memberships: [] }] }] };
      expect(slotFor(steps, chained)).toBeNull();
      // Once the leader's slot is decided (by them or for them) the delegate has nothing more.
      const decided = chain("ALL", ["PENDING", "APPROVED"], [{}, { decidedById: "x", onBehalfOfId: "b" }]);
      expect(slotFor(decided, who("x", { actingFor: [{ id: "b", memberships: [] }] }))).toBeNull();
      expect(slotFor(decided, who("b"))).toBeNull();
    });

    it("withdrawing is refused once any approver of a 会签 step approved", () => {
      expect(undecidedSoFar(chain("ALL", ["APPROVED", "PENDING"]))).toBe(false);
    });
  });
});
