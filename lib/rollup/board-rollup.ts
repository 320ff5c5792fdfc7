import "server-only";
import { db } from "@/lib/db";
import { subtreeIds, type Actor } from "@/lib/permissions";
import { getRoundBoard } from "@/lib/workflow/round-board";
import type { FigureDefinition } from "./figure-rule";
import { buildRollupTree, loadRoundSources } from "./get-report-rollup";
import { rollUp } from "./roll-up-figures";
import { figureDefinitionsForRound } from "@/lib/templates/round-figures";

const BOARD_ROOT = "__board__";

/**
 * The round board plus what its export needs: each watched unit's parent, submission and approval dates,
 * the figures its report states, and the figures rolled up over the board. The roll-up's top is the board
 * itself: each watched unit with no watched unit above it contributes its own roll-up (or its report), so
 * a 街道 and its 社区 on one board are not counted twice.
 */
export async function getBoardWithRollup(actor: Actor, roundId: string) {
  const board = await getRoundBoard(actor, roundId); // scoped: 404 for a round the actor does not watch
  const [round, units] = await Promise.all([
    db.reportingRound.findUniqueOrThrow({
      where: { id: roundId },
      select: { id: true, templateId: true, units: { select: { unitId: true } } },
    }),
    db.unit.findMany({ select: { id: true, name: true, parentId: true, sortOrder: true } }),
  ]);
  const watched = new Set(board.rows.map((r) => r.unit.id));
  const tops = board.rows.map((r) => r.unit.id).filter((id) => {
    for (let p = units.find((u) => u.id === id)?.parentId ?? null; p; p = units.find((u) => u.id === p)?.parentId ?? null) if (watched.has(p)) return false;
    return true;
  });
  const reach = new Set(tops.flatMap((t) => [...subtreeIds(units, t)]));
  const sources = await loadRoundSources(round.id, [...reach], units);
  const virtualUnits = [
    { id: BOARD_ROOT, name: board.round.title, parentId: null, sortOrder: 0 },
    ...units.filter((u) => reach.has(u.id)).map((u) => (tops.includes(u.id) ? { ...u, parentId: BOARD_ROOT } : u)),
  ];
  const owing = new Set(round.units.map((u) => u.unitId));
  const definitions: FigureDefinition[] = await figureDefinitionsForRound(round.id);
  const rollup = rollUp(buildRollupTree(BOARD_ROOT, virtualUnits, owing, sources), definitions);
  const parentName = new Map(units.map((u) => [u.id, units.find((p) => p.id === u.parentId)?.name ?? null]));
  const rows = board.rows.map((r) => {
    const s = sources.get(r.unit.id) ?? null;
    return {
      ...r,
      parentName: parentName.get(r.unit.id) ?? null,
      submittedAt: s?.submittedAt ?? null,
      approvedAt: s?.approvedAt ?? null,
      source: s ? { kind: s.source.kind, versionNumber: s.source.versionNumber } : null,
      figures: new Map((s?.source.snapshot.metrics ?? []).map((m) => [m.key, { value: m.value, unit: m.unit }])),
    };
  });
  return { ...board, rows, rollup };
}

export type BoardWithRollup = Awaited<ReturnType<typeof getBoardWithRollup>>;
