// A chain (or a submission's steps) is stored as one row per approver ("slot"); pages show it as steps,
// each with its approvers and mode. Pure, shared by the chain pages.

export interface SlotLike {
  id: string;
  position: number;
  slot?: number;
  label: string;
  mode?: "ALL" | "ANY";
}

export interface SlotGroup<T extends SlotLike> {
  /** The first slot's id: what the step's buttons (move, remove, mode) name. */
  id: string;
  position: number;
  label: string;
  mode: "ALL" | "ANY";
  slots: T[];
}

/** The rows grouped by position, in order; the slots of each in slot order. */
export function groupSlots<T extends SlotLike>(rows: readonly T[]): SlotGroup<T>[] {
  const sorted = [...rows].sort((a, b) => a.position - b.position || (a.slot ?? 0) - (b.slot ?? 0));
  const out: SlotGroup<T>[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.position === r.position) last.slots.push(r);
    else out.push({ id: r.id, position: r.position, label: r.label, mode: r.mode ?? "ALL", slots: [r] });
  }
  return out;
}
