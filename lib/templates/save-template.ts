import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { assertCanAnywhere, NotFoundError } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";
import { auditChange } from "@/lib/audit/audit-change";
import type { ZTemplateDraft } from "@/lib/validation/template-schemas";
import { serializeSnapshot, type TemplateContent } from "./template-snapshot";
import { templateChanges } from "./template-changes";
import { currentTemplateVersion } from "./template-version";

/** The draft as version content; a section keeps its ref only if it is one of the template's own. */
function contentOfDraft(draft: ZTemplateDraft, ownRefs: ReadonlySet<string>): TemplateContent {
  return {
    name: draft.name,
    description: draft.description || null,
    titlePattern: draft.titlePattern,
    sections: draft.sections.map((s) => ({ ref: s.ref && ownRefs.has(s.ref) ? s.ref : randomUUID(), kind: s.kind, heading: s.heading, body: s.body })),
    metrics: draft.metrics.map((m) => {
      const aggregation = m.aggregation === "" ? null : m.aggregation;
      const needs = aggregation === "RATIO" ? 2 : aggregation === "GROWTH" ? 1 : 0;
      return {
        key: m.key,
        label: m.label,
        unit: m.unit,
        aggregation,
        numeratorKey: needs >= 1 ? m.numeratorKey || null : null,
        denominatorKey: needs === 2 ? m.denominatorKey || null : null,
      };
    }),
  };
}

// Two templates of one name cannot be told apart where a round picks its template.
async function assertNameFree(tx: Tx, name: string, templateId: string | null) {
  const clash = await tx.template.findFirst({ where: { name, ...(templateId ? { id: { not: templateId } } : {}) }, select: { id: true } });
  if (clash) throw new DomainError("templates.errors.nameTaken", { name });
}

/** Makes the template's current rows (what the editor and the figure rules work on) the given content. */
async function writeRows(tx: Tx, templateId: string, content: TemplateContent) {
  await tx.templateSection.deleteMany({ where: { templateId } });
  await tx.templateSection.createMany({
    data: content.sections.map((s, position) => ({ id: s.ref, templateId, kind: s.kind, position, heading: s.heading, body: s.body })),
  });
  // Figures are kept by key (their ids are what the figure rules' audit names).
  await tx.templateMetric.deleteMany({ where: { templateId, key: { notIn: content.metrics.map((m) => m.key) } } });
  for (const [position, m] of content.metrics.entries()) {
    const data = { label: m.label, unit: m.unit, position, aggregation: m.aggregation, numeratorKey: m.numeratorKey, denominatorKey: m.denominatorKey };
    await tx.templateMetric.upsert({ where: { templateId_key: { templateId, key: m.key } }, update: data, create: { templateId, key: m.key, ...data } });
  }
}

/** 新建模板: a template and its version 1. Templates serve every unit, so an admin anywhere may. */
export async function createTemplate(input: { draft: ZTemplateDraft }, ctx: ActionContext) {
  assertCanAnywhere(ctx.actor, "template.edit");
  const content = contentOfDraft(input.draft, new Set());
  return db.$transaction(async (tx) => {
    await assertNameFree(tx, content.name, null);
    const template = await tx.template.create({
      data: {
        code: `tpl-${Date.now().toString(36)}-${randomUUID().slice(0, 6)}`,
        name: content.name,
        description: content.description,
        titlePattern: content.titlePattern,
        version: 1,
      },
    });
    await writeRows(tx, template.id, content);
    await tx.templateVersion.create({
      data: {
        templateId: template.id,
        number: 1,
        name: content.name,
        description: content.description,
        titlePattern: content.titlePattern,
        snapshot: serializeSnapshot(content),
        changes: JSON.stringify(templateChanges(null, content)),
        createdById: ctx.actor.id,
      },
    });
    await auditChange(tx, ctx, "template.create", { type: "Template", id: template.id }, { label: content.name, version: 1 });
    return { id: template.id, version: 1, refs: content.sections.map((x) => x.ref) };
  });
}

/**
 * Saves an edit as a new version (versions are never changed): reports and rounds that started from an
 * earlier one keep it, new ones get this. Refused when another admin saved first (baseVersion is stale)
 * or when nothing changed.
 */
export async function saveTemplate(input: { templateId: string; baseVersion: number; draft: ZTemplateDraft }, ctx: ActionContext) {
  assertCanAnywhere(ctx.actor, "template.edit");
  return db.$transaction(async (tx) => {
    const template = await tx.template.findUnique({ where: { id: input.templateId }, select: { id: true, version: true, sections: { select: { id: true } } } });
    if (!template) throw new NotFoundError();
    if (template.version !== input.baseVersion) throw new DomainError("templates.errors.staleVersion", { version: template.version });
    await assertNameFree(tx, input.draft.name, template.id);
    const before = await currentTemplateVersion(tx, template.id);
    const after = contentOfDraft(input.draft, new Set(template.sections.map((s) => s.id)));
    const changes = templateChanges(before.content, after);
    if (changes.length === 0) throw new DomainError("templates.errors.unchanged");
    const number = input.baseVersion + 1;
    // Guarded: of two saves on the same version only one moves the template on.
    const moved = await tx.template.updateMany({
      where: { id: template.id, version: input.baseVersion },
      data: { version: number, name: after.name, description: after.description, titlePattern: after.titlePattern },
    });
    if (moved.count !== 1) throw new DomainError("templates.errors.staleVersion", { version: number });
    await writeRows(tx, template.id, after);
    await tx.templateVersion.create({
      data: {
        templateId: template.id,
        number,
        name: after.name,
        description: after.description,
        titlePattern: after.titlePattern,
        snapshot: serializeSnapshot(after),
        changes: JSON.stringify(changes),
        createdById: ctx.actor.id,
      },
    });
    await auditChange(tx, ctx, "template.version", { type: "Template", id: template.id }, { label: after.name, version: number, count: changes.length });
    return { id: template.id, version: number, refs: after.sections.map((x) => x.ref) };
  });
}
