"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineAction, formOf, type ActionResult } from "./action-client";
import { ZAddChainStepSchema, ZChainStepModeSchema, ZChainStepRefSchema, ZMoveChainStepSchema } from "@/lib/validation/workflow-schemas";
import { addChainStep, moveChainStep, removeChainStep, setChainStepMode } from "@/lib/workflow/approval-chains";

// The chain admin page works with plain forms (no JavaScript needed): each action redirects back to the
// unit's page, with the error's message key in the query when it was refused.

const add = defineAction(ZAddChainStepSchema, addChainStep);
const remove = defineAction(ZChainStepRefSchema, removeChainStep);
const move = defineAction(ZMoveChainStepSchema, moveChainStep);
const setMode = defineAction(ZChainStepModeSchema, setChainStepMode);

function back(unitId: string, result: ActionResult<unknown>): never {
  const page = `/admin/chains/${encodeURIComponent(unitId)}`;
  if (!result.ok) redirect(`${page}?error=${encodeURIComponent(result.error)}`);
  revalidatePath("/admin/chains", "layout");
  redirect(page);
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "");
const optional = (form: FormData, name: string) => (form.get(name) ? String(form.get(name)) : null);

export async function addChainStepFormAction(raw: FormData): Promise<void> {
  const form = formOf(raw);
  const unitId = text(form, "unitId");
  const kind = text(form, "approverKind") === "UNIT_LEADER" ? "UNIT_LEADER" : "USER";
  back(
    unitId,
    await add({
      unitId,
      label: text(form, "label"),
      approverKind: kind,
      approverUserId: kind === "USER" ? optional(form, "approverUserId") : null,
      approverUnitId: kind === "UNIT_LEADER" ? optional(form, "approverUnitId") : null,
      mode: text(form, "mode") === "ANY" ? "ANY" : "ALL",
      coApproverUserIds: kind === "USER" ? form.getAll("coApproverUserIds").map(String).filter(Boolean) : [],
    }),
  );
}

export async function setChainStepModeFormAction(raw: FormData): Promise<void> {
  const form = formOf(raw);
  back(text(form, "unitId"), await setMode({ stepId: text(form, "stepId"), mode: text(form, "mode") === "ANY" ? "ANY" : "ALL" }));
}

export async function removeChainStepFormAction(raw: FormData): Promise<void> {
  const form = formOf(raw);
  back(text(form, "unitId"), await remove({ stepId: text(form, "stepId") }));
}

export async function moveChainStepFormAction(raw: FormData): Promise<void> {
  const form = formOf(raw);
  back(text(form, "unitId"), await move({ stepId: text(form, "stepId"), direction: text(form, "direction") === "up" ? "up" : "down" }));
}
