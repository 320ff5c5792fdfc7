"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-context";
import { useErrorText } from "@/components/review/use-review-text";

type Take = (input: { reportId: string; key: string }) => Promise<ActionResult<unknown>>;

/** 采用合计: the parent's figure of this code set to the roll-up's total, kept linked to its sources. */
export function TakeFigureButton(props: { reportId: string; figureKey: string; takenText: string | null; action: Take }) {
  const t = useTranslations("rollup.figures");
  const errorText = useErrorText();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const take = () =>
    start(async () => {
      setError(null);
      const result = await props.action({ reportId: props.reportId, key: props.figureKey });
      if (!result.ok) setError(errorText(result.error, result.values));
      else router.refresh();
    });
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm">
      <button type="button" onClick={take} disabled={pending} className="rounded bg-seal px-3 py-1 text-white disabled:opacity-60" data-testid="take-figure">
        {t("take")}
      </button>
      {props.takenText && (
        <span className="text-stone-600" data-testid="taken-figure">
          {props.takenText}
        </span>
      )}
      {error && (
        <span role="alert" className="text-red-800">
          {error}
        </span>
      )}
    </p>
  );
}
