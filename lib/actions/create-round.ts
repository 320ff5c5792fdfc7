"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "./action-client";
import { ZCreateRoundSchema } from "@/lib/validation/report-schemas";
import { createRound } from "@/lib/reports/create-round";

const create = defineAction(ZCreateRoundSchema, createRound);

export async function createRoundAction(input: Parameters<typeof create>[0]) {
  const result = await create(input);
  if (result.ok) revalidatePath("/admin");
  return result;
}
