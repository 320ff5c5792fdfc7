import "server-only";
import { db } from "@/lib/db";
import { carriedNow, stillCarried, storeCarried } from "@/lib/checks/carried-sentences";
import { DomainError } from "@/lib/errors";
import { headingRequired } from "@/lib/validation/section-rules";
import { stripLeadingNumber } from "@/lib/reports/text";
import type { ActionContext } from "@/lib/domain/action-context";
import { draftChange, reportIdOf, requireEditableReport } from "./draft-access";

export type SaveSectionResult =
  | { status: "saved"; version: number; carried: string[] }
  | { status: "conflict"; current: { heading: string; body: string; version: number; updatedBy: string | null } };

/**
 * Saves a section's text if nobody saved it since `baseVersion` (conditional update on the version),
 * otherwise returns the text now on the server so the editor can show both and let the user merge.
 * Never overwrites silently.
 */
export async function saveSection(
  input: { sectionId: string; baseVersion: number; heading: string; body: string },
  ctx: ActionContext,
): Promise<SaveSectionResult> {
  return db.$transaction(async (tx) => {
    const reportId = await reportIdOf(tx, "section", input.sectionId);
    await requireEditableReport(tx, ctx.actor, reportId);
    const section = await tx.section.findUniqueOrThrow({
      where: { id: input.sectionId },
      select: { kind: true, heading: true, body: true, carriedOver: true, carriedSentences: true },
    });
    if (headingRequired(section.kind) && input.heading.trim() === "") throw new DomainError("headingRequired");

    // Numbering is derived from order; a typed or pasted "（一）" would print twice.
    const heading = headingRequired(section.kind) ? stripLeadingNumber(input.heading) : input.heading;
    // 沿用上年 sentence by sentence: the ones edited drop out, the others stay marked.
    const carried = stillCarried(carriedNow(section), heading, input.body);
    const { count } = await tx.section.updateMany({
      where: { id: input.sectionId, version: input.baseVersion },
      data: {
        heading,
        body: input.body,
        version: { increment: 1 },
        updatedById: ctx.actor.id,
        carriedOver: carried.length > 0,
        carriedSentences: storeCarried(carried),
      },
    });
    if (count === 0) {
      const current = await tx.section.findUniqueOrThrow({ where: { id: input.sectionId } });
      const by = current.updatedById ? await tx.user.findUnique({ where: { id: current.updatedById }, select: { name: true } }) : null;
      return { status: "conflict", current: { heading: current.heading, body: current.body, version: current.version, updatedBy: by?.name ?? null } };
    }
    const version = input.baseVersion + 1;
    await draftChange(tx, ctx, "section.save", { type: "Section", id: input.sectionId, reportId }, {
      version,
      headingLength: input.heading.length,
      bodyLength: input.body.length,
    });
    return { status: "saved", version, carried };
  });
}
