import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import type { SnapshotDiff, TextPart } from "@/lib/versions/diff-versions";
import { formatMetricValue } from "@/lib/reports/text";
import { sectionLabelText, type Translator } from "@/lib/i18n/section-label";

/** Inserted characters underlined in green, deleted ones struck through in red; the rest as it reads. */
export function DiffText({ parts, labels }: { parts: TextPart[]; labels: { added: string; removed: string } }) {
  return (
    <span className="whitespace-pre-wrap break-words">
      {parts.map((p, i) =>
        p.op === "added" ? (
          <ins key={i} className="bg-emerald-100 text-emerald-900 underline decoration-emerald-600" title={labels.added}>
            {p.text}
          </ins>
        ) : p.op === "removed" ? (
          <del key={i} className="bg-red-100 text-red-900 line-through" title={labels.removed}>
            {p.text}
          </del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </span>
  );
}

/** The changes between two versions: changed sections with character diffs, figures, plan items. */
export async function VersionDiff({ diff }: { diff: SnapshotDiff }) {
  const t = await getTranslations("review.diff");
  const tAll = (await getTranslations()) as unknown as Translator;
  const locale = await getLocale();
  const labels = { added: t("added"), removed: t("removed") };
  const changed = diff.sections.filter((s) => s.change !== "same");
  const same = diff.sections.length - changed.length;
  const value = (v: number | null) => (v === null ? t("empty") : formatMetricValue(v));
  if (diff.changedCount === 0) {
    return (
      <p className="text-sm text-stone-600" data-testid="version-diff">
        {t("noChanges")}
      </p>
    );
  }
  return (
    <div className="space-y-3 text-sm" data-testid="version-diff">
      <p className="text-stone-600">{t("summary", { count: diff.changedCount })}</p>
      {diff.title && (
        <div>
          <h4 className="font-medium">{t("title")}</h4>
          <DiffText labels={labels} parts={diff.title} />
        </div>
      )}
      {changed.map((s, i) => {
        const ordinal = s.ordinalTo ?? s.ordinalFrom ?? 1;
        return (
          <div key={i} className="rounded border border-stone-200 bg-white p-2" data-testid="diff-section" data-change={s.change}>
            <h4 className="font-medium">
              {sectionLabelText(tAll, locale, s.kind, ordinal)}
              <span className="ml-2 text-xs font-normal text-stone-500">{t(`change.${s.change}`)}</span>
            </h4>
            {s.heading.length > 0 && (
              <p className="font-doc-kai">
                <DiffText labels={labels} parts={s.heading} />
              </p>
            )}
            {s.body.length > 0 && (
              <p className="font-doc">
                <DiffText labels={labels} parts={s.body} />
              </p>
            )}
          </div>
        );
      })}
      {same > 0 && <p className="text-xs text-stone-500">{t("unchangedSections", { count: same })}</p>}
      {diff.metrics.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[18rem] border-collapse bg-white" aria-label={t("metrics")}>
            <caption className="text-left font-medium">{t("metrics")}</caption>
            <thead>
              <tr className="border-b text-left">
                <th className="p-1">{t("metric")}</th>
                <th className="p-1">{t("before")}</th>
                <th className="p-1">{t("after")}</th>
              </tr>
            </thead>
            <tbody>
              {diff.metrics.map((m) => (
                <tr key={m.key} className="border-b" data-testid="diff-metric">
                  <td className="p-1">{m.label}</td>
                  <td className="p-1">
                    <del className="text-red-900">{m.change === "added" ? "—" : `${value(m.from)}${m.from === null ? "" : m.unit}`}</del>
                  </td>
                  <td className="p-1">
                    <ins className="text-emerald-900">{m.change === "removed" ? "—" : `${value(m.to)}${m.to === null ? "" : m.unit}`}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {diff.plans.some((p) => p.change !== "same") && (
        <div className="space-y-1">
          <h4 className="font-medium">{t("plans")}</h4>
          {diff.plans
            .filter((p) => p.change !== "same")
            .map((p, i) => (
              <p key={i} className="rounded border border-stone-200 bg-white p-2 font-doc">
                <span className="mr-2 text-xs text-stone-500">{t("planItem", { n: p.ordinalTo ?? p.ordinalFrom ?? 0 })}</span>
                <DiffText labels={labels} parts={p.text} />
              </p>
            ))}
        </div>
      )}
      {diff.planReviews.length > 0 && (
        <div className="space-y-1" data-testid="diff-plan-reviews">
          <h4 className="font-medium">{t("reviews")}</h4>
          {diff.planReviews.map((r) => {
            const verdict = (v: string | null) => t(v === "DONE" || v === "PARTLY" || v === "NOT_DONE" ? `verdict.${v}` : "verdict.none");
            return (
              <div key={r.n} className="rounded border border-stone-200 bg-white p-2" data-testid="diff-plan-review" data-change={r.change}>
                <p className="font-doc">
                  <span className="mr-2 text-xs text-stone-500">{t("planItem", { n: r.n })}</span>
                  {r.text}
                </p>
                <p>
                  {t("verdictLabel")}
                  {r.change === "same" || r.verdictFrom === r.verdictTo ? (
                    <span>{verdict(r.verdictTo)}</span>
                  ) : (
                    <>
                      <del className="bg-red-100 text-red-900 line-through">{verdict(r.verdictFrom)}</del>
                      {" → "}
                      <ins className="bg-emerald-100 text-emerald-900 underline decoration-emerald-600">{verdict(r.verdictTo)}</ins>
                    </>
                  )}
                </p>
                {r.evidence.length > 0 && (
                  <p className="font-doc text-stone-700">
                    <DiffText labels={labels} parts={r.evidence} />
                  </p>
                )}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
