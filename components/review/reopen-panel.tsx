"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { reopenReportAction } from "@/lib/actions/reopen-report";
import { LIMITS } from "@/lib/validation/limits";
import { useAction } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";

/** An admin reopens an approved report for changes; the reason is required and shown to the drafters. */
export function ReopenPanel(props: { reportId: string; revision: number; action: typeof reopenReportAction }) {
  const t = useTranslations("review.reopen");
  // client-keys: reviewErrors.reasonRequired (checked here before the server is asked)
  const { run, pending, error, setError } = useAction(props.action);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");

  if (!open) {
    return (
      <Button onClick={() => setOpen(true)}>{t("open")}</Button>
    );
  }
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setError("reviewErrors.reasonRequired");
    void run({ reportId: props.reportId, revision: props.revision, reason });
  };
  return (
    <form onSubmit={submit} className="space-y-2 rounded border border-stone-300 bg-white p-3" aria-labelledby="reopen-heading">
      <h2 id="reopen-heading" className="font-medium">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600">{t("hint")}</p>
      <label htmlFor="reopen-reason" className="block text-sm">
        {t("reasonLabel")}
      </label>
      <textarea
        id="reopen-reason"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={LIMITS.reason}
        rows={3}
        autoFocus
        className="w-full rounded border border-stone-300 p-2 text-sm"
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" pending={pending}>
          {t("confirm")}
        </Button>
        <Button onClick={() => setOpen(false)}>{t("cancel")}</Button>
      </div>
      <ErrorAlert message={error} testId="reopen-error" />
    </form>
  );
}
