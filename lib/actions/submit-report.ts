"use server";
import type { z } from "zod";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { defineAction } from "./action-client";
import { ZSubmitReportSchema } from "@/lib/validation/workflow-schemas";
import { submitReport } from "@/lib/workflow/submit-report";
import { describeReportWarnings } from "@/lib/checks/describe-warnings";
import type { ReportWarning } from "@/lib/checks/report-warnings";
import type { Translator } from "@/lib/i18n/section-label";

// The note of confirmed warnings is worded in the drafter's language, only when there is one to write.
const describe = async (warnings: ReportWarning[]) =>
  describeReportWarnings((await getTranslations()) as unknown as Translator, await getLocale(), warnings);
const submit = defineAction(ZSubmitReportSchema, (input, ctx) => submitReport(input, ctx, describe));

/** 提交审核. Refused with the list of blanks, held for a confirm of the warnings, or refused with why the chain cannot take it. */
export async function submitReportAction(input: z.input<typeof ZSubmitReportSchema>) {
  const result = await submit(input);
  // Navigation counts and lists change for drafters and approvers alike.
  if (result.ok && result.data.status === "submitted") revalidatePath("/", "layout");
  return result;
}
