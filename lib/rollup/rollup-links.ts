import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/permissions";
import { getReportRollup, type ReportRollup } from "./get-report-rollup";
import { staleChanges, type CurrentReport, type StaleChange, type TakenSource } from "./stale-figures";

export interface PulledLink {
  id: string;
  sectionId: string | null;
  sectionKind: string | null;
  /** 1-based among the parent's sections of its kind. */
  sectionOrdinal: number | null;
  sourceReportId: string;
  sourceUnitName: string;
  sourceVersion: number;
  sourceSectionIndex: number;
  sourceSectionHeading: string;
  text: string;
  href: string;
}

export interface TakenLink {
  key: string;
  label: string;
  unit: string;
  taken: number | null;
  /** The total computed on the units' reports as they stand now. */
  now: number | null;
  /** The figure's value in the parent report now (the drafter may have typed over it). */
  current: number | null;
  changes: StaleChange[];
}

/**
 * What the parent report took from its units: pulled passages with their source links, and taken
 * figures with whether they are stale (old and new values). Null when the actor may not roll the report
 * up. Pass `rollup` when the caller has it already.
 */
export async function getRollupLinks(actor: Actor, report: { id: string; unitId: string }, rollup?: ReportRollup) {
  if (!can(actor, "report.rollup", report.unitId)) return null;
  // Most reports took nothing: one count answers that, where the lists below are three queries and
  // three more for their (empty) relations.
  const took = await db.report.findUnique({ where: { id: report.id }, select: { _count: { select: { pulledIn: true, takenFigures: true } } } });
  if (!took || (took._count.pulledIn === 0 && took._count.takenFigures === 0)) return { pulled: [], taken: [] };
  const [pulled, taken, sections] = await Promise.all([
    db.pulledPassage.findMany({
      where: { reportId: report.id },
      orderBy: { createdAt: "asc" },
      include: { sourceReport: { select: { unit: { select: { name: true } } } } },
    }),
    db.takenFigure.findMany({ where: { reportId: report.id }, include: { metric: { select: { key: true, label: true, unit: true, value: true } } } }),
    db.section.findMany({ where: { reportId: report.id }, select: { id: true, kind: true, position: true } }),
  ]);
  if (pulled.length === 0 && taken.length === 0) return { pulled: [], taken: [] };
  const ordinal = new Map<string, { kind: string; n: number }>();
  const counts = new Map<string, number>();
  for (const s of [...sections].sort((a, b) => a.position - b.position)) {
    const n = (counts.get(s.kind) ?? 0) + 1;
    counts.set(s.kind, n);
    ordinal.set(s.id, { kind: s.kind, n });
  }
  const pulledLinks: PulledLink[] = pulled.map((p) => ({
    id: p.id,
    sectionId: p.sectionId,
    sectionKind: p.sectionId ? (ordinal.get(p.sectionId)?.kind ?? null) : null,
    sectionOrdinal: p.sectionId ? (ordinal.get(p.sectionId)?.n ?? null) : null,
    sourceReportId: p.sourceReportId,
    sourceUnitName: p.sourceReport.unit.name,
    sourceVersion: p.sourceVersionNumber,
    sourceSectionIndex: p.sourceSectionIndex,
    sourceSectionHeading: p.sourceSectionHeading,
    text: p.text,
    href: `/reports/${report.id}/rollup/source/${p.sourceReportId}/${p.sourceVersionNumber}#s${p.sourceSectionIndex}`,
  }));
  if (taken.length === 0) return { pulled: pulledLinks, taken: [] };
  const data = rollup ?? (await getReportRollup(actor, report.id));
  const current = new Map<string, CurrentReport>(
    [...data.sources.values()].map((s) => [s.unitId, { status: s.status, approvedVersionId: s.approvedVersionId, sourceVersionId: s.source.versionId }]),
  );
  const takenLinks: TakenLink[] = taken.map((t) => {
    const live = data.liveRollup.figures.find((f) => f.key === t.metric.key);
    const sources = JSON.parse(t.sources) as TakenSource[];
    return {
      key: t.metric.key,
      label: t.metric.label,
      unit: t.metric.unit,
      taken: t.value,
      now: live?.value ?? null,
      current: t.metric.value,
      changes: staleChanges(sources, current, live?.breakdown ?? []),
    };
  });
  return { pulled: pulledLinks, taken: takenLinks };
}

export type RollupLinks = NonNullable<Awaited<ReturnType<typeof getRollupLinks>>>;
