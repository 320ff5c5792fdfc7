import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { PageHeader } from "@/components/page-header";
import { RollupChildren } from "@/components/rollup/rollup-children";
import { RollupFigure } from "@/components/rollup/rollup-figure";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/auth/or-not-found";
import { getReportRollup } from "@/lib/rollup/get-report-rollup";
import { getRollupLinks } from "@/lib/rollup/rollup-links";
import { sourceParagraphs } from "@/lib/rollup/pull-passage";
import { sectionLabelText, type Translator } from "@/lib/i18n/section-label";
import { can } from "@/lib/permissions";
import { formatMetricValue } from "@/lib/reports/text";
import { RollupLinksPanel } from "@/components/rollup/rollup-links";
import { PullPanel, type PullSource } from "@/components/rollup/pull-panel";
import { TakeFigureButton } from "@/components/rollup/take-figure-button";
import { pullPassageAction, takeFigureAction } from "@/lib/actions/rollup-actions";
import { ClientMessages } from "@/components/client-messages";

/**
 * 汇总: the reports of the units below this report's unit in the same round — where each stands and the
 * version read — and every figure combined per its definition, with each unit's part and a chart.
 */
async function RollupPageView({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const actor = await requireActor(`/reports/${reportId}/rollup`);
  const data = await orNotFound(getReportRollup(actor, reportId));
  const t = await getTranslations("rollup");
  const { report, rollup, lastYear } = data;
  const tAll = (await getTranslations()) as unknown as Translator;
  const locale = await getLocale();
  const canEdit = can(actor, "report.edit", report.unitId) && report.status === "DRAFT";
  const links = await getRollupLinks(actor, report, data);
  const takenByKey = new Map((links?.taken ?? []).map((x) => [x.key, x]));
  const ownKeys = new Set(report.metrics.map((m) => m.key));
  const labelled = <T extends { kind: string }>(items: T[]) => {
    const counts = new Map<string, number>();
    return items.map((x) => {
      const n = (counts.get(x.kind) ?? 0) + 1;
      counts.set(x.kind, n);
      return { ...x, label: sectionLabelText(tAll, locale, x.kind, n) };
    });
  };
  const pullSources: PullSource[] = data.children.flatMap((c) => {
    const r = c.report;
    if (!c.owes || !r || r.source.versionNumber === null) return [];
    const sections = labelled(r.source.snapshot.sections.map((sec, index) => ({ ...sec, index })))
      .map((sec) => ({ index: sec.index, label: sec.label, heading: sec.heading, paragraphs: sourceParagraphs(r.source.snapshot, sec.index) ?? [] }))
      .filter((sec) => sec.paragraphs.length > 0);
    return [{ reportId: r.id, unitName: c.unitName, versionNumber: r.source.versionNumber, sections }];
  });
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
      {links && <RollupLinksPanel links={links} />}
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
                    >
                      {canEdit && ownKeys.has(f.key) && f.value !== null && (
                        <TakeFigureButton
                          reportId={report.id}
                          figureKey={f.key}
                          takenText={takenByKey.has(f.key) ? t("figures.taken", { value: `${formatMetricValue(takenByKey.get(f.key)!.taken ?? 0)}${f.unit}` }) : null}
                          action={takeFigureAction}
                        />
                      )}
                    </RollupFigure>
                  );
                })}
              </>
            )}
          </section>
          {canEdit && (
            <PullPanel
              reportId={report.id}
              sources={pullSources}
              targets={labelled(report.sections).map((x) => ({ id: x.id, kind: x.kind, label: x.label }))}
              action={pullPassageAction}
            />
          )}
        </>
      )}
    </div>
  );
}

export default function RollupPage(props: Parameters<typeof RollupPageView>[0]) {
  return (
    <ClientMessages namespaces={["errors.generic", "rollup.figures", "rollup.pull", "sectionKind", "review.sectionLabel"]}>
      <RollupPageView {...props} />
    </ClientMessages>
  );
}
