import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server-translations";
import type { BoardStatus } from "@/lib/workflow/board-status";
import type { SourceKind } from "@/lib/rollup/child-source";

export interface RollupChildRow {
  unitId: string;
  unitName: string;
  owes: boolean;
  report: {
    id: string;
    boardStatus: BoardStatus;
    source: { kind: SourceKind; versionNumber: number | null };
    submittedAt: Date | null;
    approvedAt: Date | null;
  } | null;
  /** Where the version read can be read (the roll-up's source page), when there is one. */
  sourceHref: string | null;
}

const tone: Record<string, string> = {
  NOT_STARTED: "bg-stone-100 text-stone-700",
  DRAFTING: "bg-amber-50 text-amber-800",
  RETURNED: "bg-red-50 text-red-800",
  IN_REVIEW: "bg-sky-50 text-sky-800",
  APPROVED: "bg-emerald-50 text-emerald-800",
  NOT_OWING: "bg-white text-stone-500 ring-1 ring-stone-200",
};

/** Each unit below: where its report stands and which version the roll-up reads. */
export async function RollupChildren({ rows }: { rows: RollupChildRow[] }) {
  const t = await getTranslations("rollup.children");
  const tStatus = await getTranslations("review.board.status");
  const format = await getFormatter();
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : "—");
  return (
    <section aria-labelledby="rollup-children" className="space-y-2">
      <h2 id="rollup-children" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm" aria-label={t("table")}>
          <thead>
            <tr className="border-b text-left">
              <th className="p-2">{t("unit")}</th>
              <th className="p-2">{t("status")}</th>
              <th className="p-2">{t("read")}</th>
              <th className="hidden p-2 sm:table-cell">{t("submitted")}</th>
              <th className="hidden p-2 sm:table-cell">{t("approved")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const status = !r.owes ? "NOT_OWING" : (r.report?.boardStatus ?? "NOT_STARTED");
              return (
                <tr key={r.unitId} className="border-b" data-testid="rollup-child" data-status={status}>
                  <th scope="row" className="p-2 text-left font-normal">
                    {r.unitName}
                  </th>
                  <td className="p-2">
                    <span className={`inline-block rounded px-2 py-0.5 text-xs ${tone[status]}`}>
                      {status === "NOT_OWING" ? t("notOwing") : tStatus(status)}
                    </span>
                  </td>
                  <td className="p-2">
                    {r.owes && r.report ? (
                      <>
                        {t(`source.${r.report.source.kind}`, { n: r.report.source.versionNumber ?? 0 })}
                        {r.sourceHref && (
                          <Link href={r.sourceHref} className="ml-2 text-blue-800 hover:underline">
                            {t("viewSource")}
                          </Link>
                        )}
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="hidden p-2 text-xs text-stone-600 sm:table-cell">{date(r.report?.submittedAt ?? null)}</td>
                  <td className="hidden p-2 text-xs text-stone-600 sm:table-cell">{date(r.report?.approvedAt ?? null)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
