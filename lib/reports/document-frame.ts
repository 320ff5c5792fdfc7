import "server-only";
import { db } from "@/lib/db";
import type { ActionContext } from "@/lib/domain/action-context";
import { draftChange, requireEditableReport } from "./draft-access";

/**
 * The frame of the document around its sections: the title, and the signature block without seal
 * (落款: issuer and 成文日期). The issuer defaults to the unit's name (null), the date to the approval
 * date (null). Only the report's drafters change it, only in DRAFT, in one transaction with its audit event.
 */
export interface DocumentFrameInput {
  reportId: string;
  title: string;
  /** null: the unit's name */
  signatureUnit: string | null;
  /** a calendar date (China), null: the approval date */
  documentDate: { year: number; month: number; day: number } | null;
}

/** A calendar date as stored: midnight UTC of that day (read back in China's time zone, still that day). */
export function storedDocumentDate(date: { year: number; month: number; day: number }): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

export async function saveDocumentFrame(input: DocumentFrameInput, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    await requireEditableReport(tx, ctx.actor, input.reportId);
    const before = await tx.report.findUniqueOrThrow({
      where: { id: input.reportId },
      select: { title: true, signatureUnit: true, documentDate: true },
    });
    const documentDate = input.documentDate ? storedDocumentDate(input.documentDate) : null;
    const changed =
      before.title !== input.title ||
      before.signatureUnit !== input.signatureUnit ||
      (before.documentDate?.getTime() ?? null) !== (documentDate?.getTime() ?? null);
    if (!changed) return { changed: false };
    await tx.report.update({
      where: { id: input.reportId },
      data: { title: input.title, signatureUnit: input.signatureUnit, documentDate },
      select: { id: true },
    });
    await draftChange(tx, ctx, "report.frame", { type: "Report", id: input.reportId, reportId: input.reportId }, {
      title: input.title,
      signatureUnit: input.signatureUnit,
      documentDate: documentDate?.toISOString().slice(0, 10) ?? null,
    });
    return { changed: true };
  });
}
