// The check panel's warnings in words, for the submit confirm and for the note the submitted version keeps.
// Takes any next-intl translator, so the client panel and the server action word them the same way.
import { sectionLabelText, type Translator } from "@/lib/i18n/section-label";
import type { ReportWarning } from "./report-warnings";

export function describeReportWarning(t: Translator, locale: string, w: ReportWarning): string {
  switch (w.code) {
    case "emptyPlan":
    case "emptyProblems":
      return t(`review.submit.warning.${w.code}`);
    case "unverdicted":
      return t("review.submit.warning.unverdicted", { n: w.n });
    case "registerTotal":
      return t(`review.submit.warning.registerTotal.${w.problem}`, { label: w.label, total: w.total, sum: w.sum, unit: w.unit });
    case "textTotal":
      return t(`review.submit.warning.textTotal.${w.problem}`, {
        section: sectionLabelText(t, locale, w.kind, w.ordinal),
        total: w.total,
        sum: w.sum,
        unit: w.unit,
      });
    default:
      return t(`review.submit.warning.${w.code}`, {
        section: sectionLabelText(t, locale, w.kind, w.ordinal),
        ...(w.code === "carriedOver"
          ? { n: w.sentences }
          : w.code === "staleYear"
          ? { year: w.year }
          : w.code === "unbound" || w.code === "carriedDate" || w.code === "carriedFigure"
            ? { match: w.match }
            : w.code === "contradiction"
              ? { match: w.match, label: w.label, value: w.value, unit: w.unit }
              : { phrase: w.phrase }),
      });
  }
}

export function describeReportWarnings(t: Translator, locale: string, warnings: readonly ReportWarning[]): string {
  return t("review.submit.warningsNote", { list: warnings.map((w, i) => `${i + 1}. ${describeReportWarning(t, locale, w)}`).join("；") });
}
