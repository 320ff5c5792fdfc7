"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-context";
import { LIMITS } from "@/lib/validation/limits";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";

type Decide = (input: { reportId: string; revision: number; decision: "approve" | "return"; text: string }) => Promise<ActionResult<unknown>>;

/**
 * The current step's approver: 审核通过 with an optional opinion, or 退回修改 with a required reason. On the
 * last step, approving makes the report final, so a confirm dialog says so first.
 */
export function DecisionPanel(props: {
  reportId: string;
  revision: number;
  stepLabel: string;
  lastStep: boolean;
  /** Set when this person decides as the delegate of that leader (委托审批): said above the buttons. */
  onBehalfOf?: string | null;
  /** 会签: the others of the step still to approve after this approval (0 = this one completes it). */
  othersPending?: number;
  action: Decide;
}) {
  const t = useTranslations("review.decide");
  // client-keys: reviewErrors.reasonRequired (checked here before the server is asked)
  const { run, pending, error, setError } = useAction(props.action);
  const [text, setText] = useState("");
  const [confirming, setConfirming] = useState(false);

  const decide = async (decision: "approve" | "return") => {
    setConfirming(false);
    if (decision === "return" && !text.trim()) {
      setError("reviewErrors.reasonRequired");
      document.getElementById("review-opinion")?.focus();
      return;
    }
    const result = await run({ reportId: props.reportId, revision: props.revision, decision, text });
    if (result?.ok) setText("");
  };

  return (
    <section aria-labelledby="decide-heading" className="space-y-2 rounded border border-sky-200 bg-sky-50 p-3" data-testid="decision-panel">
      <h2 id="decide-heading" className="font-medium">
        {t("title", { step: props.stepLabel })}
      </h2>
      {props.onBehalfOf && (
        <p className="text-sm text-sky-900" data-testid="decide-on-behalf">
          {t("onBehalfOf", { name: props.onBehalfOf })}
        </p>
      )}
      {!!props.othersPending && (
        <p className="text-sm text-stone-700" data-testid="decide-others-pending">
          {t("othersPending", { count: props.othersPending })}
        </p>
      )}
      <label htmlFor="review-opinion" className="block text-sm">
        {t("opinionLabel")}
      </label>
      <textarea
        id="review-opinion"
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={LIMITS.reason}
        rows={3}
        aria-describedby={error ? "decide-error" : undefined}
        className="w-full rounded border border-stone-300 bg-white p-2 text-sm"
      />
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={pending}
          onClick={() => (props.lastStep ? setConfirming(true) : decide("approve"))}
          className="rounded bg-emerald-700 px-3 py-1.5 text-sm text-white disabled:opacity-60"
        >
          {t("approve")}
        </button>
        <button type="button" disabled={pending} onClick={() => decide("return")} className="rounded border border-red-300 bg-white px-3 py-1.5 text-sm text-red-800 disabled:opacity-60">
          {t("return")}
        </button>
      </div>
      {error && (
        <p id="decide-error" role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800" data-testid="decide-error">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("finalTitle")}
        confirmLabel={t("finalConfirm")}
        cancelLabel={t("cancel")}
        onConfirm={() => decide("approve")}
        onCancel={() => setConfirming(false)}
        pending={pending}
        testId="final-approval-confirm"
      >
        <p>{t("finalWhat")}</p>
      </ConfirmDialog>
    </section>
  );
}
