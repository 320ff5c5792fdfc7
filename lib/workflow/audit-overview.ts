import "server-only";
import { db } from "@/lib/db";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { assertCanAnywhere, type Actor } from "@/lib/permissions";

/**
 * The admin's view of the audit trail: the whole hash chain re-verified now (every event's hash and its
 * link to the one before), the event where it breaks if it does, and the total number of events.
 */
export async function auditOverview(actor: Actor) {
  assertCanAnywhere(actor, "admin.view");
  const started = Date.now();
  const check = await verifyAuditChain();
  const tookMs = Date.now() - started;
  const broken = check.brokenAt
    ? await db.auditEvent.findUnique({
        where: { seq: check.brokenAt.seq },
        select: { seq: true, createdAt: true, action: true, targetType: true, targetId: true, reportId: true },
      })
    : null;
  const total = await db.auditEvent.count();
  return { ok: check.ok, total, brokenAt: check.brokenAt ?? null, broken, tookMs };
}
