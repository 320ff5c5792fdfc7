// Walking up the unit tree. Pure.

/** The unit and every unit above it, nearest first; stops on a cycle in bad data. */
export function ancestorsOrSelf(units: readonly { id: string; parentId: string | null }[], unitId: string): string[] {
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  const out: string[] = [];
  for (let id: string | null | undefined = unitId; id && !out.includes(id); id = parent.get(id)) out.push(id);
  return out;
}
