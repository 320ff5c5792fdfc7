"use server";
import { revalidatePath } from "next/cache";
import { defineAction, type ActionResult } from "./action-client";
import { ZAddMembershipSchema, ZCreateUserSchema, ZRemoveMembershipSchema, ZSetUserDisabledSchema } from "@/lib/validation/admin-schemas";
import { addMembership, createUser, removeMembership, setUserDisabled } from "@/lib/admin/manage-users";

const disable = defineAction(ZSetUserDisabledSchema, setUserDisabled);
const add = defineAction(ZAddMembershipSchema, addMembership);
const remove = defineAction(ZRemoveMembershipSchema, removeMembership);
const create = defineAction(ZCreateUserSchema, createUser);

function refreshed<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/admin");
  return result;
}

export async function setUserDisabledAction(input: Parameters<typeof disable>[0]) {
  return refreshed(await disable(input));
}
export async function addMembershipAction(input: Parameters<typeof add>[0]) {
  return refreshed(await add(input));
}
export async function removeMembershipAction(input: Parameters<typeof remove>[0]) {
  return refreshed(await remove(input));
}
export async function createUserAction(input: Parameters<typeof create>[0]) {
  return refreshed(await create(input));
}
