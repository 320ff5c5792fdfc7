import { ROLE_ACTIONS, ROLE_REACH, type Action, type RoleName } from "./actions";

export interface UnitNode {
  id: string;
  parentId: string | null;
}

export interface MembershipGrant {
  unitId: string;
  role: RoleName;
}

/** The signed-in user as the permission checks see them: who, and which units each action reaches. */
export interface Actor {
  id: string;
  name: string;
  email: string;
  roles: ReadonlySet<RoleName>;
  memberships: readonly MembershipGrant[];
  /** For each action, the ids of the units it may be done in. Absent action = nowhere. */
  reach: ReadonlyMap<Action, ReadonlySet<string>>;
  /**
   * 委托审批: the leaders who named this person their delegate for today (each as their own Actor, built
   * without delegations of their own, so rights are never passed on). Absent = none.
   */
  actingFor?: readonly Actor[];
}

/** All ids in the subtree rooted at `rootId`, the root included. */
export function subtreeIds(units: readonly UnitNode[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue; // a cycle in bad data must not loop forever
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Computes an actor's reach from their memberships and the unit tree. Pure; unit-tested. */
export function buildActor(
  user: { id: string; name: string; email: string },
  memberships: readonly MembershipGrant[],
  units: readonly UnitNode[],
): Actor {
  const reach = new Map<Action, Set<string>>();
  for (const m of memberships) {
    const unitIds = ROLE_REACH[m.role] === "subtree" ? subtreeIds(units, m.unitId) : new Set([m.unitId]);
    for (const action of ROLE_ACTIONS[m.role]) {
      const set = reach.get(action) ?? new Set<string>();
      unitIds.forEach((id) => set.add(id));
      reach.set(action, set);
    }
  }
  return { ...user, roles: new Set(memberships.map((m) => m.role)), memberships, reach };
}

/**
 * The actor standing in for `principals` (active delegations): they may read the reports their principals
 * review (to decide on them — report.view widened to those units) and act on their pending steps
 * (lib/workflow/approval-steps.ts slotFor); nothing else of the principals' rights passes.
 */
export function withDelegations(actor: Actor, principals: readonly Actor[]): Actor {
  if (principals.length === 0) return actor;
  const reach = new Map(actor.reach);
  const view = new Set(reach.get("report.view") ?? []);
  for (const p of principals) p.reach.get("report.review")?.forEach((id) => view.add(id));
  reach.set("report.view", view);
  return { ...actor, reach, actingFor: principals.map((p) => ({ ...p, actingFor: [] })) };
}
