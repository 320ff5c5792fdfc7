import { getTranslations } from "@/lib/i18n/server-translations";
import { BarChart } from "@/components/charts/bar-chart";
import { BOARD_STATUSES, type BoardStatus } from "@/lib/workflow/board-status";

const COLORS: Record<BoardStatus, string> = {
  NOT_STARTED: "#a8a29e",
  DRAFTING: "#d97706",
  RETURNED: "#b91c1c",
  REOPENED: "#7c3aed",
  IN_REVIEW: "#0284c7",
  APPROVED: "#059669",
};

/** The round's progress: units per stage as a chart, with the same numbers in a table beside it. */
export async function BoardProgress({ summary }: { summary: Record<BoardStatus | "OVERDUE", number> }) {
  const t = await getTranslations("rollup.board");
  const tStatus = await getTranslations("review.board.status");
  const tFig = await getTranslations("rollup.figures");
  return (
    <div className="grid gap-3 rounded border border-stone-200 bg-white p-3 md:grid-cols-2">
      <table id="board-progress-table" className="w-full border-collapse text-sm" aria-label={t("table")}>
        <thead>
          <tr className="border-b text-left">
            <th className="p-1">{t("status")}</th>
            <th className="p-1 text-right">{t("count")}</th>
          </tr>
        </thead>
        <tbody>
          {BOARD_STATUSES.map((s) => (
            <tr key={s} className="border-b border-stone-100" data-testid="progress-row" data-status={s}>
              <th scope="row" className="p-1 text-left font-normal">
                {tStatus(s)}
              </th>
              <td className="p-1 text-right">{summary[s]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <BarChart
        testId="board-chart"
        integer
        label={t("chartLabel")}
        describedBy="board-progress-table"
        loading={tFig("chartLoading")}
        categories={BOARD_STATUSES.map((s) => tStatus(s))}
        series={[{ name: t("count"), values: BOARD_STATUSES.map((s) => summary[s]) }]}
        categoryColors={BOARD_STATUSES.map((s) => COLORS[s])}
      />
    </div>
  );
}
