import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";
import { auditChange } from "@/lib/audit/audit-change";
import { currentTemplateVersion } from "@/lib/templates/template-version";

/** Opens a reporting round: a year, a deadline (end of that day, China time), a template, the units that owe. */
export async function createRound(
  input: { year: number; title: string; deadline: string; templateId: string; unitIds: string[] },
  ctx: ActionContext,
) {
  for (const unitId of input.unitIds) assertCan(ctx.actor, "admin.rounds", unitId);
  return db.$transaction(async (tx) => {
    if (await tx.reportingRound.findUnique({ where: { year_templateId: { year: input.year, templateId: input.templateId } } })) {
      throw new DomainError("roundExists", { year: input.year });
    }
    const disabled = await tx.unit.findFirst({ where: { id: { in: input.unitIds }, disabledAt: { not: null } }, select: { name: true } });
    if (disabled) throw new DomainError("unitErrors.unitDisabled", { unit: disabled.name });
    const template = await tx.template.findUnique({ where: { id: input.templateId } });
    if (!template) throw new DomainError("invalidInput");
    // The round records the version it opened on; each report records its own (see createReport).
    const version = await currentTemplateVersion(tx, template.id);
    const round = await tx.reportingRound.create({
      data: {
        year: input.year,
        title: input.title,
        templateId: template.id,
        templateVersionId: version.id,
        deadline: new Date(`${input.deadline}T23:59:59+08:00`),
        units: { create: [...new Set(input.unitIds)].map((unitId) => ({ unitId })) },
      },
    });
    await auditChange(tx, ctx, "round.create", { type: "ReportingRound", id: round.id }, { year: input.year, units: input.unitIds.length, version: version.number });
    return { id: round.id };
  });
}
