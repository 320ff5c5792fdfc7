import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write-audit";
import { dummyPasswordHash, verifyPassword } from "./password";
import { releaseSuccessfulLogin, reserveLoginAttempt, trimLoginFailures } from "./login-rate-limit";

/** How long a session lasts (also the JWT's maxAge in lib/auth/auth.ts). */
export const SESSION_MAX_AGE_SECONDS = 12 * 3600;

export type SignInOutcome =
  | { ok: true; user: { id: string; name: string; email: string }; sessionId: string }
  | { ok: false; reason: "invalid" | "rateLimited" };

export interface SignInInput {
  email: string;
  password: string;
  ip: string;
  userAgent: string | null;
}

/**
 * One sign-in attempt: reserve it against both limits (atomically, before the password is looked at),
 * verify, and on success open a session row — the session cookie carries that row's id, and a request is
 * only served while the row exists (lib/auth/current-actor.ts).
 */
export async function attemptSignIn({ email, password, ip, userAgent }: SignInInput): Promise<SignInOutcome> {
  const reservation = await reserveLoginAttempt(email, ip);
  if (!reservation) return { ok: false, reason: "rateLimited" };

  const user = await db.user.findUnique({ where: { email } });
  // Same work and same answer whether the account is unknown, disabled or the password wrong.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok || user.disabled) {
    // The reservation stays: it is the recorded failure.
    await writeAudit(db, {
      actorId: user?.id ?? null,
      action: "auth.login_failed",
      targetType: "User",
      targetId: user?.id ?? null,
      data: { email },
      ip,
      userAgent,
    });
    await trimLoginFailures();
    return { ok: false, reason: "invalid" };
  }
  await releaseSuccessfulLogin(email, reservation);
  const sessionId = randomBytes(24).toString("base64url");
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.userSession.deleteMany({ where: { userId: user.id, expiresAt: { lt: now } } });
    await tx.userSession.create({
      data: { id: sessionId, userId: user.id, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
    });
    await writeAudit(tx, { actorId: user.id, action: "auth.login", targetType: "User", targetId: user.id, ip, userAgent });
  }, { maxWait: 15_000, timeout: 20_000 });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email }, sessionId };
}

/** When this user's session ends, or null when it is not open (signed out, ended, expired, someone else's). */
export async function liveSessionExpiry(userId: string, sessionId: string): Promise<Date | null> {
  const s = await db.userSession.findUnique({ where: { id: sessionId }, select: { userId: true, expiresAt: true } });
  return s && s.userId === userId && s.expiresAt.getTime() > Date.now() ? s.expiresAt : null;
}

/** Is this session still open for this user? */
export async function sessionIsLive(userId: string, sessionId: string): Promise<boolean> {
  return (await liveSessionExpiry(userId, sessionId)) !== null;
}

/** Signing out: the session row goes, so a kept copy of the cookie is refused on every instance. */
export async function endSession(userId: string, sessionId: string, meta: { ip: string; userAgent: string | null }): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.userSession.deleteMany({ where: { id: sessionId, userId } });
    if (count > 0) await writeAudit(tx, { actorId: userId, action: "auth.logout", targetType: "User", targetId: userId, ...meta });
  });
}
