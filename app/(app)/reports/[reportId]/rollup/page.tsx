import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { RollupChildren } from "@/components/rollup/rollup-children";
import { RollupFigure } from "@/components/rollup/rollup-figure";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/auth/or-not-found";
import { getReportRollup } from "@/lib/rollup/get-report-rollup";

/**
 * 汇总: the reports of the units below this report's unit in the same round — where each stands and the
 * version read — and every figure combined per its definition, with each unit's part and a chart.
 */
export default async function RollupPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const actor = await requireActor(`/reports/${reportId}/rollup`);
  const data = await orNotFound(getReportRollup(actor, reportId));
  const t = await getTranslations("rollup");
  const { report, rollup, lastYear } = data;
  const labels = new Map(rollup.figures.map((f) => [f.key, f.label]));
  const shown = rollup.figures.filter((f) => f.breakdown.some((b) => b.state === "VALUE"));
  const sourceHref = (reportIdOfChild: string, n: number | null) =>
    n === null ? null : `/reports/${report.id}/rollup/source/${reportIdOfChild}/${n}`;

  return (
    <div className="space-y-6">
      <PageHeader
        backHref={`/reports/${report.id}`}
        back={t("back")}
        title={t("title", { title: report.title })}
        subtitle={t("subtitle", { unit: report.unit.name, year: report.year })}
      />
      {data.children.length === 0 ? (
        <p className="text-sm text-stone-500">{t("noChildren")}</p>
      ) : (
        <>
          <RollupChildren
            rows={data.children.map((c) => ({
              unitId: c.unitId,
              unitName: c.unitName,
              owes: c.owes,
              report: c.report,
              sourceHref: c.report ? sourceHref(c.report.id, c.report.source.versionNumber) : null,
            }))}
          />
          <section aria-labelledby="rollup-figures" className="space-y-3">
            <h2 id="rollup-figures" className="text-lg font-medium">
              {t("figures.heading")}
            </h2>
            {shown.length === 0 ? (
              <p className="text-sm text-stone-500">{t("figures.none")}</p>
            ) : (
              <>
                {shown.length < rollup.figures.length && <p className="text-xs text-stone-500">{t("figures.onlyFilled")}</p>}
                {shown.map((f) => {
                  const prev = lastYear?.figures.find((x) => x.key === f.key) ?? null;
                  return (
                    <RollupFigure
                      key={f.key}
                      figure={f}
                      labels={labels}
                      lastYearByUnit={new Map((prev?.breakdown ?? []).filter((b) => b.state === "VALUE").map((b) => [b.unitId, b.value]))}
                      lastYearTotal={prev?.value ?? f.previousValue}
                    />
                  );
                })}
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
