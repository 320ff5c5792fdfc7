// Whether a unit may move under a new parent. Pure.
import { ancestorsOrSelf } from "@/lib/workflow/unit-tree";

export type MoveRefusal = "unitErrors.moveIntoItself" | "unitErrors.sameParent" | null;

/** Refused when the new parent is the unit itself or lies below it (the tree would become a cycle). */
export function moveRefusal(units: readonly { id: string; parentId: string | null }[], unitId: string, newParentId: string): MoveRefusal {
  if (ancestorsOrSelf(units, newParentId).includes(unitId)) return "unitErrors.moveIntoItself";
  if (units.find((u) => u.id === unitId)?.parentId === newParentId) return "unitErrors.sameParent";
  return null;
}
