import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { assertCan, NotFoundError } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";
import { draftChange, requireEditableReport } from "@/lib/reports/draft-access";
import { getReportRollup } from "./get-report-rollup";
import type { TakenSource } from "./stale-figures";

/**
 * The parent's figure set to the roll-up's total of the figure with the same code, and kept linked: each
 * unit's part (report, version read, value) is stored so that a later change in a unit's report shows the
 * figure as stale (rollup-links.ts). An edit of the parent's draft: drafters only, DRAFT only, audited.
 */
export async function takeFigure(input: { reportId: string; key: string }, ctx: ActionContext) {
  // Refused as any other edit before anything is computed (the transaction checks again, with the lock).
  const parent = await db.report.findUnique({ where: { id: input.reportId }, select: { unitId: true } });
  if (!parent) throw new NotFoundError();
  assertCan(ctx.actor, "report.edit", parent.unitId);
  const data = await getReportRollup(ctx.actor, input.reportId);
  const figure = data.rollup.figures.find((f) => f.key === input.key);
  if (!figure || figure.value === null) throw new DomainError("rollup.errors.noTotal");
  const sources: TakenSource[] = figure.breakdown
    .filter((b) => b.state === "VALUE")
    .map((b) => {
      const s = b.via === "report" ? data.sources.get(b.unitId) : undefined;
      return {
        unitId: b.unitId,
        unitName: b.unitName,
        reportId: s?.id ?? null,
        versionId: s?.source.versionId ?? null,
        versionNumber: s?.source.versionNumber ?? null,
        approved: s?.source.kind === "APPROVED",
        value: b.value,
      };
    });
  const value = figure.value;
  return db.$transaction(async (tx) => {
    await requireEditableReport(tx, ctx.actor, input.reportId);
    const metric = await tx.metric.findUnique({ where: { reportId_key: { reportId: input.reportId, key: input.key } }, select: { id: true, version: true } });
    if (!metric) throw new DomainError("rollup.errors.notAFigure");
    await tx.metric.update({ where: { id: metric.id }, data: { value, version: { increment: 1 } } });
    const json = JSON.stringify(sources);
    await tx.takenFigure.upsert({
      where: { metricId: metric.id },
      create: { reportId: input.reportId, metricId: metric.id, value, sources: json, createdById: ctx.actor.id },
      update: { value, sources: json, createdById: ctx.actor.id },
    });
    await draftChange(tx, ctx, "metric.take", { type: "Metric", id: metric.id, reportId: input.reportId }, {
      key: input.key,
      value,
      units: sources.map((s) => ({ unitId: s.unitId, version: s.versionNumber, value: s.value })),
      version: metric.version + 1,
    });
    return { value };
  });
}
