// Every permission-checked action in Summa. Deny by default: an action not granted to a role in
// ROLE_ACTIONS is refused, and an action not listed here cannot be checked at all.
export const ACTIONS = [
  "report.view",
  "report.create",
  "report.edit",
  "report.submit",
  "report.comment",
  "report.review",
  "report.reopen",
  "report.reassign",
  "report.export",
  /** The 汇总 view of a report: its unit's children's reports in the round, combined (lib/rollup). */
  "report.rollup",
  "round.board",
  "round.remind",
  /** 委托审批: a leader names a delegate for their own approval steps for some days. */
  "review.delegate",
  "admin.view",
  "admin.units",
  "admin.users",
  "admin.rounds",
  "admin.chains",
  /** Delegations of the leaders in the admin's units: named or cancelled for them. */
  "admin.delegations",
  /** Create and edit report templates (new versions); templates serve every unit. */
  "template.edit",
] as const;
export type Action = (typeof ACTIONS)[number];

export const ROLES = ["STAFF", "LEADER", "ADMIN"] as const;
export type RoleName = (typeof ROLES)[number];

/**
 * How far a role reaches from the unit of its membership: staff draft for their own unit only;
 * leaders and admins see the unit's whole subtree (a 街道 leader sees the 社区 reports).
 */
export const ROLE_REACH: Record<RoleName, "unit" | "subtree"> = {
  STAFF: "unit",
  LEADER: "subtree",
  ADMIN: "subtree",
};

/** The table of role → permitted actions. */
export const ROLE_ACTIONS: Record<RoleName, readonly Action[]> = {
  // Staff reach their own unit only: a 街道's drafter reads the roll-up of the 街道's report (what its
  // units reported, to write from), not the units' reports themselves.
  STAFF: ["report.view", "report.create", "report.edit", "report.submit", "report.comment", "report.export", "report.rollup"],
  LEADER: ["report.view", "report.comment", "report.review", "report.export", "report.rollup", "round.board", "round.remind", "review.delegate"],
  ADMIN: [
    "report.view",
    "report.reopen",
    "report.reassign",
    "report.export",
    "report.rollup",
    "round.board",
    "round.remind",
    "admin.view",
    "admin.units",
    "admin.users",
    "admin.rounds",
    "admin.chains",
    "admin.delegations",
    "template.edit",
  ],
};
