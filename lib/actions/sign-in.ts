"use server";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { ZCredentialsSchema } from "@/lib/validation/credentials-schema";
import { formOf } from "./action-client";

export type SignInState = { error: "invalid" | "rateLimited" | "badInput" | "failed" | null; email: string };

/** Only same-site paths are accepted as the place to return to after signing in. */
function safeNext(next: FormDataEntryValue | null): string {
  const value = typeof next === "string" ? next : "";
  return value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/";
}

export async function signInAction(_prev: SignInState, raw: FormData): Promise<SignInState> {
  const form = formOf(raw);
  const email = String(form.get("email") ?? "");
  const parsed = ZCredentialsSchema.safeParse({ email, password: form.get("password") });
  if (!parsed.success) return { error: "badInput", email };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeNext(form.get("next")) });
    return { error: null, email };
  } catch (e) {
    if (e instanceof AuthError) {
      const code = (e as AuthError & { code?: string }).code;
      return { error: code === "rate_limited" ? "rateLimited" : e.type === "CredentialsSignin" ? "invalid" : "failed", email };
    }
    throw e; // the redirect after a successful sign-in is thrown too
  }
}
