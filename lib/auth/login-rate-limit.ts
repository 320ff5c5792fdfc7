import "server-only";
import { db, dbKind } from "@/lib/db";
import { env } from "@/lib/env";

// Sign-in attempts are counted in the database so the limits hold when several app instances share one
// database. Two counters: per account (10 in 15 min by default, whatever address the attempts come from)
// and per client address (a higher limit against trying many accounts). Unknown e-mail addresses are
// counted like real ones, so the limit does not reveal which accounts exist.
//
// Counting and recording are one atomic step: an attempt is *reserved* (its rows inserted and counted in
// one transaction, serialized per key) before the password is verified. A burst of simultaneous attempts
// therefore gets at most the limit evaluated — the rest are refused without looking at the password —
// on SQLite (one writer at a time; the insert comes first so the write lock is taken before the count)
// and on PostgreSQL (advisory transaction locks per key), across app instances.
const accountKey = (email: string) => `acct:${email.toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;
const LOCK_NAMESPACE = 7_420_117;

class Limited extends Error {}

function windowStart(): Date {
  return new Date(Date.now() - env().SUMMA_LOGIN_WINDOW_MINUTES * 60_000);
}

export interface LoginReservation {
  accountRowId: string;
  ipRowId: string;
}

/**
 * Reserves one sign-in attempt for this account and address, or returns null when either limit is
 * reached (nothing is recorded then). A reservation counts as a failure until `releaseSuccessfulLogin`.
 */
export async function reserveLoginAttempt(email: string, ip: string): Promise<LoginReservation | null> {
  const keys = { account: accountKey(email), ip: ipKey(ip) };
  const limits = { account: env().SUMMA_LOGIN_MAX_FAILURES, ip: env().SUMMA_LOGIN_MAX_FAILURES_PER_IP };
  try {
    return await db.$transaction(
      async (tx) => {
        if (dbKind === "postgres") {
          // Always account first, then address: two attempts never wait on each other in a cycle.
          for (const key of [keys.account, keys.ip]) {
            await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(${LOCK_NAMESPACE}::int, hashtext(${key}))) AS l`;
          }
        }
        const account = await tx.loginFailure.create({ data: { key: keys.account }, select: { id: true } });
        const address = await tx.loginFailure.create({ data: { key: keys.ip }, select: { id: true } });
        const since = windowStart();
        const perAccount = await tx.loginFailure.count({ where: { key: keys.account, createdAt: { gte: since } } });
        const perIp = await tx.loginFailure.count({ where: { key: keys.ip, createdAt: { gte: since } } });
        // The counts include this attempt's own rows.
        if (perAccount > limits.account || perIp > limits.ip) throw new Limited();
        return { accountRowId: account.id, ipRowId: address.id };
      },
      { timeout: 20_000, maxWait: 20_000 },
    );
  } catch (e) {
    if (e instanceof Limited) return null;
    throw e;
  }
}

/** The password was right: the account's failures are forgotten, and this attempt's address row too. */
export async function releaseSuccessfulLogin(email: string, reservation: LoginReservation): Promise<void> {
  await db.loginFailure.deleteMany({ where: { OR: [{ key: accountKey(email) }, { id: reservation.ipRowId }] } });
}

/** Old rows are useless; trimming after a failure keeps the table small without a scheduler. */
export async function trimLoginFailures(): Promise<void> {
  await db.loginFailure.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 24 * 3600_000) } } }).catch(() => {});
}
