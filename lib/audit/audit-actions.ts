// Every action the audit trail records, so each can be named in words (review.history.action.<action> in
// every UI language). audit-actions.test.ts proves the list matches what the code writes.
export const AUDIT_ACTIONS = [
  "auth.login",
  "auth.login_failed",
  "auth.logout",
  "admin.user_create",
  "admin.user_disable",
  "admin.user_enable",
  "admin.membership_add",
  "admin.membership_remove",
  "unit.create",
  "unit.rename",
  "unit.move",
  "unit.disable",
  "unit.enable",
  "chain.add",
  "chain.move",
  "chain.remove",
  "chain.mode",
  "delegation.create",
  "delegation.cancel",
  "round.create",
  "round.remind",
  "round.export",
  "report.create",
  "report.import",
  "report.submit",
  "report.withdraw",
  "report.approve",
  "report.return",
  "report.reopen",
  "report.reassign",
  "report.export",
  "report.frame",
  "report.punctuation",
  "comment.add",
  "comment.reply",
  "comment.resolve",
  "comment.reopen",
  "section.save",
  "section.add",
  "section.delete",
  "section.move",
  "section.owner",
  "section.confirm",
  "section.confirm_sentence",
  "section.pull",
  "metric.add",
  "metric.save",
  "metric.delete",
  "metric.part",
  "metric.take",
  "plan.add",
  "plan.save",
  "plan.delete",
  "plan.move",
  "plan_review.save",
  "problem.links",
  "template.create",
  "template.version",
  "template.import",
  "template.figure_rule",
  "seed.report",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The message key naming an action ("report.export" → "review.history.action.report.export"). */
export function auditActionKey(action: string): string {
  return `review.history.action.${action}`;
}

/** Words for what an event was about, beyond its action: the values its message may use. */
export function auditEventValues(event: { action: string; data: Record<string, unknown> }): Record<string, string> {
  const d = event.data;
  const str = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "");
  return {
    format: str(d.format).toUpperCase() === "MD" ? "Markdown" : str(d.format).toUpperCase() === "DOCX" ? "Word" : str(d.format).toUpperCase(),
    label: str(d.label),
    version: str(d.version),
    step: str(d.step),
    count: str(d.count),
  };
}
