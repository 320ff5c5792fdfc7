"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineAction, formOf } from "./action-client";
import { ZCreateReportSchema } from "@/lib/validation/report-schemas";
import { createReport } from "@/lib/reports/create-report";

const createReportAction = defineAction(ZCreateReportSchema, createReport);

/**
 * The home page's "start the report" buttons: create, then open the editor — or, for 导入已有文档, create
 * from the template and open the import preview, whose save replaces the template's text.
 */
export async function createReportFormAction(raw: FormData): Promise<void> {
  const form = formOf(raw);
  const thenImport = form.get("source") === "import";
  const result = await createReportAction({
    roundId: String(form.get("roundId") ?? ""),
    unitId: String(form.get("unitId") ?? ""),
    source: form.get("source") === "previous" ? "previous" : "template",
  });
  if (!result.ok) redirect(`/?error=${encodeURIComponent(result.error)}`);
  revalidatePath("/");
  redirect(`/reports/${result.data.id}/${thenImport ? "import" : "edit"}`);
}
