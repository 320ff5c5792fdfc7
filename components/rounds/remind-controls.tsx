"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-context";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";
import { ErrorAlert } from "@/components/ui/error-alert";

type Remind = (input: { roundId: string; unitId: string | null }) => Promise<ActionResult<{ units: number; people: number }>>;

function useRemind(action: Remind) {
  const t = useTranslations("notifications.remind");
  const { run, pending, error } = useAction(action);
  const [done, setDone] = useState<string | null>(null);
  const remind = async (roundId: string, unitId: string | null) => {
    setDone(null);
    const result = await run({ roundId, unitId });
    if (result?.ok) setDone(t("done", { units: result.data.units, people: result.data.people }));
  };
  return { remind, pending, error, done };
}

function Outcome({ error, done, testId }: { error: string | null; done: string | null; testId: string }) {
  if (error) return <ErrorAlert message={error} testId={`${testId}-error`} inline />;
  return done ? (
    <span role="status" className="text-xs text-emerald-800" data-testid={`${testId}-done`}>
      {done}
    </span>
  ) : null;
}

/** 催报 on one unit's row of the board: sends at once (it is one unit, and says so after). */
export function RemindUnitButton(props: { roundId: string; unitId: string; unitName: string; action: Remind }) {
  const t = useTranslations("notifications.remind");
  const { remind, pending, error, done } = useRemind(props.action);
  return (
    <span className="ml-2 inline-flex flex-wrap items-center gap-1">
      <button
        type="button"
        disabled={pending}
        onClick={() => remind(props.roundId, props.unitId)}
        aria-label={t("oneLabel", { unit: props.unitName })}
        className="rounded border border-amber-400 bg-white px-2 py-0.5 text-xs text-amber-900 hover:bg-amber-50 disabled:opacity-60"
      >
        {t("one")}
      </button>
      <Outcome error={error} done={done} testId="remind-unit" />
    </span>
  );
}

/** 全部催报: every unit that has not submitted, after a confirm that names them. */
export function RemindAllButton(props: { roundId: string; units: string[]; email: boolean; action: Remind }) {
  const t = useTranslations("notifications.remind");
  const { remind, pending, error, done } = useRemind(props.action);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={pending || props.units.length === 0}
        onClick={() => setConfirming(true)}
        className="rounded bg-amber-700 px-3 py-1 text-sm text-white hover:bg-amber-800 disabled:opacity-60"
      >
        {t("all")}
      </button>
      <Outcome error={error} done={done} testId="remind-all" />
      <ConfirmDialog
        open={confirming}
        title={t("confirmTitle")}
        confirmLabel={t("confirm")}
        cancelLabel={t("cancel")}
        onConfirm={async () => {
          setConfirming(false);
          await remind(props.roundId, null);
        }}
        onCancel={() => setConfirming(false)}
        pending={pending}
        testId="remind-all-confirm"
      >
        <p>{t("confirmWhat", { count: props.units.length, units: props.units.join("、"), email: props.email ? "yes" : "no" })}</p>
      </ConfirmDialog>
    </div>
  );
}
