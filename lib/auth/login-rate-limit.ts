import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

// Failed sign-ins are counted in the database so the limit holds when several app instances share one
// PostgreSQL. Two counters: per account (10 in 15 min by default, whatever address the attempts come
// from, since a client can fake its address when no proxy is trusted) and per address (a higher limit
// against trying many accounts). Unknown e-mail addresses are counted like real ones, so the limit
// does not reveal which accounts exist.
const accountKey = (email: string) => `acct:${email.toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;

function windowStart(): Date {
  return new Date(Date.now() - env().SUMMA_LOGIN_WINDOW_MINUTES * 60_000);
}

export async function isLoginLimited(email: string, ip: string): Promise<boolean> {
  const since = windowStart();
  const [perAccount, perIp] = await Promise.all([
    db.loginFailure.count({ where: { key: accountKey(email), createdAt: { gte: since } } }),
    db.loginFailure.count({ where: { key: ipKey(ip), createdAt: { gte: since } } }),
  ]);
  return perAccount >= env().SUMMA_LOGIN_MAX_FAILURES || perIp >= env().SUMMA_LOGIN_MAX_FAILURES_PER_IP;
}

export async function recordLoginFailure(email: string, ip: string): Promise<void> {
  await db.$transaction([
    db.loginFailure.create({ data: { key: accountKey(email) } }),
    db.loginFailure.create({ data: { key: ipKey(ip) } }),
    // Old rows are useless; trimming here keeps the table small without a scheduler.
    db.loginFailure.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 24 * 3600_000) } } }),
  ]);
}

export async function clearLoginFailures(email: string): Promise<void> {
  await db.loginFailure.deleteMany({ where: { key: accountKey(email) } });
}
