import { describe, expect, it } from "vitest";
import { boardStatus, isOverdue, owesSubmission, summarise } from "./board-status";

describe("round board status", () => {
  it("derives the stage from the report", () => {
    expect(boardStatus(null)).toBe("NOT_STARTED");
    expect(boardStatus({ status: "DRAFT", returnReason: null })).toBe("DRAFTING");
    expect(boardStatus({ status: "DRAFT", returnReason: "数据需核实" })).toBe("RETURNED");
    expect(boardStatus({ status: "DRAFT", returnReason: "数据需核实", returnKind: "RETURNED" })).toBe("RETURNED");
    expect(boardStatus({ status: "DRAFT", returnReason: "补充附件", returnKind: "REOPENED" })).toBe("REOPENED");
    expect(boardStatus({ status: "IN_REVIEW", returnReason: null })).toBe("IN_REVIEW");
    expect(boardStatus({ status: "APPROVED", returnReason: null })).toBe("APPROVED");
  });

  it("is overdue after the deadline unless approved", () => {
    const deadline = new Date("2025-12-31T15:59:59Z");
    const after = new Date("2026-01-01T00:00:00Z");
    expect(isOverdue("DRAFTING", deadline, after)).toBe(true);
    expect(isOverdue("NOT_STARTED", deadline, after)).toBe(true);
    expect(isOverdue("APPROVED", deadline, after)).toBe(false);
    expect(isOverdue("IN_REVIEW", deadline, new Date("2025-12-31T00:00:00Z"))).toBe(false);
  });

  it("counts each stage and the overdue ones", () => {
    expect(
      summarise([
        { status: "APPROVED", overdue: false },
        { status: "NOT_STARTED", overdue: true },
        { status: "RETURNED", overdue: true },
      ]),
    ).toEqual({ NOT_STARTED: 1, DRAFTING: 0, RETURNED: 1, REOPENED: 0, IN_REVIEW: 0, APPROVED: 1, OVERDUE: 2 });
  });

  it("owes a submission until it is in review or approved", () => {
    expect(["NOT_STARTED", "DRAFTING", "RETURNED", "REOPENED", "IN_REVIEW", "APPROVED"].filter((s) => owesSubmission(s as never))).toEqual([
      "NOT_STARTED",
      "DRAFTING",
      "RETURNED",
      "REOPENED",
    ]);
  });
});
