"use server";
// Server actions of the roll-up: pulling a unit's passage into the parent's draft and taking a rolled-up
// figure. Each: zod parse → signed-in actor → domain function (permission check, transaction, audit).
import { revalidatePath } from "next/cache";
import { defineAction } from "./action-client";
import { ZPullPassageSchema, ZTakeFigureSchema } from "@/lib/validation/rollup-schemas";
import { pullPassage } from "@/lib/rollup/pull-passage";
import { takeFigure } from "@/lib/rollup/take-figure";

const pull = defineAction(ZPullPassageSchema, pullPassage);
const take = defineAction(ZTakeFigureSchema, takeFigure);

export async function pullPassageAction(input: Parameters<typeof pull>[0]) {
  const result = await pull(input);
  if (result.ok) revalidatePath(`/reports/${input.reportId}`, "layout");
  return result;
}

export async function takeFigureAction(input: Parameters<typeof take>[0]) {
  const result = await take(input);
  if (result.ok) revalidatePath(`/reports/${input.reportId}`, "layout");
  return result;
}
