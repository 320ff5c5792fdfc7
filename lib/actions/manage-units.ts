"use server";
import { revalidatePath } from "next/cache";
import { defineAction, type ActionResult } from "./action-client";
import { ZCreateUnitSchema, ZMoveUnitSchema, ZRenameUnitSchema, ZSetUnitDisabledSchema } from "@/lib/validation/admin-schemas";
import { createUnit, moveUnit, renameUnit, setUnitDisabled } from "@/lib/admin/manage-units";

const create = defineAction(ZCreateUnitSchema, createUnit);
const rename = defineAction(ZRenameUnitSchema, renameUnit);
const move = defineAction(ZMoveUnitSchema, moveUnit);
const disable = defineAction(ZSetUnitDisabledSchema, setUnitDisabled);

// Unit names show everywhere (navigation, boards, reports): the whole app is revalidated.
function refreshed<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function createUnitAction(input: Parameters<typeof create>[0]) {
  return refreshed(await create(input));
}
export async function renameUnitAction(input: Parameters<typeof rename>[0]) {
  return refreshed(await rename(input));
}
export async function moveUnitAction(input: Parameters<typeof move>[0]) {
  return refreshed(await move(input));
}
export async function setUnitDisabledAction(input: Parameters<typeof disable>[0]) {
  return refreshed(await disable(input));
}
