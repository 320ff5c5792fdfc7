// 委托审批 as pure rules: which delegations grant anything today, and which new ones are refused. Days are
// calendar days in Asia/Shanghai (UTC+8 all year, no daylight saving), written YYYY-MM-DD, both ends
// included — so a delegation "until 12-31" holds until midnight in Beijing, whatever the server's zone.

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The Asia/Shanghai calendar day of an instant, as YYYY-MM-DD. */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export interface DelegationWindow {
  startDay: string;
  endDay: string;
  cancelledAt: Date | null;
}

/** Whether a delegation grants its rights at `now`: not cancelled, and today (in Shanghai) within its days. */
export function delegationActive(d: DelegationWindow, now: Date): boolean {
  if (d.cancelledAt) return false;
  const today = shanghaiDay(now);
  return d.startDay <= today && today <= d.endDay;
}

/** Past, current or future, for the list on the delegation page. */
export function delegationPhase(d: DelegationWindow, now: Date): "CANCELLED" | "FUTURE" | "ACTIVE" | "EXPIRED" {
  if (d.cancelledAt) return "CANCELLED";
  const today = shanghaiDay(now);
  if (today < d.startDay) return "FUTURE";
  if (today > d.endDay) return "EXPIRED";
  return "ACTIVE";
}

export type DelegationRefusal =
  | "reviewErrors.delegationSelf"
  | "reviewErrors.delegationDays"
  | "reviewErrors.delegationPast"
  | "reviewErrors.delegationNotLeader"
  | "reviewErrors.delegateInvalid";

/**
 * null = the delegation may be created. The leader must hold a LEADER role (only they have steps to hand
 * over); the delegate must be another active user; the days a valid range that has not already ended.
 */
export function delegationRefusal(f: {
  fromId: string;
  toId: string;
  fromIsLeader: boolean;
  toIsActive: boolean;
  startDay: string;
  endDay: string;
  now: Date;
}): DelegationRefusal | null {
  if (!f.fromIsLeader) return "reviewErrors.delegationNotLeader";
  if (f.fromId === f.toId) return "reviewErrors.delegationSelf";
  if (!f.toIsActive) return "reviewErrors.delegateInvalid";
  if (!DAY_PATTERN.test(f.startDay) || !DAY_PATTERN.test(f.endDay) || f.endDay < f.startDay) return "reviewErrors.delegationDays";
  if (f.endDay < shanghaiDay(f.now)) return "reviewErrors.delegationPast";
  return null;
}
