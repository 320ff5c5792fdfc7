import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server-translations";

/** 被退回 / 已重新打开: drafts sent back or reopened to the drafters, each labelled so and with the reason. */
export async function ReturnedReports(props: {
  rows: { id: string; title: string; updatedAt: Date; returnReason: string | null; returnKind: "RETURNED" | "REOPENED" | null; unit: { name: string } }[];
}) {
  const t = await getTranslations("review.inbox");
  const format = await getFormatter();
  const reopened = props.rows.filter((r) => r.returnKind === "REOPENED").length;
  const heading = reopened === 0 ? t("returned") : reopened === props.rows.length ? t("reopened") : t("returnedAndReopened");
  return (
    <section aria-labelledby="returned" className="space-y-2">
      <h2 id="returned" className="text-lg font-medium">
        {heading}
      </h2>
      {props.rows.length === 0 ? (
        <p className="text-sm text-stone-500">{t("noReturned")}</p>
      ) : (
        <ul className="divide-y divide-red-100 rounded border border-red-200 bg-white" aria-label={heading}>
          {props.rows.map((r) => (
            <li key={r.id} className="space-y-1 p-3">
              <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-4">
                <Link href={`/reports/${r.id}/edit`} className="font-medium text-blue-800 hover:underline sm:flex-1">
                  {r.title}
                </Link>
                <span className="text-sm text-stone-600">{r.unit.name}</span>
                <span className="text-xs text-stone-500">{format.dateTime(r.updatedAt, { dateStyle: "medium", timeStyle: "short" })}</span>
              </div>
              {r.returnReason && (
                <p className="break-words text-sm text-red-900" data-return-kind={r.returnKind ?? "RETURNED"}>
                  {r.returnKind === "REOPENED" ? t("reopenedReason", { reason: r.returnReason }) : t("reason", { reason: r.returnReason })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Open comment threads on the drafter's reports, per report. */
export async function OpenComments(props: { rows: { id: string; title: string; openComments: number; unit: { name: string } }[] }) {
  const t = await getTranslations("review.inbox");
  if (props.rows.length === 0) return null;
  return (
    <section aria-labelledby="open-comments" className="space-y-2">
      <h2 id="open-comments" className="text-lg font-medium">
        {t("openComments")}
      </h2>
      <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" aria-label={t("openComments")}>
        {props.rows.map((r) => (
          <li key={r.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-center sm:gap-4">
            <Link href={`/reports/${r.id}#comments`} className="font-medium text-blue-800 hover:underline sm:flex-1">
              {r.title}
            </Link>
            <span className="text-sm text-amber-800" data-testid="inbox-open-comments">
              {t("openCount", { count: r.openComments })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** 报送进度: the boards of the rounds this admin or leader follows. */
export async function RoundBoardLinks(props: { rounds: { id: string; title: string; status: "OPEN" | "CLOSED" }[] }) {
  const t = await getTranslations("review.inbox");
  if (props.rounds.length === 0) return null;
  return (
    <section aria-labelledby="boards" className="space-y-2">
      <h2 id="boards" className="text-lg font-medium">
        {t("boards")}
      </h2>
      <ul className="flex flex-wrap gap-2" aria-label={t("boards")}>
        {props.rounds.map((r) => (
          <li key={r.id}>
            <Link href={`/rounds/${r.id}`} prefetch={false} className="inline-block rounded border border-stone-300 bg-white px-3 py-1 text-sm text-blue-800 hover:underline">
              {t("boardLink", { title: r.title })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
