// A unit's place in a reporting round, as the round board shows it. Pure.

export const BOARD_STATUSES = ["NOT_STARTED", "DRAFTING", "RETURNED", "REOPENED", "IN_REVIEW", "APPROVED"] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];

export interface BoardReport {
  status: "DRAFT" | "IN_REVIEW" | "APPROVED";
  /** Set when the report was sent back (or reopened) and not resubmitted since. */
  returnReason: string | null;
  /** Which of the two: a reviewer's send-back (被退回) or an admin's reopening (已重新打开). */
  returnKind?: "RETURNED" | "REOPENED" | null;
}

export function boardStatus(report: BoardReport | null): BoardStatus {
  if (!report) return "NOT_STARTED";
  if (report.status === "APPROVED") return "APPROVED";
  if (report.status === "IN_REVIEW") return "IN_REVIEW";
  if (!report.returnReason) return "DRAFTING";
  return report.returnKind === "REOPENED" ? "REOPENED" : "RETURNED";
}

/** Overdue = not approved once the deadline has passed, whatever stage it is in. */
export function isOverdue(status: BoardStatus, deadline: Date, now: Date): boolean {
  return status !== "APPROVED" && now.getTime() > deadline.getTime();
}

export interface BoardRow {
  status: BoardStatus;
  overdue: boolean;
}

/** Units that still owe a submission (a reminder goes to them): not started, drafting, sent back or reopened. */
export function owesSubmission(status: BoardStatus): boolean {
  return status === "NOT_STARTED" || status === "DRAFTING" || status === "RETURNED" || status === "REOPENED";
}

/** Counts per status plus the overdue count, for the board's summary line. */
export function summarise(rows: readonly BoardRow[]): Record<BoardStatus | "OVERDUE", number> {
  const out = Object.fromEntries([...BOARD_STATUSES, "OVERDUE"].map((s) => [s, 0])) as Record<BoardStatus | "OVERDUE", number>;
  for (const r of rows) {
    out[r.status]++;
    if (r.overdue) out.OVERDUE++;
  }
  return out;
}
