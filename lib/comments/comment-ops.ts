import "server-only";
import type { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { assertCan, NotFoundError } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";
import type { ZAddCommentSchema } from "@/lib/validation/workflow-schemas";
import { auditChange } from "@/lib/audit/audit-change";
import { requireTransition } from "@/lib/workflow/transitions";
import { anchorQuote, readingText, sectionSegments } from "./reading-text";
import { noticeComment } from "@/lib/notifications/workflow-notices";

/** The report a comment goes on: visible, commentable by the actor, open for discussion (not approved). */
async function requireCommentable(tx: Tx, ctx: ActionContext, reportId: string) {
  const report = await tx.report.findUnique({ where: { id: reportId }, select: { id: true, unitId: true, status: true } });
  if (!report) throw new NotFoundError();
  assertCan(ctx.actor, "report.comment", report.unitId);
  requireTransition(report.status, "comment");
  return report;
}

/**
 * A comment as the schema passes it: `sectionId` null = on the report as a whole; `parentId` = a reply's
 * thread (its first comment); `quote` / `quoteStart` = the selected words of the section's reading text
 * and where they start in it.
 */
export type AddCommentInput = z.output<typeof ZAddCommentSchema>;

/**
 * Leaders and co-drafters comment on a report, a section, or a quoted passage of a section, and reply in
 * threads. A quote is checked against the section's reading text now: if the drafters changed the words
 * since the commenter's page was loaded, the comment is refused rather than pinned to text that is gone.
 */
export async function addComment(input: AddCommentInput, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const report = await requireCommentable(tx, ctx, input.reportId);
    let sectionId = input.sectionId;
    let parentId: string | null = null;
    let quote = input.quote?.trim() ? input.quote : null;
    let quoteStart = quote ? input.quoteStart : null;
    if (input.parentId) {
      const parent = await tx.comment.findFirst({ where: { id: input.parentId, reportId: report.id }, select: { id: true, parentId: true, sectionId: true } });
      if (!parent) throw new NotFoundError();
      parentId = parent.parentId ?? parent.id;
      const root = parentId === parent.id ? parent : await tx.comment.findUniqueOrThrow({ where: { id: parentId }, select: { sectionId: true } });
      // A reply belongs to its thread's place; it quotes nothing of its own.
      sectionId = root.sectionId;
      quote = null;
      quoteStart = null;
    }
    if (sectionId) {
      const section = await tx.section.findFirst({ where: { id: sectionId, reportId: report.id }, select: { heading: true, body: true } });
      if (!section) throw new NotFoundError();
      if (quote) {
        const metrics = await tx.metric.findMany({ where: { reportId: report.id }, select: { key: true, value: true, unit: true } });
        const text = readingText(sectionSegments(section, new Map(metrics.map((m) => [m.key, m]))));
        const anchor = anchorQuote(text, quote, quoteStart);
        if (anchor.changed) throw new DomainError("reviewErrors.quoteChanged");
        quoteStart = anchor.start;
      }
    } else if (quote) {
      throw new DomainError("invalidInput");
    }
    const comment = await tx.comment.create({
      data: { reportId: report.id, sectionId, parentId, authorId: ctx.actor.id, body: input.body, quote, quoteStart },
    });
    await auditChange(tx, ctx, parentId ? "comment.reply" : "comment.add", { type: "Comment", id: comment.id, reportId: report.id }, {
      sectionId,
      parentId,
      quote,
      body: input.body,
    });
    await noticeComment(tx, report.id, sectionId, ctx.actor);
    return { id: comment.id };
  });
}

/**
 * Resolves or reopens a thread. Anyone who may comment on the report may do either: the drafter resolves
 * when the point is dealt with, the commenter reopens if it is not. Setting the state it already has
 * changes nothing and writes no event.
 */
export async function setCommentStatus(input: { commentId: string; status: "OPEN" | "RESOLVED" }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({ where: { id: input.commentId }, select: { id: true, reportId: true, parentId: true } });
    if (!comment) throw new NotFoundError();
    await requireCommentable(tx, ctx, comment.reportId);
    if (comment.parentId) throw new DomainError("reviewErrors.resolveThreadOnly");
    const resolved = input.status === "RESOLVED";
    const { count } = await tx.comment.updateMany({
      where: { id: comment.id, status: resolved ? "OPEN" : "RESOLVED" },
      data: { status: input.status, resolvedById: resolved ? ctx.actor.id : null, resolvedAt: resolved ? new Date() : null },
    });
    if (count > 0) {
      await auditChange(tx, ctx, resolved ? "comment.resolve" : "comment.reopen", { type: "Comment", id: comment.id, reportId: comment.reportId });
    }
    return { changed: count > 0 };
  });
}
