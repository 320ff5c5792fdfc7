"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineAction, formOf, type ActionResult } from "./action-client";
import { ZCancelDelegationSchema, ZCreateDelegationSchema } from "@/lib/validation/workflow-schemas";
import { cancelDelegation, createDelegation } from "@/lib/workflow/delegations";

// The 委托审批 page works with plain forms, like the chain admin: each action redirects back to the page,
// with the refusal's message key in the query.

const create = defineAction(ZCreateDelegationSchema, createDelegation);
const cancel = defineAction(ZCancelDelegationSchema, cancelDelegation);

function back(result: ActionResult<unknown>): never {
  if (!result.ok) redirect(`/delegations?error=${encodeURIComponent(result.error)}`);
  revalidatePath("/", "layout");
  redirect("/delegations");
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

export async function createDelegationFormAction(raw: FormData): Promise<void> {
  const form = formOf(raw);
  back(
    await create({
      fromUserId: text(form, "fromUserId") || null,
      toUserId: text(form, "toUserId"),
      startDay: text(form, "startDay"),
      endDay: text(form, "endDay"),
    }),
  );
}

export async function cancelDelegationFormAction(raw: FormData): Promise<void> {
  back(await cancel({ delegationId: text(formOf(raw), "delegationId") }));
}
