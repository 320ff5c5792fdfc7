import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { Session } from "next-auth";
import { auth } from "./auth";
import { SessionMemo, sessionTokenOf } from "./session-memo";
import { db } from "@/lib/db";
import { liveSessionExpiry } from "./sessions";
import { authzVersion } from "./authz-version";
import { VersionedMemo } from "./versioned-memo";
import { deepFreeze } from "@/lib/db/plan-cache";
import { shanghaiDay } from "@/lib/workflow/delegation-rules";
import { buildActor, withDelegations, type Actor } from "@/lib/permissions";
import { activePrincipals } from "@/lib/workflow/delegations";
import { loadUnitDirectory } from "@/lib/units/unit-directory";

/**
 * The signed-in user for this request, as the database has it now: a disabled user or changed roles
 * take effect on the very next request, whatever the session cookie says. Cached per request, and kept
 * across requests while nothing it is built from has changed (lib/auth/authz-version.ts).
 */
const sessions = new SessionMemo<Session>();

/** auth(), remembered per session cookie value for a few minutes (lib/auth/session-memo.ts). */
async function currentSession(): Promise<Session | null> {
  const token = sessionTokenOf((await cookies()).getAll());
  if (!token) return null;
  return sessions.get(token, auth);
}

// Actors kept per session while the AuthzVersion counter stays put (lib/auth/authz-version.ts), for the
// day they were built on (a delegation starts or ends with the day) and until the session expires.
const actors = new VersionedMemo<string, { userId: string; day: string; expiresAt: number; actor: Actor }>(2000);

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await currentSession();
  const id = session?.user?.id;
  const sessionId = session?.sessionId;
  if (!id || !sessionId) return null;
  // The counter first, then the rows: see lib/auth/versioned-memo.ts.
  const version = await authzVersion();
  const now = new Date();
  const day = shanghaiDay(now);
  const kept = actors.get(sessionId, version);
  if (kept && kept.userId === id && kept.day === day && kept.expiresAt > now.getTime()) return kept.actor;
  // A signed-out session (or one ended by disabling the account) has no row any more.
  const expiresAt = await liveSessionExpiry(id, sessionId);
  if (!expiresAt) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      disabled: true,
      memberships: { select: { unitId: true, role: true } },
    },
  });
  if (!user || user.disabled) return null;
  const { units } = await loadUnitDirectory();
  // 委托审批: the leaders this person stands in for today (their pending steps show in this person's inbox).
  const actor = withDelegations(buildActor(user, user.memberships, units), await activePrincipals(db, user.id, now, units));
  // Shared by every request of this session from now on: nothing may change it.
  deepFreeze(actor);
  actors.set(sessionId, version, { userId: id, day, expiresAt: expiresAt.getTime(), actor });
  return actor;
});

/** For pages: the actor, or a redirect to the sign-in page that comes back here afterwards. */
export async function requireActor(returnTo?: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(returnTo ? `/login?next=${encodeURIComponent(returnTo)}` : "/login");
  return actor;
}

/** The current session's row id (for signing out), or null. */
export async function currentSessionId(): Promise<string | null> {
  return (await auth())?.sessionId ?? null;
}
