"use server";
import type { z } from "zod";
import { revalidatePath } from "next/cache";
import { defineAction } from "./action-client";
import { ZWithdrawReportSchema } from "@/lib/validation/workflow-schemas";
import { withdrawReport } from "@/lib/workflow/withdraw-report";

const withdraw = defineAction(ZWithdrawReportSchema, withdrawReport);

/** 撤回: a drafter takes a submission back before any approver has decided. */
export async function withdrawReportAction(input: z.input<typeof ZWithdrawReportSchema>) {
  const result = await withdraw(input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
