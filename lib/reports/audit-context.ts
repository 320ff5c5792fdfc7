import "server-only";
import type { Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write-audit";
import type { ActionContext } from "@/lib/domain/action-context";

/** Writes the audit event of a drafting change inside its transaction. */
export function auditChange(
  tx: Tx,
  ctx: ActionContext,
  action: string,
  target: { type: string; id: string; reportId: string },
  data: Record<string, unknown> = {},
) {
  return writeAudit(tx, {
    actorId: ctx.actor.id,
    action,
    targetType: target.type,
    targetId: target.id,
    reportId: target.reportId,
    data,
    ip: ctx.meta.ip,
    userAgent: ctx.meta.userAgent,
  });
}
