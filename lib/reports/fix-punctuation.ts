import "server-only";
import { db } from "@/lib/db";
import { carriedNow, stillCarried, storeCarried } from "@/lib/checks/carried-sentences";
import { fixChinesePunctuation } from "@/lib/export/punctuation";
import type { ActionContext } from "@/lib/domain/action-context";
import { draftChange, requireEditableReport } from "./draft-access";
import { punctuationChanges, type PunctuationSnippet } from "./punctuation-changes";

export interface PunctuationFixChange {
  kind: "section" | "planItem";
  id: string;
  snippets: PunctuationSnippet[];
}

/**
 * The editor's one-click GB/T 15834 punctuation fix: applies fixChinesePunctuation (the exporters' rules)
 * to the heading and body of every section and to every plan item of a draft, as stored. `apply: false`
 * only reports what would change. Applying writes every changed row (version + 1, so an editor still
 * holding the old version gets a conflict, never a silent overwrite) and one audit event, in one
 * transaction; 沿用上年 marks stay on sentences whose only change is their punctuation.
 */
export async function fixReportPunctuation(input: { reportId: string; apply: boolean }, ctx: ActionContext): Promise<{ changes: PunctuationFixChange[] }> {
  return db.$transaction(async (tx) => {
    await requireEditableReport(tx, ctx.actor, input.reportId);
    const [sections, planItems] = await Promise.all([
      tx.section.findMany({
        where: { reportId: input.reportId },
        orderBy: { position: "asc" },
        select: { id: true, heading: true, body: true, version: true, carriedOver: true, carriedSentences: true },
      }),
      tx.planItem.findMany({ where: { reportId: input.reportId }, orderBy: { position: "asc" }, select: { id: true, text: true, version: true } }),
    ]);
    const changes: PunctuationFixChange[] = [];
    for (const s of sections) {
      const heading = punctuationChanges(s.heading);
      const body = punctuationChanges(s.body);
      const snippets = [...heading.snippets, ...body.snippets];
      if (snippets.length === 0) continue;
      changes.push({ kind: "section", id: s.id, snippets });
      if (!input.apply) continue;
      const carried = stillCarried(carriedNow(s).map(fixChinesePunctuation), heading.fixed, body.fixed);
      await tx.section.update({
        where: { id: s.id },
        data: {
          heading: heading.fixed,
          body: body.fixed,
          version: { increment: 1 },
          updatedById: ctx.actor.id,
          carriedOver: carried.length > 0,
          carriedSentences: storeCarried(carried),
        },
        select: { id: true },
      });
    }
    for (const p of planItems) {
      const text = punctuationChanges(p.text);
      if (text.snippets.length === 0) continue;
      changes.push({ kind: "planItem", id: p.id, snippets: text.snippets });
      if (input.apply) await tx.planItem.update({ where: { id: p.id }, data: { text: text.fixed, version: { increment: 1 } }, select: { id: true } });
    }
    if (input.apply && changes.length > 0) {
      await draftChange(tx, ctx, "report.punctuation", { type: "Report", id: input.reportId, reportId: input.reportId }, {
        sections: changes.filter((c) => c.kind === "section").length,
        planItems: changes.filter((c) => c.kind === "planItem").length,
        places: changes.reduce((n, c) => n + c.snippets.length, 0),
      });
    }
    return { changes };
  });
}
