import { getTranslations } from "@/lib/i18n/server-translations";
import { BarChart } from "@/components/charts/bar-chart";
import { formatMetricValue } from "@/lib/reports/text";
import type { CombinedFigure } from "@/lib/rollup/roll-up-figures";

/**
 * One combined figure: the total (with how it was combined and how many units it holds), each unit's
 * part in a table, and a chart of this year against last year per unit beside the table.
 * `lastYearByUnit` / `lastYearTotal` come from last year's roll-up, falling back to the reports' own
 * last-year values.
 */
export async function RollupFigure(props: {
  figure: CombinedFigure;
  labels: Map<string, string>;
  lastYearByUnit: Map<string, number | null>;
  lastYearTotal: number | null;
  children?: React.ReactNode;
}) {
  const t = await getTranslations("rollup.figures");
  const f = props.figure;
  const withUnit = (v: number | null) => (v === null ? "—" : `${formatMetricValue(v)}${f.unit}`);
  const id = `figure-${f.key}`;
  const rule =
    f.rule.kind === "RATIO"
      ? t("rule.RATIO", { numerator: props.labels.get(f.rule.numeratorKey) ?? f.rule.numeratorKey, denominator: props.labels.get(f.rule.denominatorKey) ?? f.rule.denominatorKey })
      : f.rule.kind === "GROWTH"
        ? t("rule.GROWTH", { base: props.labels.get(f.rule.baseKey) ?? f.rule.baseKey })
        : t(`rule.${f.rule.kind}`);
  const prevOf = (unitId: string, own: number | null) => props.lastYearByUnit.get(unitId) ?? own;
  const rows = f.breakdown;
  return (
    <section aria-labelledby={id} className="space-y-2 rounded border border-stone-200 bg-white p-3" data-testid="rollup-figure" data-key={f.key}>
      <h3 id={id} className="font-medium">
        {f.label}
        <span className="ml-1 text-sm font-normal text-stone-500">（{f.unit}）</span>
      </h3>
      <p className="text-sm">
        <span className="font-semibold" data-testid="rollup-total">
          {t("totalLine", { label: t("total"), value: f.value === null ? t("noTotal") : withUnit(f.value) })}
        </span>
        <span className={`ml-2 ${f.complete ? "text-stone-600" : "text-red-800"}`} data-testid="rollup-coverage">
          {f.complete ? t("coverage", { counted: f.counted, expected: f.expected }) : t("partial", { counted: f.counted, expected: f.expected })}
        </span>
        {props.lastYearTotal !== null && <span className="ml-2 text-stone-600">{t("lastYear", { value: withUnit(props.lastYearTotal) })}</span>}
      </p>
      <p className="text-xs text-stone-500">{rule}</p>
      {props.children}
      <div className="grid gap-3 md:grid-cols-2">
        <table id={`${id}-table`} className="w-full border-collapse text-sm" aria-label={t("table", { label: f.label })}>
          <thead>
            <tr className="border-b text-left">
              <th className="p-1">{t("unit")}</th>
              <th className="p-1 text-right">{t("thisYear")}</th>
              <th className="p-1 text-right">{t("previous")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((b) => (
              <tr key={b.unitId} className="border-b border-stone-100" data-testid="rollup-part" data-state={b.state}>
                <th scope="row" className="p-1 text-left font-normal">
                  {b.unitName}
                  {b.via === "rollup" && <span className="ml-1 text-xs text-stone-500">{t("viaRollup")}</span>}
                </th>
                <td className="p-1 text-right">
                  {b.state === "VALUE" ? (
                    withUnit(b.value)
                  ) : (
                    <span className="text-xs text-stone-500">{t(`state.${b.state}`, { unit: b.reportedUnit ?? "" })}</span>
                  )}
                  {b.via === "rollup" && b.reportedValue !== null && <span className="block text-xs text-stone-500">{t("reported", { value: withUnit(b.reportedValue) })}</span>}
                </td>
                <td className="p-1 text-right text-stone-600">{b.state === "VALUE" ? withUnit(prevOf(b.unitId, b.previousValue)) : "—"}</td>
              </tr>
            ))}
            <tr className="font-semibold">
              <th scope="row" className="p-1 text-left">
                {t("total")}
              </th>
              <td className="p-1 text-right">{withUnit(f.value)}</td>
              <td className="p-1 text-right">{withUnit(props.lastYearTotal)}</td>
            </tr>
          </tbody>
        </table>
        <BarChart
          label={t("chartLabel", { label: f.label })}
          describedBy={`${id}-table`}
          loading={t("chartLoading")}
          unit={f.unit}
          categories={rows.filter((b) => b.state === "VALUE").map((b) => b.unitName)}
          series={[
            { name: t("seriesThisYear"), values: rows.filter((b) => b.state === "VALUE").map((b) => b.value), color: "#b91c1c" },
            { name: t("seriesLastYear"), values: rows.filter((b) => b.state === "VALUE").map((b) => prevOf(b.unitId, b.previousValue)), color: "#a8a29e" },
          ]}
        />
      </div>
    </section>
  );
}
