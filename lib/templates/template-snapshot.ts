// What a template version holds: its sections and default figures, frozen as JSON in TemplateVersion.snapshot
// (name, description and title pattern are columns of the version). Pure, so the diff, the tests and the
// migration's backfill (which writes the same shape in SQL) agree on one format.
import { z } from "zod";
import { AGGREGATIONS } from "@/lib/rollup/figure-rule";

export const SECTION_KINDS = ["OPENING", "ACHIEVEMENT", "PROBLEM", "PLAN", "CLOSING"] as const;
export type TemplateSectionKind = (typeof SECTION_KINDS)[number];

const ZSnapshotSection = z.object({
  /** Stable across versions (the TemplateSection id), so the diff can tell an edited section from a new one. */
  ref: z.string(),
  kind: z.enum(SECTION_KINDS),
  heading: z.string(),
  body: z.string(),
});
const ZSnapshotMetric = z.object({
  key: z.string(),
  label: z.string(),
  unit: z.string(),
  aggregation: z.enum(AGGREGATIONS).nullable().default(null),
  numeratorKey: z.string().nullable().default(null),
  denominatorKey: z.string().nullable().default(null),
});
const ZSnapshot = z.object({ sections: z.array(ZSnapshotSection), metrics: z.array(ZSnapshotMetric) });

export type SnapshotSection = z.output<typeof ZSnapshotSection>;
export type SnapshotMetric = z.output<typeof ZSnapshotMetric>;
export type TemplateSnapshot = z.output<typeof ZSnapshot>;

/** A version as a whole: its columns and its snapshot. */
export interface TemplateContent extends TemplateSnapshot {
  name: string;
  description: string | null;
  titlePattern: string;
}

export function parseSnapshot(json: string): TemplateSnapshot {
  return ZSnapshot.parse(JSON.parse(json));
}

export function serializeSnapshot(s: TemplateSnapshot): string {
  return JSON.stringify({
    sections: s.sections.map(({ ref, kind, heading, body }) => ({ ref, kind, heading, body })),
    metrics: s.metrics.map(({ key, label, unit, aggregation, numeratorKey, denominatorKey }) => ({ key, label, unit, aggregation, numeratorKey, denominatorKey })),
  });
}

/** The snapshot of a template's current rows (TemplateSection / TemplateMetric), in their order. */
export function snapshotOfRows(rows: {
  sections: readonly { id: string; kind: TemplateSectionKind; heading: string; body: string; position: number }[];
  metrics: readonly (Omit<SnapshotMetric, "aggregation"> & { aggregation: SnapshotMetric["aggregation"] | null; position: number })[];
}): TemplateSnapshot {
  return {
    sections: [...rows.sections].sort((a, b) => a.position - b.position).map((s) => ({ ref: s.id, kind: s.kind, heading: s.heading, body: s.body })),
    metrics: [...rows.metrics]
      .sort((a, b) => a.position - b.position)
      .map((m) => ({ key: m.key, label: m.label, unit: m.unit, aggregation: m.aggregation ?? null, numeratorKey: m.numeratorKey ?? null, denominatorKey: m.denominatorKey ?? null })),
  };
}
