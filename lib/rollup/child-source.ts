// Which content of a unit's report a roll-up reads. Pure.
import type { ReportSnapshot } from "@/lib/reports/snapshot";

export type SourceKind = "APPROVED" | "LATEST_VERSION" | "DRAFT";

export interface SourceCandidate {
  status: "DRAFT" | "IN_REVIEW" | "APPROVED";
  approvedVersionId: string | null;
  /** Frozen versions, any order. */
  versions: { id: string; number: number; snapshot: ReportSnapshot }[];
  /** The report as it stands now (used only when it has never been frozen). */
  live: ReportSnapshot;
}

export interface ChosenSource {
  kind: SourceKind;
  versionId: string | null;
  versionNumber: number | null;
  snapshot: ReportSnapshot;
}

/**
 * The approved version when the report is approved; otherwise its latest frozen version (submitted,
 * sent back or reopened — what someone last put their name to); a report never frozen is read as it
 * stands, marked as a draft.
 */
export function chooseSource(r: SourceCandidate): ChosenSource {
  const approved = r.status === "APPROVED" ? r.versions.find((v) => v.id === r.approvedVersionId) : undefined;
  if (approved) return { kind: "APPROVED", versionId: approved.id, versionNumber: approved.number, snapshot: approved.snapshot };
  const latest = [...r.versions].sort((a, b) => b.number - a.number)[0];
  if (latest) return { kind: "LATEST_VERSION", versionId: latest.id, versionNumber: latest.number, snapshot: latest.snapshot };
  return { kind: "DRAFT", versionId: null, versionNumber: null, snapshot: r.live };
}
