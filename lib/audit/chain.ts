import { createHash } from "node:crypto";

// The audit trail is a hash chain: each event's hash covers its own fields and the previous event's
// hash, so changing or deleting any row breaks every hash after it (verifyAuditChain finds where). The
// newest event has nothing after it, so the chain's head (its seq and hash, and the number of events) is
// also kept in AuditHead, written in the same transaction as each append: deleting the newest event, or
// editing it and recomputing its hash, no longer matches the head.
export const GENESIS_HASH = "0".repeat(64);

export interface AuditFields {
  seq: number;
  createdAt: Date;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  reportId: string | null;
  data: string;
  ip: string | null;
  userAgent: string | null;
  prevHash: string;
}

/** JSON with object keys sorted at every level, so the same value always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function auditEventHash(e: AuditFields): string {
  // Only the listed fields are hashed: a row read back from the database also carries its own hash.
  const fields: AuditFields = {
    seq: e.seq,
    createdAt: e.createdAt,
    actorId: e.actorId,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    reportId: e.reportId,
    data: e.data,
    ip: e.ip,
    userAgent: e.userAgent,
    prevHash: e.prevHash,
  };
  return sha256Hex(canonicalJson(fields));
}

export interface ChainCheck {
  ok: boolean;
  checked: number;
  /** The first event whose hash or link does not match, if any. */
  brokenAt?: { seq: number; reason: "hash" | "link" | "head" };
}

/** Checks a run of events in seq order, starting after `prevHash`. Pure; unit-tested. */
export function checkChain(events: (AuditFields & { hash: string })[], prevHash = GENESIS_HASH): ChainCheck {
  let prev = prevHash;
  for (const e of events) {
    if (e.prevHash !== prev) return { ok: false, checked: events.length, brokenAt: { seq: e.seq, reason: "link" } };
    if (auditEventHash(e) !== e.hash) return { ok: false, checked: events.length, brokenAt: { seq: e.seq, reason: "hash" } };
    prev = e.hash;
  }
  return { ok: true, checked: events.length };
}

export interface AuditHeadRow {
  seq: number;
  count: number;
  hash: string;
}

/**
 * After the events checked out one by one: does the newest one, and the number of events, match the
 * recorded head? `last` is the newest event read (null: none). Pure; unit-tested.
 */
export function checkHead(last: { seq: number; hash: string } | null, count: number, head: AuditHeadRow | null): ChainCheck {
  if (!last && !head) return { ok: true, checked: 0 };
  if (!head || !last || head.seq !== last.seq || head.hash !== last.hash || head.count !== count) {
    // Where the chain should end: the recorded head, or the newest event when the head row is gone.
    return { ok: false, checked: count, brokenAt: { seq: head?.seq ?? last?.seq ?? 0, reason: "head" } };
  }
  return { ok: true, checked: count };
}
