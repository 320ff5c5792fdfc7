import type { Db } from "@/lib/db/create-client";

/**
 * A lease on a scheduled job, held in the database so that among several app instances one runs the job at
 * a time. Claiming is one conditional UPDATE: it succeeds (count = 1) only where the lease has expired or is
 * already ours, and the database serialises the competing updates (PostgreSQL re-checks the condition on the
 * row another transaction just updated; SQLite has one writer), so two instances cannot both see count = 1
 * for the same period. The row is created once, the first time; a concurrent create loses on the primary key
 * and just goes on to the update.
 */
export async function claimLease(client: Db, name: string, holder: string, ttlMs: number, now = new Date()): Promise<boolean> {
  try {
    await client.schedulerLease.create({ data: { name, holder: "", expiresAt: new Date(0) } });
  } catch (e) {
    if ((e as { code?: string }).code !== "P2002") throw e;
  }
  const { count } = await client.schedulerLease.updateMany({
    where: { name, OR: [{ expiresAt: { lt: now } }, { holder }] },
    data: { holder, expiresAt: new Date(now.getTime() + ttlMs) },
  });
  return count === 1;
}

/** Gives the lease up (on shutdown), so another instance takes over at its next tick rather than after the ttl. */
export async function releaseLease(client: Db, name: string, holder: string): Promise<void> {
  await client.schedulerLease.updateMany({ where: { name, holder }, data: { expiresAt: new Date(0) } });
}
