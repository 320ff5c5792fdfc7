import "server-only";
import { db } from "@/lib/db";
import { checkChain, GENESIS_HASH, type ChainCheck } from "./chain";

/** Re-reads the whole audit trail in pages and checks every hash and link. */
export async function verifyAuditChain(pageSize = 1000): Promise<ChainCheck> {
  let prevHash = GENESIS_HASH;
  let afterSeq = 0;
  let checked = 0;
  for (;;) {
    const page = await db.auditEvent.findMany({ where: { seq: { gt: afterSeq } }, orderBy: { seq: "asc" }, take: pageSize });
    if (page.length === 0) return { ok: true, checked };
    const result = checkChain(page, prevHash);
    if (!result.ok) return { ...result, checked: checked + result.checked };
    checked += page.length;
    prevHash = page[page.length - 1].hash;
    afterSeq = page[page.length - 1].seq;
  }
}
