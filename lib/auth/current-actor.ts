import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "./auth";
import { db } from "@/lib/db";
import { buildActor, type Actor } from "@/lib/permissions";

/**
 * The signed-in user for this request, read fresh from the database: a disabled user or changed roles
 * take effect on the very next request, whatever the session cookie says. Cached per request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      disabled: true,
      sessionsRevokedAt: true,
      memberships: { select: { unitId: true, role: true } },
    },
  });
  if (!user || user.disabled) return null;
  // A session from before the account was disabled stays dead after it is enabled again: sign in anew.
  if (user.sessionsRevokedAt && (session.issuedAt ?? 0) * 1000 < user.sessionsRevokedAt.getTime()) return null;
  const units = await db.unit.findMany({ select: { id: true, parentId: true } });
  return buildActor(user, user.memberships, units);
});

/** For pages: the actor, or a redirect to the sign-in page that comes back here afterwards. */
export async function requireActor(returnTo?: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(returnTo ? `/login?next=${encodeURIComponent(returnTo)}` : "/login");
  return actor;
}
