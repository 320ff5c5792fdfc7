import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { assertCan, NotFoundError } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";
import { draftChange, requireEditableReport } from "@/lib/reports/draft-access";
import { renderMetrics } from "@/lib/reports/text";
import { LIMITS } from "@/lib/validation/limits";
import { parseSnapshot } from "@/lib/versions/diff-versions";
import { chooseSource } from "./child-source";
import { requireRollupPair } from "./get-rollup-source";

/** The paragraphs of a snapshot section as printed (figures as numbers: the parent's figures are its own). */
export function sourceParagraphs(snapshot: ReturnType<typeof parseSnapshot>, sectionIndex: number): string[] | null {
  const section = snapshot.sections[sectionIndex];
  if (!section) return null;
  const metrics = new Map(snapshot.metrics.map((m) => [m.key, m]));
  return renderMetrics(section.body, metrics).split("\n").map((p) => p.trim()).filter(Boolean);
}

/**
 * Pulls a paragraph of a unit's report into a section of the parent's draft: appended as a paragraph of
 * its own, with a PulledPassage row keeping where it came from (report, frozen version, section). Only
 * the version the roll-up reads now can be pulled from (approved, else the latest frozen one). An edit
 * of the parent's draft like any other: its drafters only, DRAFT only, version-checked, audited.
 */
export async function pullPassage(
  input: { reportId: string; sectionId: string; sourceReportId: string; sourceVersion: number; sourceSectionIndex: number; paragraph: number },
  ctx: ActionContext,
) {
  const { parent, source } = await requireRollupPair(ctx.actor, input.reportId, input.sourceReportId);
  // Refused as any other edit before the source is read (the transaction checks again, with the lock).
  assertCan(ctx.actor, "report.edit", parent.unitId);
  const versions = await db.reportVersion.findMany({ where: { reportId: source.id }, select: { id: true, number: true, snapshot: true } });
  const chosen = chooseSource({
    status: source.status,
    approvedVersionId: source.approvedVersionId,
    versions: versions.map((v) => ({ id: v.id, number: v.number, snapshot: parseSnapshot(v.snapshot) })),
    live: { title: "", sections: [], metrics: [], planItems: [] },
  });
  if (chosen.versionNumber !== input.sourceVersion) throw new DomainError("rollup.errors.staleSource");
  const paragraphs = sourceParagraphs(chosen.snapshot, input.sourceSectionIndex);
  const text = paragraphs?.[input.paragraph];
  if (!text) throw new DomainError("rollup.errors.noSuchSection");
  const heading = chosen.snapshot.sections[input.sourceSectionIndex].heading;

  return db.$transaction(async (tx) => {
    await requireEditableReport(tx, ctx.actor, input.reportId);
    const section = await tx.section.findUnique({ where: { id: input.sectionId }, select: { reportId: true, body: true, version: true } });
    if (!section || section.reportId !== input.reportId) throw new NotFoundError();
    const body = section.body.trim() ? `${section.body}\n${text}` : text;
    if (body.length > LIMITS.body) throw new DomainError("bodyTooLong");
    const { count } = await tx.section.updateMany({
      where: { id: input.sectionId, version: section.version },
      data: { body, version: { increment: 1 }, updatedById: ctx.actor.id, carriedOver: false },
    });
    if (count === 0) throw new DomainError("rollup.errors.staleSource");
    const pulled = await tx.pulledPassage.create({
      data: {
        reportId: input.reportId,
        sectionId: input.sectionId,
        sourceReportId: source.id,
        sourceVersionId: chosen.versionId,
        sourceVersionNumber: input.sourceVersion,
        sourceSectionIndex: input.sourceSectionIndex,
        sourceSectionHeading: heading,
        text,
        createdById: ctx.actor.id,
      },
      select: { id: true },
    });
    await draftChange(tx, ctx, "section.pull", { type: "Section", id: input.sectionId, reportId: input.reportId }, {
      pulledPassageId: pulled.id,
      sourceReportId: source.id,
      sourceVersion: input.sourceVersion,
      sourceSectionIndex: input.sourceSectionIndex,
      paragraph: input.paragraph,
      length: text.length,
      version: section.version + 1,
    });
    return { pulledId: pulled.id, sectionVersion: section.version + 1 };
  });
}
