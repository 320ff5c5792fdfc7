import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write-audit";
import { DomainError } from "@/lib/errors";
import { assertCanAnywhere, NotFoundError, type Actor } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";
import type { Aggregation } from "./figure-rule";

/** Every template's figures with how each combines in a roll-up (admins who manage rounds and templates). */
export async function listFigureRules(actor: Actor) {
  assertCanAnywhere(actor, "admin.rounds");
  return db.template.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true, name: true, code: true,
      metrics: { orderBy: { position: "asc" }, select: { id: true, key: true, label: true, unit: true, aggregation: true, numeratorKey: true, denominatorKey: true } },
    },
  });
}

/**
 * Sets how a template figure combines across units (figure-rule.ts). RATIO needs two other figures of the
 * same template, GROWTH one; other rules keep no source figures. Audited as template.figureRule.
 */
export async function setFigureRule(
  input: { metricId: string; aggregation: "" | Aggregation; numeratorKey: string | null; denominatorKey: string | null },
  ctx: ActionContext,
) {
  assertCanAnywhere(ctx.actor, "admin.rounds");
  return db.$transaction(async (tx) => {
    const metric = await tx.templateMetric.findUnique({ where: { id: input.metricId }, select: { id: true, key: true, templateId: true, aggregation: true, numeratorKey: true, denominatorKey: true } });
    if (!metric) throw new NotFoundError();
    const keys = new Set((await tx.templateMetric.findMany({ where: { templateId: metric.templateId }, select: { key: true } })).map((m) => m.key));
    const aggregation = input.aggregation === "" ? null : input.aggregation;
    const needs = aggregation === "RATIO" ? 2 : aggregation === "GROWTH" ? 1 : 0;
    const numeratorKey = needs >= 1 ? input.numeratorKey : null;
    const denominatorKey = needs === 2 ? input.denominatorKey : null;
    for (const k of [numeratorKey, denominatorKey].slice(0, needs)) {
      if (!k || !keys.has(k) || k === metric.key) throw new DomainError("rollup.errors.ruleSource");
    }
    if (needs === 2 && numeratorKey === denominatorKey) throw new DomainError("rollup.errors.ruleSource");
    await tx.templateMetric.update({ where: { id: metric.id }, data: { aggregation, numeratorKey, denominatorKey } });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "template.figure_rule",
      targetType: "TemplateMetric",
      targetId: metric.id,
      data: { key: metric.key, from: { aggregation: metric.aggregation, numeratorKey: metric.numeratorKey, denominatorKey: metric.denominatorKey }, to: { aggregation, numeratorKey, denominatorKey } },
      ip: ctx.meta.ip,
      userAgent: ctx.meta.userAgent,
    });
    return { aggregation, numeratorKey, denominatorKey };
  });
}
