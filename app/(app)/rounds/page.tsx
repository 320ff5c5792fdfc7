import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "@/lib/i18n/server-translations";
import { requireActor } from "@/lib/auth/current-actor";
import { canAnywhere } from "@/lib/permissions";
import { listBoardRounds } from "@/lib/workflow/round-board";

/** The reporting rounds whose progress this admin or leader can follow. */
export default async function RoundsPage() {
  const actor = await requireActor("/rounds");
  if (!canAnywhere(actor, "round.board")) notFound();
  const t = await getTranslations("review.board");
  const format = await getFormatter();
  const rounds = await listBoardRounds(actor);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("roundsTitle")}</h1>
      {rounds.length === 0 ? (
        <p className="text-sm text-stone-500">{t("noRounds")}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" aria-label={t("roundsTitle")}>
          {rounds.map((r) => (
            <li key={r.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-center sm:gap-4">
              <Link href={`/rounds/${r.id}`} className="font-medium text-blue-800 hover:underline sm:flex-1">
                {r.title}
              </Link>
              <span className="text-sm text-stone-600">{t("deadline", { date: format.dateTime(r.deadline, { dateStyle: "long" }) })}</span>
              <span className="text-xs text-stone-500">{t(`roundStatus.${r.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
