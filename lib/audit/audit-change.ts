import "server-only";
import type { Tx } from "@/lib/db";
import type { ActionContext } from "@/lib/domain/action-context";
import type { AuditAction } from "./audit-actions";
import { writeAudit } from "./write-audit";

/**
 * The one way a change made by someone is audited: inside the change's own transaction, with who did it
 * and from where (the action's context), what it was (a known AuditAction, so the history can word it)
 * and what it touched. Events without a person (the scheduler) or without an action context (the export
 * and sign-in routes) call writeAudit with the same typed input.
 */
export function auditChange(
  tx: Tx,
  ctx: ActionContext,
  action: AuditAction,
  target: { type: string; id: string; reportId?: string | null },
  data: Record<string, unknown> = {},
) {
  return writeAudit(tx, {
    actorId: ctx.actor.id,
    action,
    targetType: target.type,
    targetId: target.id,
    reportId: target.reportId ?? null,
    data,
    ip: ctx.meta.ip,
    userAgent: ctx.meta.userAgent,
  });
}
