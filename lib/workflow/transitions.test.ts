import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { REPORT_STATUSES, WORKFLOW_ACTIONS, requireTransition, transition } from "./transitions";

describe("the workflow transition table", () => {
  it("is exactly this table: every status × action → next status or the refusal", () => {
    const table = Object.fromEntries(
      REPORT_STATUSES.map((status) => [
        status,
        Object.fromEntries(
          WORKFLOW_ACTIONS.map((action) => {
            const notLast = transition(status, action, { lastStep: false });
            const last = transition(status, action, { lastStep: true });
            const show = (r: typeof last) => (r.ok ? `→ ${r.to}` : `✗ ${r.error}`);
            return [action, show(notLast) === show(last) ? show(last) : `${show(notLast)} | last step ${show(last)}`];
          }),
        ),
      ]),
    );
    expect(table).toEqual({
      DRAFT: {
        submit: "→ IN_REVIEW",
        withdraw: "✗ reviewErrors.notInReview",
        approve: "✗ reviewErrors.notInReview",
        return: "✗ reviewErrors.notInReview",
        reopen: "✗ reviewErrors.notApproved",
        edit: "→ DRAFT",
        comment: "→ DRAFT",
      },
      IN_REVIEW: {
        submit: "✗ reviewErrors.alreadySubmitted",
        withdraw: "→ DRAFT",
        approve: "→ IN_REVIEW | last step → APPROVED",
        return: "→ DRAFT",
        reopen: "✗ reviewErrors.notApproved",
        edit: "✗ reportLocked",
        comment: "→ IN_REVIEW",
      },
      APPROVED: {
        submit: "✗ reviewErrors.alreadyApproved",
        withdraw: "✗ reviewErrors.notInReview",
        approve: "✗ reviewErrors.notInReview",
        return: "✗ reviewErrors.notInReview",
        reopen: "→ DRAFT",
        edit: "✗ reportLocked",
        comment: "✗ reviewErrors.commentsClosed",
      },
    });
  });

  it("only DRAFT is editable, and APPROVED is left only by reopening", () => {
    expect(REPORT_STATUSES.filter((s) => transition(s, "edit").ok)).toEqual(["DRAFT"]);
    const leaving = WORKFLOW_ACTIONS.filter((a) => {
      const r = transition("APPROVED", a, { lastStep: true });
      return r.ok && r.to !== "APPROVED";
    });
    expect(leaving).toEqual(["reopen"]);
  });

  it("throws the refusal as a DomainError whose code is the message key", () => {
    expect(requireTransition("DRAFT", "submit")).toBe("IN_REVIEW");
    try {
      requireTransition("APPROVED", "edit");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe("reportLocked");
    }
  });
});
