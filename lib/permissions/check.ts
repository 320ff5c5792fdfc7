import type { Action } from "./actions";
import type { Actor } from "./actor";

/** Thrown when the record is outside the actor's view: shown as 404, so its existence is not revealed. */
export class NotFoundError extends Error {
  constructor(message = "not found") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** Thrown when the actor can see the record but may not do this to it. */
export class ForbiddenError extends Error {
  constructor(public readonly action: Action) {
    super(`forbidden: ${action}`);
    this.name = "ForbiddenError";
  }
}

export function can(actor: Actor | null, action: Action, unitId: string): boolean {
  return actor?.reach.get(action)?.has(unitId) ?? false;
}

/** Whether the actor may do the action anywhere at all (e.g. to show a navigation link). */
export function canAnywhere(actor: Actor | null, action: Action): boolean {
  return (actor?.reach.get(action)?.size ?? 0) > 0;
}

/**
 * The one assert helper. Refuses with NotFoundError when the actor cannot even view the unit's records
 * (so a staff member of another unit gets 404), and with ForbiddenError otherwise.
 */
export function assertCan(actor: Actor | null, action: Action, unitId: string): asserts actor is Actor {
  if (can(actor, action, unitId)) return;
  if (!can(actor, "report.view", unitId) && !can(actor, "admin.view", unitId)) throw new NotFoundError();
  throw new ForbiddenError(action);
}

export function assertCanAnywhere(actor: Actor | null, action: Action): asserts actor is Actor {
  if (!canAnywhere(actor, action)) throw new NotFoundError();
}

/** Ids of the units where the actor may do the action; the basis of every scoped query. */
export function unitIdsFor(actor: Actor | null, action: Action): string[] {
  return [...(actor?.reach.get(action) ?? [])];
}

/**
 * The row-scoping helper: a Prisma `where` fragment limiting any unit-owned model (reports, rounds'
 * units, memberships…) to the units where the actor may do `action`. Pages, actions, exports and the
 * API all build their queries on it.
 */
export function scopeWhere(actor: Actor | null, action: Action): { unitId: { in: string[] } } {
  return { unitId: { in: unitIdsFor(actor, action) } };
}
