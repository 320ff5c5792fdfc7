"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";
import { formOf } from "./action-client";

const ZLocaleSchema = z.enum(LOCALES);

export async function setLocaleAction(raw: FormData): Promise<void> {
  const form = formOf(raw);
  const parsed = ZLocaleSchema.safeParse(form.get("locale"));
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  revalidatePath("/", "layout");
}
