// Whether a person may approve or send back a report now, and if not, which refusal they get. Pure, so
// every rule of the separation of duties is unit-tested; lib/workflow/decide-report.ts feeds it the facts.
import { transition, type ReportStatus } from "./transitions";

export interface DecisionFacts {
  /** The actor may view the report's unit at all (else: not found, the report's existence stays hidden). */
  canView: boolean;
  /** The actor holds report.review on the report's unit (LEADER reach). */
  canReview: boolean;
  status: ReportStatus;
  /** The revision the actor's page showed equals the report's revision now. */
  revisionMatches: boolean;
  /** There is a pending step and the actor is its approver. */
  isCurrentApprover: boolean;
  /** The actor drafted the report (see lib/workflow/drafters.ts for who counts). */
  isDrafter: boolean;
}

export type DecisionRefusal =
  | "notFound"
  | "forbidden"
  | "reviewErrors.staleDecision"
  | "reviewErrors.notInReview"
  | "reviewErrors.alreadySubmitted"
  | "reviewErrors.alreadyApproved"
  | "reviewErrors.notApproved"
  | "reviewErrors.commentsClosed"
  | "reportLocked"
  | "reviewErrors.notYourTurn"
  | "reviewErrors.ownReport";

/**
 * null = may decide. The order matters: hidden before forbidden; a page that is out of date is told to
 * reload before anything else (so two people clicking at once see "someone else decided", not a puzzle);
 * then the workflow state, the turn, and last the separation of duties.
 */
export function decisionRefusal(f: DecisionFacts): DecisionRefusal | null {
  if (!f.canView) return "notFound";
  if (!f.canReview) return "forbidden";
  if (!f.revisionMatches) return "reviewErrors.staleDecision";
  const t = transition(f.status, "approve", { lastStep: false });
  if (!t.ok) return t.error;
  if (!f.isCurrentApprover) return "reviewErrors.notYourTurn";
  if (f.isDrafter) return "reviewErrors.ownReport";
  return null;
}
