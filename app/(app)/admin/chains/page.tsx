import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/auth/or-not-found";
import { listChains } from "@/lib/workflow/approval-chains";

/** Every unit the admin manages with its approval chain; a unit without one cannot submit reports. */
export default async function ChainsPage() {
  const actor = await requireActor("/admin/chains");
  const units = await orNotFound(listChains(actor));
  const t = await getTranslations("review.chains");
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <Link href="/admin" className="text-sm text-blue-800 hover:underline">
          ← {t("backToAdmin")}
        </Link>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-stone-600">{t("intro")}</p>
      </div>
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
                u.chainSteps
                  .map((s) =>
                    t("stepSummary", {
                      label: s.label,
                      approver: s.approverKind === "USER" ? (s.approverUser?.name ?? "—") : t("anyLeaderShort", { unit: s.approverUnit?.name ?? "—" }),
                    }),
                  )
                  .join(t("chainJoiner"))
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
