import "server-only";
import { db } from "@/lib/db";
import { checkChain, checkHead, GENESIS_HASH, type ChainCheck } from "./chain";

/**
 * Re-reads the whole audit trail in pages and checks every hash and link, then that the newest event and
 * the number of events match the recorded head (AuditHead), so a deleted or rewritten newest event shows.
 */
export async function verifyAuditChain(pageSize = 1000): Promise<ChainCheck> {
  let prevHash = GENESIS_HASH;
  let afterSeq = 0;
  let checked = 0;
  let last: { seq: number; hash: string } | null = null;
  const readPages = async (upTo?: number): Promise<ChainCheck | null> => {
    for (;;) {
      const seq = upTo === undefined ? { gt: afterSeq } : { gt: afterSeq, lte: upTo };
      const page = await db.auditEvent.findMany({ where: { seq }, orderBy: { seq: "asc" }, take: pageSize });
      if (page.length === 0) return null;
      const result = checkChain(page, prevHash);
      if (!result.ok) return { ...result, checked: checked + result.checked };
      checked += page.length;
      last = page[page.length - 1];
      prevHash = last.hash;
      afterSeq = last.seq;
    }
  };
  const broken = await readPages();
  if (broken) return broken;
  // The head is read after the events: every append writes its event and the head in one transaction,
  // so the head is at least as new as any event read. Events appended meanwhile are read up to it.
  const head = await db.auditHead.findUnique({ where: { id: 1 }, select: { seq: true, count: true, hash: true } });
  const newest = (): { seq: number; hash: string } | null => last; // assigned inside readPages
  if (head && (newest()?.seq ?? 0) < head.seq) {
    const more = await readPages(head.seq);
    if (more) return more;
  }
  return checkHead(newest(), checked, head);
}
