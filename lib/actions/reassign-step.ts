"use server";
import type { z } from "zod";
import { revalidatePath } from "next/cache";
import { defineAction } from "./action-client";
import { ZReassignStepSchema } from "@/lib/validation/workflow-schemas";
import { reassignStep } from "@/lib/workflow/reassign-step";

const reassign = defineAction(ZReassignStepSchema, reassignStep);

/** 改派: an admin gives a stuck approval step to another eligible leader, with a reason. */
export async function reassignStepAction(input: z.input<typeof ZReassignStepSchema>) {
  const result = await reassign(input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
