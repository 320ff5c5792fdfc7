import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { Session } from "next-auth";
import { auth } from "./auth";
import { SessionMemo, sessionTokenOf } from "./session-memo";
import { db } from "@/lib/db";
import { sessionIsLive } from "./sessions";
import { buildActor, withDelegations, type Actor } from "@/lib/permissions";
import { activePrincipals } from "@/lib/workflow/delegations";
import { loadUnitDirectory } from "@/lib/units/unit-directory";

/**
 * The signed-in user for this request, read fresh from the database: a disabled user or changed roles
 * take effect on the very next request, whatever the session cookie says. Cached per request.
 */
const sessions = new SessionMemo<Session>();

/** auth(), remembered per session cookie value for a few minutes (lib/auth/session-memo.ts). */
async function currentSession(): Promise<Session | null> {
  const token = sessionTokenOf((await cookies()).getAll());
  if (!token) return null;
  return sessions.get(token, auth);
}

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await currentSession();
  const id = session?.user?.id;
  const sessionId = session?.sessionId;
  if (!id || !sessionId) return null;
  // A signed-out session (or one ended by disabling the account) has no row any more.
  if (!(await sessionIsLive(id, sessionId))) return null;
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
  return withDelegations(buildActor(user, user.memberships, units), await activePrincipals(db, user.id, new Date(), units));
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
