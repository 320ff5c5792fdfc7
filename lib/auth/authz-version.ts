import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

/**
 * The AuthzVersion counter (prisma/models.prisma), read once per request and before the rows it guards:
 * the actor (lib/auth/current-actor.ts) and the unit directory (lib/units/unit-directory.ts) are kept
 * across requests while it has not moved, which saves four of the five statements every signed-in page
 * spent on them. Database triggers raise it, so a change made by another process, a script or by hand in
 * SQL counts as much as one made here. null when the row is missing (nothing is kept then).
 */
export const authzVersion = cache(async (): Promise<number | null> => {
  const row = await db.authzVersion.findUnique({ where: { id: 1 }, select: { n: true } });
  return row?.n ?? null;
});
