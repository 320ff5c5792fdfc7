"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-context";
import { LIMITS } from "@/lib/validation/limits";
import { useAction } from "@/components/ui/use-action";

type Reopen = (input: { reportId: string; revision: number; reason: string }) => Promise<ActionResult<unknown>>;

/** An admin reopens an approved report for changes; the reason is required and shown to the drafters. */
export function ReopenPanel(props: { reportId: string; revision: number; action: Reopen }) {
  const t = useTranslations("review.reopen");
  const { run, pending, error, setError } = useAction(props.action);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm">
        {t("open")}
      </button>
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
        <button type="submit" disabled={pending} className="rounded bg-seal px-3 py-1.5 text-sm text-white disabled:opacity-60">
          {t("confirm")}
        </button>
        <button type="button" onClick={() => setOpen(false)} className="rounded border border-stone-300 px-3 py-1.5 text-sm">
          {t("cancel")}
        </button>
      </div>
      {error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800" data-testid="reopen-error">
          {error}
        </p>
      )}
    </form>
  );
}
