// Whether a figure the parent took from its units' roll-up still matches their reports. Pure.
import type { Contribution } from "./roll-up-figures";

/** One unit's part as it was when the figure was taken (stored as TakenFigure.sources). */
export interface TakenSource {
  unitId: string;
  unitName: string;
  reportId: string | null;
  versionId: string | null;
  versionNumber: number | null;
  /** Whether the version read was the report's approved version then. */
  approved: boolean;
  value: number | null;
}

/** A unit's report now. */
export interface CurrentReport {
  status: "DRAFT" | "IN_REVIEW" | "APPROVED";
  approvedVersionId: string | null;
  /** The version a roll-up reads now (approved, else the latest frozen one). */
  sourceVersionId: string | null;
}

export type StaleReason = "REOPENED" | "NEW_VERSION" | "VALUE";

export interface StaleChange {
  unitId: string;
  unitName: string;
  old: number | null;
  new: number | null;
  why: StaleReason;
}

/**
 * What changed for each unit since the figure was taken: its approved report reopened (or approved
 * again as a new version), a new frozen version, or a different value in the report as it stands now
 * (`liveParts`: the roll-up's breakdown computed on the reports as they stand). A unit that reported
 * only after the figure was taken counts as a change too. Empty = the figure is current.
 */
export function staleChanges(taken: readonly TakenSource[], current: ReadonlyMap<string, CurrentReport>, liveParts: readonly Contribution[]): StaleChange[] {
  const live = new Map(liveParts.map((p) => [p.unitId, p]));
  const out: StaleChange[] = [];
  for (const s of taken) {
    const now = live.get(s.unitId);
    const value = now?.state === "VALUE" ? now.value : null;
    const cur = current.get(s.unitId);
    let why: StaleReason | null = null;
    if (s.reportId && cur) {
      if (s.approved && cur.approvedVersionId !== s.versionId) why = cur.status === "APPROVED" ? "NEW_VERSION" : "REOPENED";
      else if (!s.approved && cur.sourceVersionId !== s.versionId) why = "NEW_VERSION";
    }
    if (!why && value !== s.value) why = "VALUE";
    if (why) out.push({ unitId: s.unitId, unitName: s.unitName, old: s.value, new: value, why });
  }
  const had = new Set(taken.map((s) => s.unitId));
  for (const p of liveParts) {
    if (!had.has(p.unitId) && p.state === "VALUE") out.push({ unitId: p.unitId, unitName: p.unitName, old: null, new: p.value, why: "NEW_VERSION" });
  }
  return out;
}
