"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction, formOf } from "./action-client";
import { ZMarkReadSchema, ZOpenNotificationSchema, ZRemindUnitsSchema } from "@/lib/validation/notification-schemas";
import { markNotificationsRead, openNotification } from "@/lib/notifications/inbox";
import { remindUnits } from "@/lib/notifications/remind-units";

const open = defineAction(ZOpenNotificationSchema, openNotification);
const mark = defineAction(ZMarkReadSchema, markNotificationsRead);
const remind = defineAction(ZRemindUnitsSchema, remindUnits);

/** 查看: marks the notification read and goes to the place it is about (a plain form: works without JavaScript). */
export async function openNotificationAction(raw: FormData): Promise<void> {
  const result = await open({ id: String(formOf(raw).get("id") ?? "") });
  revalidatePath("/", "layout");
  redirect(result.ok ? result.data.href : "/notifications");
}

/** 标为已读 (one, by its id in the form) or 全部标为已读 (no id). */
export async function markNotificationsReadAction(raw: FormData): Promise<void> {
  const ids = formOf(raw)
    .getAll("id")
    .map((v) => String(v));
  await mark({ ids });
  revalidatePath("/", "layout");
}

/** 催报 from the round board: one unit, or every unit that has not submitted (unitId null). */
export async function remindUnitsAction(input: { roundId: string; unitId: string | null }) {
  const result = await remind(input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
