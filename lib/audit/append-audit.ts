// Appending to the audit chain, independent of how the client was made (used by the app through
// write-audit.ts and by scripts such as the seed).
import type { Prisma } from "@/lib/generated/sqlite/client";
import type { DbKind } from "@/lib/db/create-client";
import { auditEventHash, canonicalJson, GENESIS_HASH } from "./chain";
import type { AuditAction } from "./audit-actions";

export interface AuditInput {
  actorId: string | null;
  /** One of AUDIT_ACTIONS, so every event can be named in words in the history. */
  action: AuditAction;
  targetType: string;
  targetId?: string | null;
  reportId?: string | null;
  data?: Record<string, unknown>;
  ip?: string | null;
  userAgent?: string | null;
}

const AUDIT_LOCK_KEY = 7_420_116;

/**
 * Appends one event inside the caller's transaction. Appends are serialized (an advisory transaction
 * lock on PostgreSQL; SQLite has a single writer) so two concurrent transactions never fork the chain.
 */
export async function appendAudit(tx: Prisma.TransactionClient, kind: DbKind, input: AuditInput): Promise<void> {
  if (kind === "postgres") {
    await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY}::bigint)) AS l`;
  }
  // The chain continues from the recorded head, not from whatever row is newest now: a deleted newest
  // event then stays detectable (the next event links to the hash of the one that is gone).
  const head = await tx.auditHead.findUnique({ where: { id: 1 } });
  const last = head ?? (await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } }));
  const fields = {
    seq: (last?.seq ?? 0) + 1,
    createdAt: new Date(),
    actorId: input.actorId,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId ?? null,
    reportId: input.reportId ?? null,
    data: canonicalJson(input.data ?? {}),
    ip: input.ip?.slice(0, 64) ?? null,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = auditEventHash(fields);
  await tx.auditEvent.create({ data: { ...fields, hash } });
  if (head) {
    await tx.auditHead.update({ where: { id: 1 }, data: { seq: fields.seq, hash, count: { increment: 1 } } });
  } else {
    await tx.auditHead.create({ data: { id: 1, seq: fields.seq, hash, count: await tx.auditEvent.count() } });
  }
}
