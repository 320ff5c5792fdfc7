import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { deepFreeze } from "@/lib/db/plan-cache";
import { authzVersion } from "@/lib/auth/authz-version";
import { VersionedMemo } from "@/lib/auth/versioned-memo";

export interface UnitEntry {
  id: string;
  parentId: string | null;
  name: string;
}

/** The organisation's unit tree with names, read once per request and shared by what the request needs. */
export interface UnitDirectory {
  units: readonly UnitEntry[];
  /** A unit's name ("—" for an id that is not there, which a foreign key makes impossible). */
  nameOf(unitId: string): string;
  hasChildren(unitId: string): boolean;
}

export function toDirectory(units: readonly UnitEntry[]): UnitDirectory {
  const names = new Map(units.map((u) => [u.id, u.name]));
  const parents = new Set(units.map((u) => u.parentId).filter((p): p is string => p !== null));
  return { units, nameOf: (id) => names.get(id) ?? "—", hasChildren: (id) => parents.has(id) };
}

/**
 * One query for the whole tree (a few hundred rows at most in one organisation), once per request, and
 * kept across requests while the AuthzVersion counter (lib/auth/authz-version.ts) has not moved — unit
 * changes raise it. The actor's reach is computed from it, and the pages' unit names come from it instead
 * of a relation per list (which Prisma sends as one more statement each, even for an empty list).
 */
const kept = new VersionedMemo<"tree", UnitDirectory>(1);

export const loadUnitDirectory = cache(async (): Promise<UnitDirectory> => {
  const version = await authzVersion();
  const hit = kept.get("tree", version);
  if (hit) return hit;
  const directory = toDirectory(deepFreeze(await db.unit.findMany({ select: { id: true, parentId: true, name: true } })));
  kept.set("tree", version, directory);
  return directory;
});
