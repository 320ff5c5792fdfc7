import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { getFormatter, getTranslations } from "@/lib/i18n/server-translations";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/auth/or-not-found";
import { getRoundBoard } from "@/lib/workflow/round-board";
import { BOARD_STATUSES } from "@/lib/workflow/board-status";
import { RemindAllButton, RemindUnitButton } from "@/components/rounds/remind-controls";
import { remindUnitsAction } from "@/lib/actions/notification-actions";
import { emailEnabled } from "@/lib/notifications/notify";
import { BoardProgress } from "@/components/rollup/board-progress";
import { ClientMessages } from "@/components/client-messages";

const tone: Record<string, string> = {
  NOT_STARTED: "bg-stone-100 text-stone-700",
  DRAFTING: "bg-amber-50 text-amber-800",
  RETURNED: "bg-red-50 text-red-800",
  REOPENED: "bg-violet-50 text-violet-800",
  IN_REVIEW: "bg-sky-50 text-sky-800",
  APPROVED: "bg-emerald-50 text-emerald-800",
};

/** A round's board: each owing unit × where its report stands, overdue ones flagged. */
async function RoundBoardPageView({ params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  const actor = await requireActor(`/rounds/${roundId}`);
  const board = await orNotFound(getRoundBoard(actor, roundId));
  const t = await getTranslations("review.board");
  const tRollup = await getTranslations("rollup.board");
  const format = await getFormatter();
  return (
    <div className="space-y-4">
      <PageHeader backHref="/rounds" back={t("allRounds")} title={t("title", { title: board.round.title })} subtitle={t("deadline", { date: format.dateTime(board.round.deadline, { dateStyle: "long" }) })} />
      <ul className="flex flex-wrap gap-2 text-sm" aria-label={t("summary")} data-testid="board-summary">
        {BOARD_STATUSES.map((s) => (
          <li key={s} className={`rounded px-2 py-1 ${tone[s]}`} data-status={s}>
            {t("count", { label: t(`status.${s}`), count: board.summary[s] })}
          </li>
        ))}
        {board.summary.OVERDUE > 0 && (
          <li className="rounded bg-red-700 px-2 py-1 text-white" data-status="OVERDUE">
            {t("count", { label: t("overdue"), count: board.summary.OVERDUE })}
          </li>
        )}
      </ul>
      {board.rows.some((r) => r.remindable) && (
        <RemindAllButton roundId={board.round.id} units={board.rows.filter((r) => r.remindable).map((r) => r.unit.name)} email={emailEnabled()} action={remindUnitsAction} />
      )}
      <BoardProgress summary={board.summary} />
      <p>
        <a href={`/rounds/${board.round.id}/export`} download className="inline-block rounded border border-stone-300 bg-white px-3 py-1 text-sm hover:bg-stone-100" data-testid="board-export">
          {tRollup("export")}
        </a>
      </p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[20rem] border-collapse bg-white text-sm" aria-label={t("table")}>
          <thead>
            <tr className="border-b text-left">
              <th className="p-2">{t("unit")}</th>
              <th className="p-2">{t("stage")}</th>
              <th className="hidden p-2 sm:table-cell">{t("updated")}</th>
            </tr>
          </thead>
          <tbody>
            {board.rows.map((r) => (
              <tr key={r.unit.id} className="border-b" data-testid="board-row" data-status={r.status} data-overdue={r.overdue}>
                <th scope="row" className="p-2 text-left font-normal">
                  {r.reportId ? (
                    <Link href={`/reports/${r.reportId}`} className="text-blue-800 hover:underline">
                      {r.unit.name}
                    </Link>
                  ) : (
                    r.unit.name
                  )}
                </th>
                <td className="p-2">
                  <span className={`inline-block rounded px-2 py-0.5 text-xs ${tone[r.status]}`}>{t(`status.${r.status}`)}</span>
                  {r.stepLabel && <span className="ml-1 text-xs text-stone-600">{t("atStep", { step: r.stepLabel })}</span>}
                  {r.overdue && <span className="ml-1 inline-block rounded bg-red-700 px-2 py-0.5 text-xs text-white">{t("overdue")}</span>}
                  {r.remindable && <RemindUnitButton roundId={board.round.id} unitId={r.unit.id} unitName={r.unit.name} action={remindUnitsAction} />}
                </td>
                <td className="hidden p-2 text-xs text-stone-500 sm:table-cell">
                  {r.updatedAt ? format.dateTime(r.updatedAt, { dateStyle: "medium", timeStyle: "short" }) : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export default function RoundBoardPage(props: Parameters<typeof RoundBoardPageView>[0]) {
  return (
    <ClientMessages namespaces={["errors.generic", "notifications.remind", "sectionKind", "review.sectionLabel"]}>
      <RoundBoardPageView {...props} />
    </ClientMessages>
  );
}
