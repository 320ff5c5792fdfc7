"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "./action-client";
import { ZSubmitReportSchema } from "@/lib/workflow/schemas";
import { submitReport } from "@/lib/workflow/submit-report";

const submit = defineAction(ZSubmitReportSchema, submitReport);

/** 提交审核. Refused with the list of blanks, or with why the chain cannot take it. */
export async function submitReportAction(input: { reportId: string }) {
  const result = await submit(input);
  // Navigation counts and lists change for drafters and approvers alike.
  if (result.ok && result.data.status === "submitted") revalidatePath("/", "layout");
  return result;
}
