import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { StepApprover } from "./approval-steps";
import { ancestorsOrSelf } from "./unit-tree";

/**
 * The people who can act on a step of a report of `unitId`: active users who are the step's approver and
 * hold a LEADER membership reaching the unit (leaders reach their unit's subtree), so the permission
 * check at decision time will let them through.
 */
export async function eligibleApprovers(
  client: Db | Tx,
  step: StepApprover,
  unitId: string,
  /** The unit tree, when the caller has it already (a page's unit directory); else read here. */
  tree?: readonly { id: string; parentId: string | null }[],
): Promise<{ id: string; name: string }[]> {
  const units = tree ?? (await client.unit.findMany({ select: { id: true, parentId: true } }));
  const above = ancestorsOrSelf(units, unitId);
  if (step.approverKind === "USER") {
    if (!step.approverUserId) return [];
    return client.user.findMany({
      where: { id: step.approverUserId, disabled: false, memberships: { some: { role: "LEADER", unitId: { in: above } } } },
      select: { id: true, name: true },
    });
  }
  if (!step.approverUnitId || !above.includes(step.approverUnitId)) return [];
  return client.user.findMany({
    where: { disabled: false, memberships: { some: { role: "LEADER", unitId: step.approverUnitId } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
