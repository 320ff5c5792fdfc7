"use server";
// Server actions of the import preview: read an uploaded file into text (nothing stored), then replace the
// draft's text with the corrected blocks. Each one: parse → signed-in actor → domain function.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction, formOf, type ActionResult } from "./action-client";
import { refusal } from "./action-refusal";
import { getActor } from "@/lib/auth/current-actor";
import { DomainError } from "@/lib/errors";
import { readImportFile } from "@/lib/import/read-import-file";
import { ZImportIntoReportSchema, ZImportTemplateSchema } from "@/lib/validation/import-schemas";
import { createTemplateFromImport } from "@/lib/import/create-template-from-import";
import { importIntoReport } from "@/lib/reports/import-into-report";
import { isStorableText } from "@/lib/validation/text";

/** The text of an uploaded .docx/.txt/.md, for the preview; the file itself is not kept. */
export async function readImportFileAction(raw: FormData): Promise<ActionResult<{ text: string }>> {
  if (!(await getActor())) return refusal("errors.signedOut");
  const file = formOf(raw).get("file");
  if (!(file instanceof File)) return refusal("errors.importFileEmpty");
  try {
    const text = (await readImportFile(file)).replace(/\u0000/g, "");
    if (!isStorableText(text)) return refusal("errors.textInvalidChars");
    return { ok: true, data: { text } };
  } catch (e) {
    if (e instanceof DomainError) return refusal(`errors.${e.code}`);
    throw e;
  }
}

const importAction = defineAction(ZImportIntoReportSchema, importIntoReport);
const templateAction = defineAction(ZImportTemplateSchema, createTemplateFromImport);

type ImportInput = Omit<z.input<typeof ZImportIntoReportSchema>, "reportId">;

/** Bound to the report by the import page: replaces the draft's text, then opens the editor. */
export async function importIntoReportAction(reportId: string, input: ImportInput): Promise<ActionResult<{ href: string }>> {
  const result = await importAction({ ...input, reportId });
  if (!result.ok) return result;
  revalidatePath(`/reports/${result.data.id}`, "layout");
  return { ok: true, data: { href: `/reports/${result.data.id}/edit` } };
}

/** 导入为模板: a new template from the document, then back to the admin page where rounds pick it. */
export async function importTemplateAction(input: ImportInput): Promise<ActionResult<{ href: string }>> {
  const result = await templateAction(input);
  if (!result.ok) return result;
  revalidatePath("/admin");
  return { ok: true, data: { href: `/admin?template=${result.data.id}` } };
}
