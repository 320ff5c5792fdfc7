"use client";
import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-context";
import type { SubmitResult } from "@/lib/workflow/submit-report";
import { blankStopId, type BlankItem } from "@/lib/workflow/blank-items";
import { useErrorText, useSectionLabel } from "./use-review-text";
import { describeReportWarning } from "@/lib/checks/describe-warnings";
import type { ReportWarning } from "@/lib/checks/report-warnings";
import type { Translator } from "@/lib/i18n/section-label";
import { useLocale } from "next-intl";

/** 提交审核: submits, or lists every blank still to fill with where it is. */
export function SubmitPanel(props: {
  reportId: string;
  editHref: string;
  action: (input: { reportId: string; acknowledgeWarnings?: boolean }) => Promise<ActionResult<SubmitResult>>;
}) {
  const t = useTranslations("review.submit");
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [blanks, setBlanks] = useState<BlankItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<ReportWarning[] | null>(null);
  const tAll = useTranslations() as unknown as Translator;
  const locale = useLocale();

  const submit = (acknowledgeWarnings = false) =>
    start(async () => {
      setError(null);
      setBlanks(null);
      setWarnings(null);
      const result = await props.action({ reportId: props.reportId, acknowledgeWarnings });
      if (!result.ok) setError(errorText(result.error, result.values));
      else if (result.data.status === "blanks") setBlanks(result.data.blanks);
      else if (result.data.status === "warnings") setWarnings(result.data.warnings);
      else router.refresh();
    });

  return (
    <section aria-labelledby="submit-heading" className="space-y-2 rounded border border-stone-200 bg-white p-3">
      <h2 id="submit-heading" className="font-medium">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600">{t("hint")}</p>
      <button
        type="button"
        onClick={() => submit()}
        disabled={pending || warnings !== null}
        className="rounded bg-seal px-3 py-1.5 text-sm text-white hover:opacity-90 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
      {error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800" data-testid="submit-error">
          {error}
        </p>
      )}
      {blanks && <BlankList blanks={blanks} editHref={props.editHref} />}
      {warnings && (
        <div role="alertdialog" aria-labelledby="submit-warnings-title" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="submit-warnings">
          <p id="submit-warnings-title" className="font-medium text-amber-900">
            {t("warningsTitle", { count: warnings.length })}
          </p>
          <ul className="list-disc space-y-1 pl-5">
            {warnings.map((w, i) => (
              <li key={i}>{describeReportWarning(tAll, locale, w)}</li>
            ))}
          </ul>
          <p className="text-stone-600">{t("warningsHint")}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" autoFocus disabled={pending} onClick={() => submit(true)} className="rounded bg-seal px-3 py-1 text-white disabled:opacity-60">
              {t("confirmSubmit")}
            </button>
            <Link href={props.editHref} className="rounded border border-stone-300 bg-white px-3 py-1">
              {t("backToEdit")}
            </Link>
          </div>
        </div>
      )}
    </section>
  );
}

function BlankList({ blanks, editHref }: { blanks: BlankItem[]; editHref: string }) {
  const t = useTranslations("review.submit");
  const label = useSectionLabel();
  return (
    <div role="alert" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="submit-blanks">
      <p className="font-medium text-amber-900">{t("blanksRemain", { count: blanks.length })}</p>
      <ul className="list-disc space-y-1 pl-5" aria-label={t("blanksList")}>
        {blanks.map((b, i) => (
          <li key={`${b.id}:${i}`} className="break-words">
            <Link href={`${editHref}?blank=${encodeURIComponent(blankStopId(b))}`} className="text-blue-900 hover:underline" data-testid="blank-link">
            {b.where === "metric"
              ? t("blankMetric", { label: b.label, unit: b.unit })
              : b.where === "plan"
                ? t("blankPlan", { n: b.ordinal, context: b.context })
                : t(b.field === "heading" ? "blankHeading" : "blankBody", { section: label(b.kind, b.ordinal), context: b.context })}
            </Link>
          </li>
        ))}
      </ul>
      <Link href={editHref} className="inline-block text-blue-800 hover:underline">
        {t("goFill")}
      </Link>
    </div>
  );
}
