"use server";
// Server actions of the roll-up: pulling a unit's passage into the parent's draft and taking a rolled-up
// figure. Each: zod parse → signed-in actor → domain function (permission check, transaction, audit).
import { revalidatePath } from "next/cache";
import { defineAction } from "./action-client";
import { ZPullPassageSchema, ZSetFigureRuleSchema, ZTakeFigureSchema } from "@/lib/validation/rollup-schemas";
import { setFigureRule } from "@/lib/rollup/figure-rules-admin";
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

const setRule = defineAction(ZSetFigureRuleSchema, setFigureRule);

/** An admin sets how a template figure combines in roll-ups. */
export async function setFigureRuleAction(input: Parameters<typeof setRule>[0]) {
  const result = await setRule(input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
