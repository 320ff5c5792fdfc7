import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ActionContext } from "@/lib/domain/action-context";
import { REPORT_CAPS } from "@/lib/validation/limits";
import type { ZImportIntoReportInput } from "@/lib/validation/import-schemas";
import { planImport } from "@/lib/import/import-plan";
import { draftChange, requireEditableReport } from "./draft-access";
import { reportTemplateContent } from "@/lib/templates/template-version";

/**
 * Replaces a draft's text with an imported document (after the user confirmed the preview): sections,
 * plan items and the figure register are rebuilt from the corrected blocks in one transaction, with one
 * audit event. Last year's values are kept for figures whose key survives; plan verdicts of last year's
 * items (上年计划完成情况) are not part of the document and stay as they were.
 */
export async function importIntoReport(input: ZImportIntoReportInput, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const report = await requireEditableReport(tx, ctx.actor, input.reportId);
    const full = await tx.report.findUniqueOrThrow({
      where: { id: report.id },
      select: { year: true, templateVersionId: true, template: { select: { metrics: { orderBy: { position: "asc" } } } }, metrics: { select: { key: true, previousValue: true } } },
    });
    // Blanks bind to the figures of the template version the report started from.
    const started = await reportTemplateContent(tx, full.templateVersionId);
    const plan = planImport(input.blocks, new Set(input.acceptedFigures), started?.metrics ?? full.template.metrics);
    if (plan.sections.length === 0 && plan.planItems.length === 0) throw new DomainError("importEmpty");
    if (plan.sections.length > REPORT_CAPS.sections) throw new DomainError("tooManySections", { max: REPORT_CAPS.sections });
    if (plan.planItems.length > REPORT_CAPS.planItems) throw new DomainError("tooManyPlanItems", { max: REPORT_CAPS.planItems });
    if (plan.metrics.length > REPORT_CAPS.metrics) throw new DomainError("tooManyMetrics", { max: REPORT_CAPS.metrics });
    const previous = new Map(full.metrics.map((m) => [m.key, m.previousValue]));

    await tx.section.deleteMany({ where: { reportId: report.id } });
    await tx.planItem.deleteMany({ where: { reportId: report.id } });
    await tx.metric.deleteMany({ where: { reportId: report.id } });
    const date = plan.documentDate;
    await tx.report.update({
      where: { id: report.id },
      data: {
        ...(plan.title ? { title: plan.title.slice(0, 120) } : {}),
        ...(plan.achievementsTitle ? { achievementsTitle: plan.achievementsTitle.slice(0, 120) } : {}),
        ...(plan.problemsTitle ? { problemsTitle: plan.problemsTitle.slice(0, 120) } : {}),
        ...(plan.planTitle ? { planTitle: plan.planTitle.slice(0, 120) } : {}),
        ...(date ? { documentDate: new Date(Date.UTC(date.year, date.month - 1, date.day)) } : {}),
        sections: {
          create: plan.sections.map((s, position) => ({ kind: s.kind, position, heading: s.heading, body: s.body, ownerId: ctx.actor.id })),
        },
        planItems: { create: plan.planItems.map((text, position) => ({ position, text, ownerId: ctx.actor.id })) },
        metrics: {
          create: plan.metrics.map((m, position) => ({ ...m, position, previousValue: previous.get(m.key) ?? null })),
        },
      },
      select: { id: true },
    });
    await draftChange(tx, ctx, "report.import", { type: "Report", id: report.id, reportId: report.id }, {
      source: input.source,
      sections: plan.sections.length,
      planItems: plan.planItems.length,
      metrics: plan.metrics.length,
      removedLines: input.blocks.filter((b) => b.kind === "REMOVED").length,
    });
    return { id: report.id };
  });
}
