import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { REPORT_CAPS } from "@/lib/validation/limits";
import type { ActionContext } from "@/lib/domain/action-context";
import { parseMetricTokens } from "@/lib/reports/text";
import { draftChange, reportIdOf, requireEditableReport } from "./draft-access";

export interface MetricFields {
  label: string;
  unit: string;
  value: number | null;
  previousValue: number | null;
  target: number | null;
  note: string;
}

export async function addMetric(input: MetricFields & { reportId: string; key: string }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    await requireEditableReport(tx, ctx.actor, input.reportId);
    const clash = await tx.metric.findUnique({ where: { reportId_key: { reportId: input.reportId, key: input.key } } });
    if (clash) throw new DomainError("metricKeyDuplicate", { key: input.key });
    if ((await tx.metric.count({ where: { reportId: input.reportId } })) >= REPORT_CAPS.metrics) {
      throw new DomainError("tooManyMetrics", { max: REPORT_CAPS.metrics });
    }
    const last = await tx.metric.aggregate({ where: { reportId: input.reportId }, _max: { position: true } });
    const metric = await tx.metric.create({
      data: {
        reportId: input.reportId,
        key: input.key,
        label: input.label,
        unit: input.unit,
        value: input.value,
        previousValue: input.previousValue,
        target: input.target,
        note: input.note || null,
        position: (last._max.position ?? -1) + 1,
      },
    });
    await draftChange(tx, ctx, "metric.add", { type: "Metric", id: metric.id, reportId: input.reportId }, { key: input.key, value: input.value });
    return { id: metric.id, version: metric.version };
  });
}

export type UpdateMetricResult =
  | { status: "saved"; version: number }
  | { status: "conflict"; current: MetricFields & { version: number } };

/** Updates a metric if nobody changed it since `baseVersion`; every mention in the text follows. */
export async function updateMetric(input: MetricFields & { metricId: string; baseVersion: number }, ctx: ActionContext): Promise<UpdateMetricResult> {
  return db.$transaction(async (tx) => {
    const reportId = await reportIdOf(tx, "metric", input.metricId);
    await requireEditableReport(tx, ctx.actor, reportId);
    const { count } = await tx.metric.updateMany({
      where: { id: input.metricId, version: input.baseVersion },
      data: {
        label: input.label,
        unit: input.unit,
        value: input.value,
        previousValue: input.previousValue,
        target: input.target,
        note: input.note || null,
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      const m = await tx.metric.findUniqueOrThrow({ where: { id: input.metricId } });
      return { status: "conflict", current: { label: m.label, unit: m.unit, value: m.value, previousValue: m.previousValue, target: m.target, note: m.note ?? "", version: m.version } };
    }
    await draftChange(tx, ctx, "metric.save", { type: "Metric", id: input.metricId, reportId }, { value: input.value, unit: input.unit });
    return { status: "saved", version: input.baseVersion + 1 };
  });
}

/** Deletes a metric that no text refers to (a figure in use would turn into an unknown token). */
export async function deleteMetric(input: { metricId: string }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const reportId = await reportIdOf(tx, "metric", input.metricId);
    await requireEditableReport(tx, ctx.actor, reportId);
    const metric = await tx.metric.findUniqueOrThrow({ where: { id: input.metricId } });
    const [sections, plans] = await Promise.all([
      tx.section.findMany({ where: { reportId }, select: { heading: true, body: true } }),
      tx.planItem.findMany({ where: { reportId }, select: { text: true } }),
    ]);
    const uses = [...sections.flatMap((s) => [s.heading, s.body]), ...plans.map((p) => p.text)]
      .flatMap((t) => parseMetricTokens(t))
      .filter((t) => t.key === metric.key).length;
    if (uses > 0) throw new DomainError("metricInUse", { count: uses });
    await tx.metric.delete({ where: { id: metric.id } });
    // Its parts stand on their own again rather than pointing at a figure that is gone.
    await tx.metric.updateMany({ where: { reportId, partOfKey: metric.key }, data: { partOfKey: null } });
    await draftChange(tx, ctx, "metric.delete", { type: "Metric", id: metric.id, reportId }, { key: metric.key, label: metric.label, value: metric.value });
    return { id: metric.id };
  });
}

/**
 * Declares a figure a part of another (其中) or of none, and how a total's parts relate to it (WITHIN: they
 * may not exceed it; SUM: 合计, they add up to it). Structure, like a section's owner: no version bump, so
 * it never conflicts with someone typing the figure's value.
 */
export async function setMetricPart(input: { metricId: string; partOfKey: string | null; partsMode: "WITHIN" | "SUM" }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const reportId = await reportIdOf(tx, "metric", input.metricId);
    await requireEditableReport(tx, ctx.actor, reportId);
    const metric = await tx.metric.findUniqueOrThrow({ where: { id: input.metricId } });
    if (input.partOfKey !== null) {
      const all = await tx.metric.findMany({ where: { reportId }, select: { key: true, unit: true, partOfKey: true } });
      const byKey = new Map(all.map((m) => [m.key, m]));
      const total = byKey.get(input.partOfKey);
      if (!total || total.key === metric.key) throw new DomainError("metricPartUnknown", { key: input.partOfKey });
      if (total.unit !== metric.unit) throw new DomainError("metricPartUnit", { unit: metric.unit, totalUnit: total.unit });
      // Walking up from the total must not come back to this figure: a part of its own part is no total.
      for (let k: string | null = total.partOfKey, hops = 0; k !== null && hops <= all.length; k = byKey.get(k)?.partOfKey ?? null, hops++) {
        if (k === metric.key) throw new DomainError("metricPartCycle", { key: input.partOfKey });
      }
    }
    const partsMode = input.partsMode === "SUM" ? "SUM" : null;
    await tx.metric.update({ where: { id: metric.id }, data: { partOfKey: input.partOfKey, partsMode } });
    await draftChange(tx, ctx, "metric.part", { type: "Metric", id: metric.id, reportId }, { key: metric.key, partOfKey: input.partOfKey, partsMode: input.partsMode });
    return { partOfKey: input.partOfKey, partsMode: input.partsMode };
  });
}
