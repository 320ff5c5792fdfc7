import "server-only";
import { db } from "@/lib/db";
import type { FigureDefinition } from "@/lib/rollup/figure-rule";
import { roundFigureDefinitions } from "./figure-definitions";
import { parseSnapshot } from "./template-snapshot";

/** The figures a round's roll-up combines: those of the template versions its reports started from. */
export async function figureDefinitionsForRound(roundId: string): Promise<FigureDefinition[]> {
  const round = await db.reportingRound.findUniqueOrThrow({
    where: { id: roundId },
    select: {
      templateVersionId: true,
      template: { select: { metrics: { orderBy: { position: "asc" } } } },
      reports: { select: { templateVersionId: true } },
    },
  });
  const current: FigureDefinition[] = round.template.metrics.map((m) => ({
    key: m.key, label: m.label, unit: m.unit, aggregation: m.aggregation, numeratorKey: m.numeratorKey, denominatorKey: m.denominatorKey,
  }));
  const ids = new Set<string>();
  let includeCurrent = round.reports.length === 0 && !round.templateVersionId;
  for (const r of round.reports) {
    if (r.templateVersionId) ids.add(r.templateVersionId);
    else includeCurrent = true;
  }
  if (round.reports.length === 0 && round.templateVersionId) ids.add(round.templateVersionId);
  const versions = await db.templateVersion.findMany({ where: { id: { in: [...ids] } }, orderBy: { number: "desc" }, select: { snapshot: true } });
  return roundFigureDefinitions(current, versions.map((v) => parseSnapshot(v.snapshot).metrics), includeCurrent);
}
