import "server-only";
import { db as rootDb, dbKind, type Db, type Tx } from "@/lib/db";
import { appendAudit, type AuditInput } from "./append-audit";

export type { AuditInput };

/**
 * Appends one event to the audit chain. Pass the transaction of the change being audited so both commit
 * or neither does; given the root client (for events that change nothing else, like a sign-in) it opens
 * its own transaction.
 */
export async function writeAudit(client: Db | Tx, input: AuditInput): Promise<void> {
  if (client === rootDb) {
    // Appends queue behind one lock; under a burst (e.g. a flood of failed sign-ins) waiting a few
    // seconds for a connection or the lock is normal, not an error.
    await rootDb.$transaction((tx) => appendAudit(tx, dbKind, input), { maxWait: 15_000, timeout: 20_000 });
    return;
  }
  await appendAudit(client as Tx, dbKind, input);
}
