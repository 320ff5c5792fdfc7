import "server-only";
import { db } from "@/lib/db";

/**
 * The names of these users (nulls and repeats allowed) in one query, and none when there is nobody: what
 * an `include` of the user relation would fetch, without Prisma's statement per relation even for no rows.
 */
export async function userNames(ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}
