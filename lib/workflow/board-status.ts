// A unit's place in a reporting round, as the round board shows it. Pure.

export const BOARD_STATUSES = ["NOT_STARTED", "DRAFTING", "RETURNED", "IN_REVIEW", "APPROVED"] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];

export interface BoardReport {
  status: "DRAFT" | "IN_REVIEW" | "APPROVED";
  /** Set when the report was sent back (or reopened) and not resubmitted since. */
  returnReason: string | null;
}

export function boardStatus(report: BoardReport | null): BoardStatus {
  if (!report) return "NOT_STARTED";
  if (report.status === "APPROVED") return "APPROVED";
  if (report.status === "IN_REVIEW") return "IN_REVIEW";
  return report.returnReason ? "RETURNED" : "DRAFTING";
}

/** Overdue = not approved once the deadline has passed, whatever stage it is in. */
export function isOverdue(status: BoardStatus, deadline: Date, now: Date): boolean {
  return status !== "APPROVED" && now.getTime() > deadline.getTime();
}

export interface BoardRow {
  status: BoardStatus;
  overdue: boolean;
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
