import "server-only";
import { db } from "@/lib/db";
import { carriedNow, storeCarried } from "@/lib/checks/carried-sentences";
import { DomainError } from "@/lib/errors";
import { REPORT_CAPS } from "@/lib/validation/limits";
import type { ActionContext } from "@/lib/domain/action-context";
import { draftChange, reportIdOf, requireEditableReport } from "./draft-access";

type Kind = "OPENING" | "ACHIEVEMENT" | "PROBLEM" | "PLAN" | "CLOSING";

/** Adds an empty section of a kind after the last one; numbering follows from the order. */
export async function addSection(input: { reportId: string; kind: Kind }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    await requireEditableReport(tx, ctx.actor, input.reportId);
    if ((await tx.section.count({ where: { reportId: input.reportId } })) >= REPORT_CAPS.sections) {
      throw new DomainError("tooManySections", { max: REPORT_CAPS.sections });
    }
    const last = await tx.section.aggregate({ where: { reportId: input.reportId }, _max: { position: true } });
    const section = await tx.section.create({
      data: {
        reportId: input.reportId,
        kind: input.kind,
        position: (last._max.position ?? -1) + 1,
        heading: "",
        body: "",
        ownerId: ctx.actor.id,
        updatedById: ctx.actor.id,
      },
    });
    await draftChange(tx, ctx, "section.add", { type: "Section", id: section.id, reportId: input.reportId }, { kind: input.kind });
    return { id: section.id };
  });
}

/** Deletes a section. Its text is kept in the audit trail, so a deletion never loses what was written. */
export async function deleteSection(input: { sectionId: string }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const reportId = await reportIdOf(tx, "section", input.sectionId);
    await requireEditableReport(tx, ctx.actor, reportId);
    const section = await tx.section.delete({ where: { id: input.sectionId } });
    await draftChange(tx, ctx, "section.delete", { type: "Section", id: section.id, reportId }, {
      kind: section.kind,
      heading: section.heading,
      body: section.body,
    });
    return { id: section.id };
  });
}

/** Swaps a section with its neighbour of the same kind (sections are numbered within their kind). */
export async function moveSection(input: { sectionId: string; direction: "up" | "down" }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const reportId = await reportIdOf(tx, "section", input.sectionId);
    await requireEditableReport(tx, ctx.actor, reportId);
    const all = await tx.section.findMany({
      where: { reportId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, position: true },
    });
    const at = all.findIndex((s) => s.id === input.sectionId);
    const step = input.direction === "up" ? -1 : 1;
    let other = at + step;
    while (other >= 0 && other < all.length && all[other].kind !== all[at].kind) other += step;
    if (other < 0 || other >= all.length) return { moved: false };
    const ids = all.map((s) => s.id);
    [ids[at], ids[other]] = [ids[other], ids[at]];
    // Positions are rewritten as 0…n-1, which also repairs duplicates left by older data.
    for (let i = 0; i < ids.length; i++) {
      if (all.find((s) => s.id === ids[i])!.position !== i) await tx.section.update({ where: { id: ids[i] }, data: { position: i } });
    }
    await draftChange(tx, ctx, "section.move", { type: "Section", id: input.sectionId, reportId }, { direction: input.direction });
    return { moved: true };
  });
}

/** Gives a section to one of the unit's drafters. */
export async function assignSectionOwner(input: { sectionId: string; ownerId: string | null }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const reportId = await reportIdOf(tx, "section", input.sectionId);
    const report = await requireEditableReport(tx, ctx.actor, reportId);
    if (input.ownerId) {
      const drafter = await tx.membership.findFirst({ where: { userId: input.ownerId, unitId: report.unitId, role: "STAFF", user: { disabled: false } } });
      if (!drafter) throw new DomainError("ownerNotDrafter");
    }
    await tx.section.update({ where: { id: input.sectionId }, data: { ownerId: input.ownerId } });
    await draftChange(tx, ctx, "section.owner", { type: "Section", id: input.sectionId, reportId }, { ownerId: input.ownerId });
    return { ownerId: input.ownerId };
  });
}

/** 确认沿用: the drafter read a section carried over from last year and keeps it as it is. */
export async function confirmCarriedOver(input: { sectionId: string }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const reportId = await reportIdOf(tx, "section", input.sectionId);
    await requireEditableReport(tx, ctx.actor, reportId);
    await tx.section.update({ where: { id: input.sectionId }, data: { carriedOver: false, carriedSentences: null } });
    await draftChange(tx, ctx, "section.confirm", { type: "Section", id: input.sectionId, reportId });
    return { id: input.sectionId };
  });
}

/** 确认沿用 of one sentence: the drafter keeps it as it came; the section's other carried sentences stay marked. */
export async function confirmCarriedSentence(input: { sectionId: string; sentence: string }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const reportId = await reportIdOf(tx, "section", input.sectionId);
    await requireEditableReport(tx, ctx.actor, reportId);
    const section = await tx.section.findUniqueOrThrow({
      where: { id: input.sectionId },
      select: { heading: true, body: true, carriedOver: true, carriedSentences: true },
    });
    const carried = carriedNow(section).filter((s) => s !== input.sentence);
    await tx.section.update({ where: { id: input.sectionId }, data: { carriedOver: carried.length > 0, carriedSentences: storeCarried(carried) } });
    await draftChange(tx, ctx, "section.confirm_sentence", { type: "Section", id: input.sectionId, reportId }, { left: carried.length });
    return { carried };
  });
}
