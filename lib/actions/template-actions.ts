"use server";
// Server actions of the template admin: create a template, save an edit as a new version. Each: zod parse →
// signed-in actor → domain function (permission check, transaction, audit).
import { revalidatePath } from "next/cache";
import { defineAction } from "./action-client";
import { ZCreateTemplateSchema, ZSaveTemplateSchema } from "@/lib/validation/template-schemas";
import { createTemplate, saveTemplate } from "@/lib/templates/save-template";

const create = defineAction(ZCreateTemplateSchema, createTemplate);
const save = defineAction(ZSaveTemplateSchema, saveTemplate);

export async function createTemplateAction(input: Parameters<typeof create>[0]) {
  const result = await create(input);
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}

export async function saveTemplateAction(input: Parameters<typeof save>[0]) {
  const result = await save(input);
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}
