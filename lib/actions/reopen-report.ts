"use server";
import type { z } from "zod";
import { revalidatePath } from "next/cache";
import { defineAction } from "./action-client";
import { ZReopenReportSchema } from "@/lib/validation/workflow-schemas";
import { reopenReport } from "@/lib/workflow/reopen-report";

const reopen = defineAction(ZReopenReportSchema, reopenReport);

/** An admin reopens an approved report to DRAFT, with a reason. */
export async function reopenReportAction(input: z.input<typeof ZReopenReportSchema>) {
  const result = await reopen(input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
