"use server";
// Server actions of the import preview: read an uploaded file into text (nothing stored), then replace the
// draft's text with the corrected blocks. Each one: parse → signed-in actor → domain function.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction, formOf, type ActionResult } from "./action-client";
import { getActor } from "@/lib/auth/current-actor";
import { DomainError } from "@/lib/errors";
import { readImportFile } from "@/lib/import/read-import-file";
import { ZImportIntoReportSchema } from "@/lib/validation/import-schemas";
import { importIntoReport } from "@/lib/reports/import-into-report";
import { isStorableText } from "@/lib/validation/text";

/** The text of an uploaded .docx/.txt/.md, for the preview; the file itself is not kept. */
export async function readImportFileAction(raw: FormData): Promise<ActionResult<{ text: string }>> {
  if (!(await getActor())) return { ok: false, error: "errors.signedOut" };
  const file = formOf(raw).get("file");
  if (!(file instanceof File)) return { ok: false, error: "errors.importFileEmpty" };
  try {
    const text = (await readImportFile(file)).replace(/\u0000/g, "");
    if (!isStorableText(text)) return { ok: false, error: "errors.textInvalidChars" };
    return { ok: true, data: { text } };
  } catch (e) {
    if (e instanceof DomainError) return { ok: false, error: `errors.${e.code}` };
    throw e;
  }
}

const importAction = defineAction(ZImportIntoReportSchema, importIntoReport);

export async function importIntoReportAction(input: z.input<typeof ZImportIntoReportSchema>) {
  const result = await importAction(input);
  if (result.ok) revalidatePath(`/reports/${result.data.id}`, "layout");
  return result;
}
