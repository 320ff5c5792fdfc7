import { describe, expect, it } from "vitest";
import { decisionRefusal, type DecisionFacts } from "./decision-guard";

const ok: DecisionFacts = {
  canView: true,
  canReview: true,
  status: "IN_REVIEW",
  revisionMatches: true,
  isCurrentApprover: true,
  isDrafter: false,
};

describe("who may approve or send back", () => {
  it("lets the current step's approver decide", () => {
    expect(decisionRefusal(ok)).toBeNull();
  });

  it("hides the report from people outside its units", () => {
    expect(decisionRefusal({ ...ok, canView: false, canReview: false })).toBe("notFound");
  });

  it("refuses people without the review permission (a drafter)", () => {
    expect(decisionRefusal({ ...ok, canReview: false })).toBe("forbidden");
  });

  it("refuses out of turn: a later step's approver while an earlier step is pending", () => {
    expect(decisionRefusal({ ...ok, isCurrentApprover: false })).toBe("reviewErrors.notYourTurn");
  });

  it("refuses a drafter who is also a leader (separation of duties)", () => {
    expect(decisionRefusal({ ...ok, isDrafter: true })).toBe("reviewErrors.ownReport");
  });

  it("asks a stale page to reload before anything else, so a double click is not a puzzle", () => {
    expect(decisionRefusal({ ...ok, revisionMatches: false, isCurrentApprover: false })).toBe("reviewErrors.staleDecision");
  });

  it("refuses decisions outside review", () => {
    expect(decisionRefusal({ ...ok, status: "DRAFT" })).toBe("reviewErrors.notInReview");
    expect(decisionRefusal({ ...ok, status: "APPROVED" })).toBe("reviewErrors.notInReview");
  });
});
