"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { reassignStepAction } from "@/lib/actions/reassign-step";
import { LIMITS } from "@/lib/validation/limits";
import { useAction } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";

/** An admin gives the current step to another eligible leader (the approver is away), with a reason. */
export function ReassignPanel(props: { reportId: string; revision: number; stepLabel: string; candidates: { id: string; name: string }[]; action: typeof reassignStepAction }) {
  const t = useTranslations("review.reassign");
  // client-keys: reviewErrors.reasonRequired (checked here before the server is asked)
  const { run, pending, error, setError } = useAction(props.action);
  const [open, setOpen] = useState(false);
  const [userId, setUserId] = useState(props.candidates[0]?.id ?? "");
  const [reason, setReason] = useState("");
  if (!open)
    return (
      <Button onClick={() => setOpen(true)}>{t("open", { step: props.stepLabel })}</Button>
    );
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setError("reviewErrors.reasonRequired");
    void run({ reportId: props.reportId, revision: props.revision, userId, reason });
  };
  return (
    <form onSubmit={submit} aria-labelledby="reassign-heading" className="space-y-2 rounded border border-stone-300 bg-white p-3 text-sm">
      <h2 id="reassign-heading" className="font-medium">
        {t("title", { step: props.stepLabel })}
      </h2>
      <p className="text-stone-600">{t("hint")}</p>
      <label className="block" htmlFor="reassign-to">
        {t("to")}
      </label>
      <select id="reassign-to" value={userId} onChange={(e) => setUserId(e.target.value)} className="rounded border border-stone-300 px-2 py-1">
        {props.candidates.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <label className="block" htmlFor="reassign-reason">
        {t("reason")}
      </label>
      <textarea id="reassign-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={LIMITS.reason} rows={2} className="w-full rounded border border-stone-300 p-2" />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" pending={pending} disabled={!userId}>
          {t("confirm")}
        </Button>
        <Button onClick={() => setOpen(false)}>{t("cancel")}</Button>
      </div>
      <ErrorAlert message={error} testId="reassign-error" />
    </form>
  );
}
