import "server-only";
import { db, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { REPORT_CAPS } from "@/lib/validation/limits";
import type { ActionContext } from "@/lib/domain/action-context";
import { draftChange, reportIdOf, requireEditableReport } from "./draft-access";
import { stripLeadingNumber } from "@/lib/reports/text";

interface PlanFields {
  text: string;
  targetMetricId: string | null;
  ownerId: string | null;
}

/** The target metric must be one of this report's, and the owner one of the unit's drafters. */
async function checkPlanFields(tx: Tx, report: { id: string; unitId: string }, f: PlanFields) {
  if (f.targetMetricId) {
    const m = await tx.metric.findFirst({ where: { id: f.targetMetricId, reportId: report.id } });
    if (!m) throw new DomainError("invalidInput");
  }
  if (f.ownerId) {
    const drafter = await tx.membership.findFirst({ where: { userId: f.ownerId, unitId: report.unitId, role: "STAFF" } });
    if (!drafter) throw new DomainError("ownerNotDrafter");
  }
}

export async function addPlanItem(input: PlanFields & { reportId: string }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const report = await requireEditableReport(tx, ctx.actor, input.reportId);
    await checkPlanFields(tx, report, input);
    if ((await tx.planItem.count({ where: { reportId: report.id } })) >= REPORT_CAPS.planItems) {
      throw new DomainError("tooManyPlanItems", { max: REPORT_CAPS.planItems });
    }
    const last = await tx.planItem.aggregate({ where: { reportId: report.id }, _max: { position: true } });
    const item = await tx.planItem.create({
      data: { reportId: report.id, text: stripLeadingNumber(input.text), targetMetricId: input.targetMetricId, ownerId: input.ownerId, position: (last._max.position ?? -1) + 1 },
    });
    await draftChange(tx, ctx, "plan.add", { type: "PlanItem", id: item.id, reportId: report.id }, { text: input.text });
    return { id: item.id, version: item.version };
  });
}

export type UpdatePlanItemResult =
  | { status: "saved"; version: number }
  | { status: "conflict"; current: PlanFields & { version: number } };

export async function updatePlanItem(input: PlanFields & { planItemId: string; baseVersion: number }, ctx: ActionContext): Promise<UpdatePlanItemResult> {
  return db.$transaction(async (tx) => {
    const reportId = await reportIdOf(tx, "planItem", input.planItemId);
    const report = await requireEditableReport(tx, ctx.actor, reportId);
    await checkPlanFields(tx, report, input);
    const { count } = await tx.planItem.updateMany({
      where: { id: input.planItemId, version: input.baseVersion },
      data: { text: stripLeadingNumber(input.text), targetMetricId: input.targetMetricId, ownerId: input.ownerId, version: { increment: 1 } },
    });
    if (count === 0) {
      const p = await tx.planItem.findUniqueOrThrow({ where: { id: input.planItemId } });
      return { status: "conflict", current: { text: p.text, targetMetricId: p.targetMetricId, ownerId: p.ownerId, version: p.version } };
    }
    await draftChange(tx, ctx, "plan.save", { type: "PlanItem", id: input.planItemId, reportId }, { text: input.text });
    return { status: "saved", version: input.baseVersion + 1 };
  });
}

export async function deletePlanItem(input: { planItemId: string }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const reportId = await reportIdOf(tx, "planItem", input.planItemId);
    await requireEditableReport(tx, ctx.actor, reportId);
    const item = await tx.planItem.delete({ where: { id: input.planItemId } });
    await draftChange(tx, ctx, "plan.delete", { type: "PlanItem", id: item.id, reportId }, { text: item.text });
    return { id: item.id };
  });
}

export async function movePlanItem(input: { planItemId: string; direction: "up" | "down" }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const reportId = await reportIdOf(tx, "planItem", input.planItemId);
    await requireEditableReport(tx, ctx.actor, reportId);
    const items = await tx.planItem.findMany({ where: { reportId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, position: true } });
    const at = items.findIndex((i) => i.id === input.planItemId);
    const other = at + (input.direction === "up" ? -1 : 1);
    if (other < 0 || other >= items.length) return { moved: false };
    const ids = items.map((i) => i.id);
    [ids[at], ids[other]] = [ids[other], ids[at]];
    for (let i = 0; i < ids.length; i++) {
      if (items.find((x) => x.id === ids[i])!.position !== i) await tx.planItem.update({ where: { id: ids[i] }, data: { position: i } });
    }
    await draftChange(tx, ctx, "plan.move", { type: "PlanItem", id: input.planItemId, reportId }, { direction: input.direction });
    return { moved: true };
  });
}

/** Links a 存在问题 section to the plan items that answer it (replacing its previous links). */
export async function setProblemLinks(input: { sectionId: string; planItemIds: string[] }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const reportId = await reportIdOf(tx, "section", input.sectionId);
    await requireEditableReport(tx, ctx.actor, reportId);
    const section = await tx.section.findUniqueOrThrow({ where: { id: input.sectionId }, select: { kind: true } });
    if (section.kind !== "PROBLEM") throw new DomainError("invalidInput");
    const ids = [...new Set(input.planItemIds)];
    const valid = await tx.planItem.count({ where: { id: { in: ids }, reportId } });
    if (valid !== ids.length) throw new DomainError("invalidInput");
    await tx.problemPlanLink.deleteMany({ where: { sectionId: input.sectionId } });
    if (ids.length) await tx.problemPlanLink.createMany({ data: ids.map((planItemId) => ({ sectionId: input.sectionId, planItemId })) });
    await draftChange(tx, ctx, "problem.links", { type: "Section", id: input.sectionId, reportId }, { planItemIds: ids });
    return { planItemIds: ids };
  });
}

export type SavePlanReviewResult =
  | { status: "saved"; version: number }
  | { status: "conflict"; current: { verdict: string | null; evidence: string; version: number } };

/** Records the verdict on one of last year's plan items (上年计划完成情况). */
export async function savePlanReview(
  input: { planReviewId: string; baseVersion: number; verdict: "DONE" | "PARTLY" | "NOT_DONE" | null; evidence: string },
  ctx: ActionContext,
): Promise<SavePlanReviewResult> {
  return db.$transaction(async (tx) => {
    const reportId = await reportIdOf(tx, "planReview", input.planReviewId);
    await requireEditableReport(tx, ctx.actor, reportId);
    const { count } = await tx.planReview.updateMany({
      where: { id: input.planReviewId, version: input.baseVersion },
      data: { verdict: input.verdict, evidence: input.evidence || null, version: { increment: 1 } },
    });
    if (count === 0) {
      const r = await tx.planReview.findUniqueOrThrow({ where: { id: input.planReviewId } });
      return { status: "conflict", current: { verdict: r.verdict, evidence: r.evidence ?? "", version: r.version } };
    }
    await draftChange(tx, ctx, "plan_review.save", { type: "PlanReview", id: input.planReviewId, reportId }, { verdict: input.verdict });
    return { status: "saved", version: input.baseVersion + 1 };
  });
}
