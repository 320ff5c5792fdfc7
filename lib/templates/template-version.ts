import "server-only";
import type { Tx } from "@/lib/db";
import { parseSnapshot, serializeSnapshot, snapshotOfRows, type TemplateContent } from "./template-snapshot";
import { templateChanges } from "./template-changes";

const rowsOf = { sections: { orderBy: { position: "asc" as const } }, metrics: { orderBy: { position: "asc" as const } } };

/** A version row as content (columns + parsed snapshot). */
export function contentOf(v: { name: string; description: string | null; titlePattern: string; snapshot: string }): TemplateContent {
  return { name: v.name, description: v.description, titlePattern: v.titlePattern, ...parseSnapshot(v.snapshot) };
}

/**
 * The template's newest version — what a new round or report starts from. A template written without the
 * app's editor (a test fixture, an older seed) has no version row yet: its current rows become that
 * version, so every report can point to one.
 */
export async function currentTemplateVersion(tx: Tx, templateId: string) {
  const template = await tx.template.findUniqueOrThrow({ where: { id: templateId }, include: rowsOf });
  const found = await tx.templateVersion.findUnique({ where: { templateId_number: { templateId, number: template.version } } });
  if (found) return { id: found.id, number: found.number, content: contentOf(found) };
  const content: TemplateContent = { name: template.name, description: template.description, titlePattern: template.titlePattern, ...snapshotOfRows(template) };
  const made = await tx.templateVersion.create({
    data: {
      templateId,
      number: template.version,
      name: template.name,
      description: template.description,
      titlePattern: template.titlePattern,
      snapshot: serializeSnapshot(content),
      changes: JSON.stringify(templateChanges(null, content)),
    },
  });
  return { id: made.id, number: made.number, content };
}

/** Version 1 of a template just created from rows (the import), by the admin who created it. */
export async function recordFirstVersion(tx: Tx, templateId: string, createdById: string) {
  const v = await currentTemplateVersion(tx, templateId);
  await tx.templateVersion.update({ where: { id: v.id }, data: { createdById } });
  return v;
}

/** The content of the version a report started from; null for a report made outside the app. */
export async function reportTemplateContent(tx: Tx, templateVersionId: string | null): Promise<TemplateContent | null> {
  if (!templateVersionId) return null;
  const v = await tx.templateVersion.findUnique({ where: { id: templateVersionId } });
  return v ? contentOf(v) : null;
}
