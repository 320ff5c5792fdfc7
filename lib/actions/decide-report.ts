"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "./action-client";
import { ZDecideReportSchema } from "@/lib/validation/workflow-schemas";
import type { z } from "zod";
import { decideReport } from "@/lib/workflow/decide-report";

const decide = defineAction(ZDecideReportSchema, decideReport);

/** 审核通过 (with an optional 审批意见) or 退回修改 (with a required reason), by the current step's approver. */
export async function decideReportAction(input: z.input<typeof ZDecideReportSchema>) {
  const result = await decide(input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
