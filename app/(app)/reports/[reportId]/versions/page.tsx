import { getFormatter, getTranslations } from "@/lib/i18n/server-translations";
import { PageHeader } from "@/components/page-header";
import { VersionDiff } from "@/components/review/version-diff";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/auth/or-not-found";
import { getReport } from "@/lib/reports/get-report";
import { diffVersions, listVersions } from "@/lib/versions/list-versions";
import { changesSinceLastReview } from "@/lib/workflow/review-state";

/**
 * A report's versions (who froze each, when and why) and the character diff between any two. Without a
 * choice it compares what the reader last decided on with the newest submission, else the last two.
 */
export default async function VersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ reportId: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const { reportId } = await params;
  const actor = await requireActor(`/reports/${reportId}/versions`);
  const report = await orNotFound(getReport(actor, reportId));
  const t = await getTranslations("review.versions");
  const tDiff = await getTranslations("review.diff");
  const format = await getFormatter();
  const versions = await listVersions(report.id);
  const numbers = versions.map((v) => v.number);
  const query = await searchParams;
  const since = await changesSinceLastReview(actor.id, report.id);
  const pick = (raw: string | undefined, fallback: number | undefined) => {
    const n = Number(raw);
    return Number.isInteger(n) && numbers.includes(n) ? n : fallback;
  };
  const to = pick(query.to, since?.to ?? numbers[0]);
  // By default, the newest earlier version with different content: approvals and send-backs freeze
  // the same content as the submission they decide on, and comparing those shows nothing.
  const toHash = versions.find((v) => v.number === to)?.hash;
  const earlierDifferent = versions.find((v) => to !== undefined && v.number < to && v.hash !== toHash)?.number;
  const from = pick(query.from, since?.from ?? earlierDifferent ?? numbers[1] ?? numbers[0]);
  const diff = from !== undefined && to !== undefined ? await diffVersions(report.id, from, to) : null;

  return (
    <div className="space-y-6">
      <PageHeader backHref={`/reports/${report.id}`} back={t("back")} title={t("title")} subtitle={report.title} />
      {versions.length === 0 ? (
        <p className="text-sm text-stone-500">{t("none")}</p>
      ) : (
        <>
          <ol className="divide-y divide-stone-200 rounded border border-stone-200 bg-white text-sm" aria-label={t("list")}>
            {versions.map((v) => (
              <li key={v.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:flex-wrap sm:items-baseline sm:gap-x-4" data-testid="version-row" data-reason={v.reason}>
                <span className="font-medium">{t("number", { n: v.number })}</span>
                <span>
                  {t(`reason.${v.reason}`)}
                  {v.stepLabel && ` · ${v.stepLabel}`}
                  {v.superseded && <span className="ml-1 text-stone-500">{t("superseded")}</span>}
                </span>
                <span className="text-stone-600" data-testid="version-author">
                  {v.onBehalfOf ? t("onBehalfOf", { name: v.createdBy, principal: v.onBehalfOf }) : v.createdBy}
                </span>
                <span className="text-xs text-stone-500">{format.dateTime(v.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
                <span className={`break-all font-mono text-xs ${v.intact ? "text-stone-500" : "text-red-700"}`} title={v.hash}>
                  {v.intact ? t("hash", { hash: v.hash.slice(0, 16) }) : t("hashMismatch")}
                </span>
                {v.note && <span className="w-full text-stone-700">{t("note", { note: v.note })}</span>}
              </li>
            ))}
          </ol>
          <section aria-labelledby="compare" className="space-y-3">
            <h2 id="compare" className="text-lg font-medium">
              {t("compare")}
            </h2>
            <form className="flex flex-wrap items-end gap-3 text-sm" method="get">
              {(
                [
                  ["from", from],
                  ["to", to],
                ] as const
              ).map(([name, value]) => (
                <div key={name}>
                  <label htmlFor={name} className="block">
                    {t(name)}
                  </label>
                  <select id={name} name={name} defaultValue={value} className="rounded border border-stone-300 bg-white p-1">
                    {versions.map((v) => (
                      <option key={v.id} value={v.number}>
                        {t("option", { n: v.number, reason: t(`reason.${v.reason}`) })}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
              <button className="rounded bg-stone-800 px-3 py-1 text-white">{t("show")}</button>
            </form>
            {diff && from !== undefined && to !== undefined && (
              <div className="space-y-2">
                <p className="text-sm text-stone-600">{tDiff("between", { from, to })}</p>
                <VersionDiff diff={diff} />
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}
