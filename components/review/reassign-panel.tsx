"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-context";
import { LIMITS } from "@/lib/validation/limits";
import { useAction } from "@/components/ui/use-action";

type Reassign = (input: { reportId: string; revision: number; userId: string; reason: string }) => Promise<ActionResult<unknown>>;

/** An admin gives the current step to another eligible leader (the approver is away), with a reason. */
export function ReassignPanel(props: { reportId: string; revision: number; stepLabel: string; candidates: { id: string; name: string }[]; action: Reassign }) {
  const t = useTranslations("review.reassign");
  const { run, pending, error, setError } = useAction(props.action);
  const [open, setOpen] = useState(false);
  const [userId, setUserId] = useState(props.candidates[0]?.id ?? "");
  const [reason, setReason] = useState("");
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)} className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm">
        {t("open", { step: props.stepLabel })}
      </button>
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
        <button disabled={pending || !userId} className="rounded bg-seal px-3 py-1.5 text-white disabled:opacity-60">
          {t("confirm")}
        </button>
        <button type="button" onClick={() => setOpen(false)} className="rounded border border-stone-300 px-3 py-1.5">
          {t("cancel")}
        </button>
      </div>
      {error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-red-800" data-testid="reassign-error">
          {error}
        </p>
      )}
    </form>
  );
}
