// A report version's frozen content and its hash. The canonical form (sorted keys, no ids or times)
// means the same content always hashes the same, on either database, so an approved report's hash can
// be recomputed and checked later.
import { canonicalJson, sha256Hex } from "@/lib/audit/chain";

export interface SnapshotSource {
  title: string;
  sections: { kind: string; position: number; heading: string; body: string }[];
  metrics: { key: string; label: string; value: number | null; unit: string; previousValue: number | null; target: number | null }[];
  planItems: { position: number; text: string }[];
  /** Last year's plan items with this year's verdict (上年计划完成情况); absent in versions before they were frozen. */
  planReviews?: { position: number; text: string; verdict: string | null; evidence: string | null }[];
}

export interface ReportSnapshot {
  title: string;
  sections: { kind: string; heading: string; body: string }[];
  metrics: { key: string; label: string; value: number | null; unit: string; previousValue: number | null; target: number | null }[];
  planItems: { text: string }[];
  planReviews?: { text: string; verdict: string | null; evidence: string }[];
}

export function toSnapshot(r: SnapshotSource): ReportSnapshot {
  return {
    title: r.title,
    sections: [...r.sections].sort((a, b) => a.position - b.position).map(({ kind, heading, body }) => ({ kind, heading, body })),
    metrics: [...r.metrics]
      .sort((a, b) => a.key.localeCompare(b.key))
      .map(({ key, label, value, unit, previousValue, target }) => ({ key, label, value, unit, previousValue, target })),
    planItems: [...r.planItems].sort((a, b) => a.position - b.position).map(({ text }) => ({ text })),
    // Only when there are some, so a report without last year's plan hashes as it always did.
    ...(r.planReviews && r.planReviews.length > 0
      ? {
          planReviews: [...r.planReviews]
            .sort((a, b) => a.position - b.position)
            .map(({ text, verdict, evidence }) => ({ text, verdict, evidence: evidence ?? "" })),
        }
      : {}),
  };
}

export function snapshotJsonAndHash(r: SnapshotSource): { snapshot: string; hash: string } {
  const snapshot = canonicalJson(toSnapshot(r));
  return { snapshot, hash: sha256Hex(snapshot) };
}
