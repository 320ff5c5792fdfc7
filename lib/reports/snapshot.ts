// A report version's frozen content and its hash. The canonical form (sorted keys, no ids or times)
// means the same content always hashes the same, on either database, so an approved report's hash can
// be recomputed and checked later.
import { canonicalJson, sha256Hex } from "@/lib/audit/chain";

export interface SnapshotSource {
  title: string;
  sections: { kind: string; position: number; heading: string; body: string }[];
  metrics: { key: string; label: string; value: number | null; unit: string; previousValue: number | null; target: number | null }[];
  planItems: { position: number; text: string }[];
}

export interface ReportSnapshot {
  title: string;
  sections: { kind: string; heading: string; body: string }[];
  metrics: { key: string; label: string; value: number | null; unit: string; previousValue: number | null; target: number | null }[];
  planItems: { text: string }[];
}

export function toSnapshot(r: SnapshotSource): ReportSnapshot {
  return {
    title: r.title,
    sections: [...r.sections].sort((a, b) => a.position - b.position).map(({ kind, heading, body }) => ({ kind, heading, body })),
    metrics: [...r.metrics]
      .sort((a, b) => a.key.localeCompare(b.key))
      .map(({ key, label, value, unit, previousValue, target }) => ({ key, label, value, unit, previousValue, target })),
    planItems: [...r.planItems].sort((a, b) => a.position - b.position).map(({ text }) => ({ text })),
  };
}

export function snapshotJsonAndHash(r: SnapshotSource): { snapshot: string; hash: string } {
  const snapshot = canonicalJson(toSnapshot(r));
  return { snapshot, hash: sha256Hex(snapshot) };
}
