import "server-only";
import { db } from "@/lib/db";
import { sentencesOf, storeCarried } from "@/lib/checks/carried-sentences";
import { DomainError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";
import { auditChange } from "@/lib/audit/audit-change";
import { bindReportBlanks } from "@/lib/editor/bind-report-blanks";
import { currentTemplateVersion } from "@/lib/templates/template-version";

/**
 * Creates the unit's report for a round, one per unit per round.
 * - from the template's newest version: its sections (plan lines become plan items) and metric definitions;
 *   the report records that version, so a later edit of the template leaves it as it started;
 * - from last year's report: its structure, headings, text and metric definitions, last year's values
 *   kept as the comparison values (this year's left empty to fill), and last year's plan items brought
 *   in for a verdict (上年计划完成情况).
 */
export async function createReport(input: { roundId: string; unitId: string; source: "template" | "previous" }, ctx: ActionContext) {
  assertCan(ctx.actor, "report.create", input.unitId);
  return db.$transaction(async (tx) => {
    const round = await tx.reportingRound.findUnique({
      where: { id: input.roundId },
      include: { units: true },
    });
    if (!round || !round.units.some((u) => u.unitId === input.unitId)) throw new DomainError("roundNotOwed");
    if (round.status !== "OPEN") throw new DomainError("roundClosed");
    if (await tx.report.findUnique({ where: { roundId_unitId: { roundId: round.id, unitId: input.unitId } } })) {
      throw new DomainError("reportExists");
    }
    const unit = await tx.unit.findUniqueOrThrow({ where: { id: input.unitId } });
    const previous = await tx.report.findFirst({
      where: { unitId: input.unitId, year: round.year - 1 },
      orderBy: { updatedAt: "desc" },
      include: { sections: { orderBy: { position: "asc" } }, metrics: { orderBy: { position: "asc" } }, planItems: { orderBy: { position: "asc" } } },
    });
    if (input.source === "previous" && !previous) throw new DomainError("noPreviousReport");
    const version = await currentTemplateVersion(tx, round.templateId);
    const template = version.content;
    const lastValue = new Map(previous?.metrics.map((m) => [m.key, m.value]) ?? []);
    const base = {
      unitId: unit.id,
      roundId: round.id,
      templateId: round.templateId,
      templateVersionId: version.id,
      year: round.year,
      planTitle: `${round.year + 1}年工作计划`,
      createdById: ctx.actor.id,
      previousReportId: previous?.id ?? null,
    };
    const reviews = (previous?.planItems ?? []).map((p, position) => ({ sourcePlanItemId: p.id, position, text: p.text }));

    // The template's figure blanks come bound to the template's figures (empty chips to fill once).
    const fromTemplate = bindReportBlanks(
      template.sections
        .filter((s) => s.kind !== "PLAN")
        .map((s, position) => ({ kind: s.kind, position, heading: s.heading, body: s.body, ownerId: ctx.actor.id })),
      template.sections.filter((s) => s.kind === "PLAN").map((s, position) => ({ position, text: [s.heading, s.body].join("") })),
      template.metrics,
    );
    const report =
      input.source === "previous" && previous
        ? await tx.report.create({
            data: {
              ...base,
              title: previous.title.replace(String(previous.year), String(round.year)),
              achievementsTitle: previous.achievementsTitle,
              problemsTitle: previous.problemsTitle,
              sections: {
                create: previous.sections.map((s) => ({
                  kind: s.kind,
                  position: s.position,
                  heading: s.heading,
                  body: s.body,
                  ownerId: s.ownerId,
                  carriedOver: true,
                  carriedSentences: storeCarried(sentencesOf(s.heading, s.body)),
                })),
              },
              metrics: {
                create: previous.metrics.map((m) => ({
                  key: m.key,
                  label: m.label,
                  unit: m.unit,
                  value: null,
                  previousValue: m.value,
                  target: null,
                  note: null,
                  position: m.position,
                  // How last year's figures were declared to add up holds this year too.
                  partOfKey: m.partOfKey,
                  partsMode: m.partsMode,
                })),
              },
              planReviews: { create: reviews },
            },
          })
        : await tx.report.create({
            data: {
              ...base,
              title: template.titlePattern.replaceAll("{year}", String(round.year)).replaceAll("{unit}", unit.name),
              sections: { create: fromTemplate.sections },
              planItems: { create: fromTemplate.planItems },
              metrics: {
                create: template.metrics.map((m, position) => ({ key: m.key, label: m.label, unit: m.unit, position, previousValue: lastValue.get(m.key) ?? null })),
              },
              planReviews: { create: reviews },
            },
          });
    await auditChange(tx, ctx, "report.create", { type: "Report", id: report.id, reportId: report.id }, { source: input.source, roundId: round.id, version: version.number });
    return { id: report.id };
  });
}
