"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { withdrawReportAction } from "@/lib/actions/withdraw-report";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";

/** 撤回: the drafters take their submission back while no approver has decided on it. */
export function WithdrawPanel(props: { reportId: string; revision: number; action: typeof withdrawReportAction }) {
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
      <Button onClick={() => setConfirming(true)} pending={pending}>
        {t("button")}
      </Button>
      <ErrorAlert message={error} testId="withdraw-error" />
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
