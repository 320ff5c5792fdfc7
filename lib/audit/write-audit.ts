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
    await rootDb.$transaction((tx) => appendAudit(tx, dbKind, input));
    return;
  }
  await appendAudit(client as Tx, dbKind, input);
}
