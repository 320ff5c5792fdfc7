import "server-only";
import { loadUnitDirectory } from "@/lib/units/unit-directory";
import { db } from "@/lib/db";
import { assertCan, can, NotFoundError, subtreeIds, type Actor } from "@/lib/permissions";
import { toSnapshot, type ReportSnapshot } from "@/lib/reports/snapshot";
import { parseSnapshot } from "@/lib/versions/diff-versions";
import { boardStatus, type BoardStatus } from "@/lib/workflow/board-status";
import { chooseSource, type ChosenSource } from "./child-source";
import type { FigureDefinition } from "./figure-rule";
import { rollUp, type Rollup, type RollupUnit } from "./roll-up-figures";
import { figureDefinitionsForRound } from "@/lib/templates/round-figures";

type UnitRow = { id: string; name: string; parentId: string | null; sortOrder: number };

export interface RollupSourceReport {
  id: string;
  unitId: string;
  unitName: string;
  status: "DRAFT" | "IN_REVIEW" | "APPROVED";
  boardStatus: BoardStatus;
  approvedVersionId: string | null;
  source: ChosenSource;
  /** The report as it stands now (differs from the source once it is reopened and edited). */
  live: ReportSnapshot;
  submittedAt: Date | null;
  approvedAt: Date | null;
}

/** The reports of a round in a subtree, each with the content a roll-up reads (child-source.ts). */
export async function loadRoundSources(roundId: string, unitIds: string[], units: UnitRow[]) {
  const reports = await db.report.findMany({
    where: { roundId, unitId: { in: unitIds } },
    include: {
      sections: true,
      metrics: true,
      planItems: true,
      versions: { select: { id: true, number: true, snapshot: true, reason: true, createdAt: true } },
    },
  });
  const name = new Map(units.map((u) => [u.id, u.name]));
  const out = new Map<string, RollupSourceReport>();
  for (const r of reports) {
    const versions = r.versions.map((v) => ({ id: v.id, number: v.number, snapshot: parseSnapshot(v.snapshot) }));
    const live = toSnapshot(r);
    const source = chooseSource({ status: r.status, approvedVersionId: r.approvedVersionId, versions, live });
    const dated = (reason: string) => r.versions.filter((v) => v.reason === reason).sort((a, b) => b.number - a.number)[0]?.createdAt ?? null;
    out.set(r.unitId, {
      id: r.id,
      unitId: r.unitId,
      unitName: name.get(r.unitId) ?? "",
      status: r.status,
      boardStatus: boardStatus(r),
      approvedVersionId: r.approvedVersionId,
      source,
      live,
      submittedAt: dated("SUBMITTED"),
      approvedAt: r.status === "APPROVED" ? (r.versions.find((v) => v.id === r.approvedVersionId)?.createdAt ?? null) : null,
    });
  }
  return out;
}

function figuresOf(s: ReportSnapshot) {
  return Object.fromEntries(s.metrics.map((m) => [m.key, { label: m.label, unit: m.unit, value: m.value, previousValue: m.previousValue }]));
}

/** The unit tree below `rootId` as the arithmetic takes it, children in the units' order. */
export function buildRollupTree(
  rootId: string,
  units: UnitRow[],
  owing: Set<string>,
  sources: Map<string, RollupSourceReport>,
  read: "source" | "live" = "source",
): RollupUnit {
  const byParent = new Map<string, UnitRow[]>();
  for (const u of units) if (u.parentId) byParent.set(u.parentId, [...(byParent.get(u.parentId) ?? []), u]);
  const seen = new Set<string>();
  const node = (u: UnitRow): RollupUnit => {
    seen.add(u.id);
    const s = sources.get(u.id);
    return {
      unitId: u.id,
      unitName: u.name,
      owes: owing.has(u.id),
      report: s ? { id: s.id, status: s.status, versionNumber: s.source.versionNumber, figures: figuresOf(read === "live" ? s.live : s.source.snapshot) } : null,
      children: (byParent.get(u.id) ?? [])
        .filter((c) => !seen.has(c.id))
        .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "zh-CN"))
        .map(node),
    };
  };
  const root = units.find((u) => u.id === rootId);
  if (!root) throw new NotFoundError();
  return node(root);
}

async function roundRollup(round: { id: string; templateId: string }, rootId: string, units: UnitRow[], definitions: FigureDefinition[]) {
  const ids = [...subtreeIds(units, rootId)];
  const [owing, sources] = await Promise.all([
    db.roundUnit.findMany({ where: { roundId: round.id, unitId: { in: ids } }, select: { unitId: true } }),
    loadRoundSources(round.id, ids, units),
  ]);
  const owes = new Set(owing.map((o) => o.unitId));
  const tree = buildRollupTree(rootId, units, owes, sources);
  // The same arithmetic on the reports as they stand now: what a taken figure would be if taken again.
  const live = () => rollUp(buildRollupTree(rootId, units, owes, sources, "live"), definitions);
  return { tree, sources, rollup: rollUp(tree, definitions), live };
}

/**
 * The 汇总 of a report: its unit's children's reports in the same round — status and the version read —
 * and the figures combined per the template's definitions, plus last year's roll-up (the round of the year
 * before with the same template) for comparison. Needs report.rollup on the report's unit: a leader sees
 * the roll-ups of the units they lead, a drafter that of their own unit's report; others get 404.
 */
export async function getReportRollup(actor: Actor, reportId: string) {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true, title: true, year: true, status: true, unitId: true, roundId: true, revision: true,
      unit: { select: { name: true } },
      sections: { select: { id: true, kind: true, position: true }, orderBy: { position: "asc" } },
      metrics: { select: { key: true } },
      round: { select: { id: true, year: true, title: true, deadline: true, templateId: true } },
    },
  });
  if (!report) throw new NotFoundError();
  assertCan(actor, "report.rollup", report.unitId);
  const units = await db.unit.findMany({ select: { id: true, name: true, parentId: true, sortOrder: true } });
  const definitions: FigureDefinition[] = await figureDefinitionsForRound(report.round.id);
  const current = await roundRollup(report.round, report.unitId, units, definitions);
  const previousRound = await db.reportingRound.findUnique({
    where: { year_templateId: { year: report.round.year - 1, templateId: report.round.templateId } },
    select: { id: true, templateId: true },
  });
  const lastYear: Rollup | null = previousRound ? (await roundRollup(previousRound, report.unitId, units, definitions)).rollup : null;
  const children = current.tree.children.map((c) => ({
    unitId: c.unitId,
    unitName: c.unitName,
    owes: c.owes,
    report: current.sources.get(c.unitId) ?? null,
  }));
  return { report, round: report.round, rollup: current.rollup, liveRollup: current.live(), lastYear, children, sources: current.sources };
}

export type ReportRollup = Awaited<ReturnType<typeof getReportRollup>>;

/** Whether a report's page offers its 汇总: the actor may roll it up and its unit has units below. */
export async function offersRollup(actor: Actor, report: { unitId: string }): Promise<boolean> {
  if (!can(actor, "report.rollup", report.unitId)) return false;
  return (await loadUnitDirectory()).hasChildren(report.unitId);
}
