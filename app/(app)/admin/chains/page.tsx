import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { getFormatter, getTranslations } from "@/lib/i18n/server-translations";
import { groupSlots } from "@/lib/workflow/chain-groups";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/auth/or-not-found";
import { listChains } from "@/lib/workflow/approval-chains";

/** Every unit the admin manages with its approval chain; a unit without one cannot submit reports. */
export default async function ChainsPage() {
  const actor = await requireActor("/admin/chains");
  const units = await orNotFound(listChains(actor));
  const t = await getTranslations("review.chains");
  const format = await getFormatter();
  return (
    <div className="space-y-4">
      <PageHeader backHref="/admin" back={t("backToAdmin")} title={t("title")} subtitle={t("intro")} />
      <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" aria-label={t("title")}>
        {units.map((u) => (
          <li key={u.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-center sm:gap-4" data-testid="chain-unit">
            <Link href={`/admin/chains/${u.id}`} className="font-medium text-blue-800 hover:underline sm:w-48">
              {u.name}
            </Link>
            <span className="text-sm text-stone-700 sm:flex-1">
              {u.chainSteps.length === 0 ? (
                <span className="text-amber-800">{t("noChain")}</span>
              ) : (
                groupSlots(u.chainSteps)
                  .map((g) => {
                    const names = g.slots.map((s) => (s.approverKind === "USER" ? (s.approverUser?.name ?? "—") : t("anyLeaderShort", { unit: s.approverUnit?.name ?? "—" })));
                    return t("stepSummary", {
                      label: g.label,
                      approver: names.length > 1 ? t("severalSummary", { mode: t(`modeShort.${g.mode}`), names: format.list(names) }) : names[0],
                    });
                  })
                  .join(t("chainJoiner"))
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
