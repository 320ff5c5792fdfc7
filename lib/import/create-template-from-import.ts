import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { assertCanAnywhere } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";
import { writeAudit } from "@/lib/audit/write-audit";
import { LIMITS, REPORT_CAPS } from "@/lib/validation/limits";
import type { ZImportTemplateInput } from "@/lib/validation/import-schemas";
import { planTemplateImport } from "./import-plan";
import { recordFirstVersion } from "@/lib/templates/template-version";

/**
 * 导入为模板: an admin turns a document (a downloaded template, or last year's report) into a template
 * that rounds can use. Templates are shared by every unit, so the right needed is to open rounds.
 */
export async function createTemplateFromImport(input: ZImportTemplateInput, ctx: ActionContext) {
  assertCanAnywhere(ctx.actor, "admin.rounds");
  const plan = planTemplateImport(input.blocks, new Set(input.acceptedFigures));
  if (plan.sections.length === 0) throw new DomainError("importEmpty");
  if (plan.sections.length > REPORT_CAPS.sections + REPORT_CAPS.planItems) throw new DomainError("tooManySections", { max: REPORT_CAPS.sections });
  if (plan.metrics.length > REPORT_CAPS.metrics) throw new DomainError("tooManyMetrics", { max: REPORT_CAPS.metrics });
  return db.$transaction(async (tx) => {
    const template = await tx.template.create({
      data: {
        // Unique without asking the admin for a code: imported templates are told apart by name.
        code: `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
        name: plan.name.slice(0, LIMITS.title),
        titlePattern: plan.titlePattern.slice(0, LIMITS.title),
        description: null,
        sections: { create: plan.sections.map((s, position) => ({ ...s, position })) },
        metrics: { create: plan.metrics.map((m, position) => ({ ...m, position })) },
      },
    });
    // Version 1, like a template made in the editor: the editor edits an imported one the same way.
    await recordFirstVersion(tx, template.id, ctx.actor.id);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "template.import",
      targetType: "Template",
      targetId: template.id,
      data: { source: input.source, sections: plan.sections.length, metrics: plan.metrics.length },
      ip: ctx.meta.ip,
      userAgent: ctx.meta.userAgent,
    });
    return { id: template.id };
  });
}
