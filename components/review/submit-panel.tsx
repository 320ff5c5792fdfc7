"use client";
import { useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { submitReportAction } from "@/lib/actions/submit-report";
import { blankStopId, type BlankItem } from "@/lib/workflow/blank-items";
import { useSectionLabel } from "./use-review-text";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { describeReportWarning } from "@/lib/checks/describe-warnings";
import type { ReportWarning } from "@/lib/checks/report-warnings";
import type { Translator } from "@/lib/i18n/section-label";
import { useLocale } from "next-intl";

/**
 * 提交审核: first checks (nothing changes): blanks are listed with where they are; otherwise one confirm
 * dialog says what submitting does (locked, sent to the first step) and lists the warnings to accept, if any.
 */
export function SubmitPanel(props: {
  reportId: string;
  editHref: string;
  action: typeof submitReportAction;
}) {
  const t = useTranslations("review.submit");
  // client-messages: review.submit sectionKind review.sectionLabel
  const tAll = useTranslations() as unknown as Translator;
  const locale = useLocale();
  const { run, pending, error } = useAction(props.action, { refresh: false });
  const router = useRouter();
  const [blanks, setBlanks] = useState<BlankItem[] | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [confirm, setConfirm] = useState<{ firstStep: string; warnings: ReportWarning[] } | null>(null);

  const check = async () => {
    setBlanks(null);
    const result = await run({ reportId: props.reportId, check: true });
    if (!result?.ok) return;
    if (result.data.status === "blanks") setBlanks(result.data.blanks);
    else if (result.data.status === "warnings") setConfirm({ firstStep: result.data.firstStep, warnings: result.data.warnings });
    else if (result.data.status === "ready") setConfirm({ firstStep: result.data.firstStep, warnings: [] });
  };
  const submit = async () => {
    const result = await run({ reportId: props.reportId, acknowledgeWarnings: (confirm?.warnings.length ?? 0) > 0 });
    setConfirm(null);
    if (!result?.ok) return;
    if (result.data.status === "blanks") setBlanks(result.data.blanks);
    else if (result.data.status === "warnings") setConfirm({ firstStep: result.data.firstStep, warnings: result.data.warnings });
    else router.refresh();
  };
  const warnings = confirm?.warnings ?? [];

  return (
    <section aria-labelledby="submit-heading" className="space-y-2 rounded border border-stone-200 bg-white p-3">
      <h2 id="submit-heading" className="font-medium">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600">{t("hint")}</p>
      <Button ref={button} variant="primary" onClick={check} pending={pending} disabled={confirm !== null}>
        {pending ? t("submitting") : t("submit")}
      </Button>
      <ErrorAlert message={error} testId="submit-error" />
      {blanks && <BlankList blanks={blanks} editHref={props.editHref} />}
      <ConfirmDialog
        open={confirm !== null}
        title={warnings.length > 0 ? t("warningsTitle", { count: warnings.length }) : t("confirmTitle")}
        confirmLabel={warnings.length > 0 ? t("confirmSubmit") : t("confirmPlain")}
        cancelLabel={t("cancel")}
        onConfirm={submit}
        onCancel={() => setConfirm(null)}
        pending={pending}
        focusConfirm
        returnFocusTo={button}
        testId={warnings.length > 0 ? "submit-warnings" : "submit-confirm"}
      >
        <p>{t("confirmWhat", { step: confirm?.firstStep ?? "" })}</p>
        {warnings.length > 0 && (
          <>
            <ul className="list-disc space-y-1 pl-5">
              {warnings.map((w, i) => (
                <li key={i}>{describeReportWarning(tAll, locale, w)}</li>
              ))}
            </ul>
            <p className="text-stone-600">{t("warningsHint")}</p>
            <Link href={props.editHref} className="inline-block text-blue-800 hover:underline">
              {t("backToEdit")}
            </Link>
          </>
        )}
      </ConfirmDialog>
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
