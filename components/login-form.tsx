"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { SignInState } from "@/lib/actions/sign-in";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";

export function LoginForm(props: {
  action: (prev: SignInState, form: FormData) => Promise<SignInState>;
  next: string;
  notice: string | null;
}) {
  const t = useTranslations("login");
  const [state, formAction, pending] = useActionState(props.action, { error: null, email: "" });
  const errorId = "login-error";
  return (
    <form action={formAction} className="space-y-4" noValidate aria-describedby={state.error ? errorId : undefined}>
      {props.notice && !state.error && (
        <p className="rounded bg-emerald-50 p-2 text-sm text-emerald-800" role="status">
          {props.notice}
        </p>
      )}
      <ErrorAlert id={errorId} message={state.error && t(state.error)} testId="login-error" />
      <input type="hidden" name="next" value={props.next} />
      <div className="space-y-1">
        <label htmlFor="email" className="block text-sm font-medium">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          className="w-full rounded border border-stone-300 px-3 py-2"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block text-sm font-medium">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="w-full rounded border border-stone-300 px-3 py-2"
        />
      </div>
      <Button type="submit" variant="primary" pending={pending} className="w-full py-2 font-medium">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
