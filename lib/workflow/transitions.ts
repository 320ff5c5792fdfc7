// The report workflow as one table: for every status and every action, either the status it leads to or
// the error that refuses it. Pure (no database, no actor): the domain functions ask it first, and the unit
// test pins the whole table so a change to the workflow is a deliberate, reviewed edit.
//
//   DRAFT ──submit──▶ IN_REVIEW ──approve (last step)──▶ APPROVED
//     ▲                  │  └─approve (not last)─▶ stays IN_REVIEW, next step
//     └──── return ──────┘
//   APPROVED ──reopen (admin, with reason)──▶ DRAFT
//   IN_REVIEW ──withdraw (a drafter, before any step has decided)──▶ DRAFT

import { DomainError } from "@/lib/errors";

export const REPORT_STATUSES = ["DRAFT", "IN_REVIEW", "APPROVED"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const WORKFLOW_ACTIONS = ["submit", "withdraw", "approve", "return", "reopen", "edit", "comment"] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** Message keys of the refusals. "errors.reportLocked" is the drafting code the editor already shows. */
export type WorkflowRefusal =
  | "reviewErrors.alreadySubmitted"
  | "reviewErrors.alreadyApproved"
  | "reviewErrors.notInReview"
  | "reviewErrors.notApproved"
  | "reviewErrors.commentsClosed"
  | "reportLocked";

type Rule =
  | { to: ReportStatus }
  /** approve: stays in review while steps remain, approved after the last one. */
  | { to: "NEXT_STEP_OR_APPROVED" }
  | { refuse: WorkflowRefusal };

export const TRANSITIONS: Record<ReportStatus, Record<WorkflowAction, Rule>> = {
  DRAFT: {
    submit: { to: "IN_REVIEW" },
    withdraw: { refuse: "reviewErrors.notInReview" },
    approve: { refuse: "reviewErrors.notInReview" },
    return: { refuse: "reviewErrors.notInReview" },
    reopen: { refuse: "reviewErrors.notApproved" },
    edit: { to: "DRAFT" },
    comment: { to: "DRAFT" },
  },
  IN_REVIEW: {
    submit: { refuse: "reviewErrors.alreadySubmitted" },
    // Only until the first step decides (checked by withdrawReport, which sees the steps).
    withdraw: { to: "DRAFT" },
    approve: { to: "NEXT_STEP_OR_APPROVED" },
    return: { to: "DRAFT" },
    reopen: { refuse: "reviewErrors.notApproved" },
    edit: { refuse: "reportLocked" },
    comment: { to: "IN_REVIEW" },
  },
  APPROVED: {
    submit: { refuse: "reviewErrors.alreadyApproved" },
    withdraw: { refuse: "reviewErrors.notInReview" },
    approve: { refuse: "reviewErrors.notInReview" },
    return: { refuse: "reviewErrors.notInReview" },
    reopen: { to: "DRAFT" },
    // Approved = locked for everyone, discussion included; reopening starts a new round of comments.
    edit: { refuse: "reportLocked" },
    comment: { refuse: "reviewErrors.commentsClosed" },
  },
};

export type TransitionResult = { ok: true; to: ReportStatus } | { ok: false; error: WorkflowRefusal };

/** Where `action` leads from `status`; `lastStep` says whether the approval being recorded is the chain's last. */
export function transition(status: ReportStatus, action: WorkflowAction, opts: { lastStep?: boolean } = {}): TransitionResult {
  const rule = TRANSITIONS[status][action];
  if ("refuse" in rule) return { ok: false, error: rule.refuse };
  if (rule.to === "NEXT_STEP_OR_APPROVED") return { ok: true, to: opts.lastStep ? "APPROVED" : "IN_REVIEW" };
  return { ok: true, to: rule.to };
}

/** The same, throwing the refusal as a DomainError the action turns into a message. */
export function requireTransition(status: ReportStatus, action: WorkflowAction, opts: { lastStep?: boolean } = {}): ReportStatus {
  const result = transition(status, action, opts);
  if (!result.ok) throw new DomainError(result.error);
  return result.to;
}
