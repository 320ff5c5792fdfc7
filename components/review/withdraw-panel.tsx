"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-context";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";

type Withdraw = (input: { reportId: string; revision: number }) => Promise<ActionResult<unknown>>;

/** 撤回: the drafters take their submission back while no approver has decided on it. */
export function WithdrawPanel(props: { reportId: string; revision: number; action: Withdraw }) {
  const t = useTranslations("review.withdraw");
  const { run, pending, error } = useAction(props.action);
  const [confirming, setConfirming] = useState(false);
  const withdraw = async () => {
    setConfirming(false);
    await run({ reportId: props.reportId, revision: props.revision });
  };
  return (
    <section aria-labelledby="withdraw-heading" className="space-y-2 rounded border border-stone-200 bg-white p-3">
      <h2 id="withdraw-heading" className="font-medium">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600">{t("hint")}</p>
      <button type="button" onClick={() => setConfirming(true)} disabled={pending} className="rounded border border-stone-300 px-3 py-1.5 text-sm disabled:opacity-60">
        {t("button")}
      </button>
      {error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800" data-testid="withdraw-error">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("confirmTitle")}
        confirmLabel={t("confirmYes")}
        cancelLabel={t("cancel")}
        onConfirm={withdraw}
        onCancel={() => setConfirming(false)}
        pending={pending}
        danger
        testId="withdraw-confirm"
      >
        <p>{t("confirm")}</p>
      </ConfirmDialog>
    </section>
  );
}
