"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-context";
import { useErrorText } from "./use-review-text";

type Withdraw = (input: { reportId: string; revision: number }) => Promise<ActionResult<unknown>>;

/** 撤回: the drafters take their submission back while no approver has decided on it. */
export function WithdrawPanel(props: { reportId: string; revision: number; action: Withdraw }) {
  const t = useTranslations("review.withdraw");
  const errorText = useErrorText();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const withdraw = () => {
    if (!window.confirm(t("confirm"))) return;
    start(async () => {
      setError(null);
      const result = await props.action({ reportId: props.reportId, revision: props.revision });
      if (!result.ok) setError(errorText(result.error, result.values));
      else router.refresh();
    });
  };
  return (
    <section aria-labelledby="withdraw-heading" className="space-y-2 rounded border border-stone-200 bg-white p-3">
      <h2 id="withdraw-heading" className="font-medium">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600">{t("hint")}</p>
      <button type="button" onClick={withdraw} disabled={pending} className="rounded border border-stone-300 px-3 py-1.5 text-sm disabled:opacity-60">
        {t("button")}
      </button>
      {error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800" data-testid="withdraw-error">
          {error}
        </p>
      )}
    </section>
  );
}
