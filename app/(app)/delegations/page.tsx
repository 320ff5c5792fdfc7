import { getTranslations } from "@/lib/i18n/server-translations";
import { keyText } from "@/lib/i18n/key-text";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/auth/or-not-found";
import { getDelegationPage } from "@/lib/workflow/delegations";
import { cancelDelegationFormAction, createDelegationFormAction } from "@/lib/actions/delegations";

type Row = Awaited<ReturnType<typeof getDelegationPage>>["given"][number];

const phaseTone: Record<Row["phase"], string> = {
  ACTIVE: "text-emerald-800",
  FUTURE: "text-sky-800",
  EXPIRED: "text-stone-500",
  CANCELLED: "text-stone-500",
};

/**
 * 委托审批: a leader names a delegate for some days (Asia/Shanghai calendar days, both included) and sees
 * what they gave and received; an admin does the same for the leaders of their units. Plain forms.
 */
export default async function DelegationsPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const actor = await requireActor("/delegations");
  const page = await orNotFound(getDelegationPage(actor));
  const t = await getTranslations("review.delegations");
  const tRoot = await getTranslations();
  const { error } = await searchParams;
  const input = "w-full rounded border border-stone-300 bg-white p-1.5 text-sm";

  const list = (rows: Row[], label: string, testId: string, cancellable: boolean) => (
    <section aria-label={label} className="space-y-2">
      <h2 className="text-lg font-medium">{label}</h2>
      {rows.length === 0 ? (
        <p className="text-sm text-stone-500">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white text-sm">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-center sm:gap-4" data-testid={testId} data-phase={r.phase}>
              <span className="sm:flex-1">{t("row", { from: r.fromUser.name, to: r.toUser.name, start: r.startDay, end: r.endDay })}</span>
              <span className={phaseTone[r.phase]}>{t(`phase.${r.phase}`)}</span>
              {cancellable && (r.phase === "ACTIVE" || r.phase === "FUTURE") && (
                <form action={cancelDelegationFormAction}>
                  <input type="hidden" name="delegationId" value={r.id} />
                  <button className="rounded border border-red-300 px-2 py-1 text-red-800" aria-label={t("cancelNamed", { to: r.toUser.name, start: r.startDay })}>
                    {t("cancel")}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );

  const form = (forLeader: boolean) => (
    <form action={createDelegationFormAction} className="space-y-2 rounded border border-stone-200 bg-white p-3" aria-label={forLeader ? t("adminForm") : t("myForm")}>
      <h2 className="font-medium">{forLeader ? t("adminForm") : t("myForm")}</h2>
      {forLeader && (
        <>
          <label className="block text-sm" htmlFor="delegation-leader">
            {t("leader")}
          </label>
          <select id="delegation-leader" name="fromUserId" required className={input}>
            {page.leaders.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </>
      )}
      <label className="block text-sm" htmlFor={forLeader ? "admin-delegate" : "my-delegate"}>
        {t("delegate")}
      </label>
      <select id={forLeader ? "admin-delegate" : "my-delegate"} name="toUserId" required className={input}>
        {page.people
          .filter((p) => forLeader || p.id !== actor.id)
          .map((p) => (
            <option key={p.id} value={p.id}>
              {t("person", { name: p.name, email: p.email })}
            </option>
          ))}
      </select>
      <div className="grid gap-2 sm:grid-cols-2">
        <div>
          <label className="block text-sm" htmlFor={forLeader ? "admin-start" : "my-start"}>
            {t("startDay")}
          </label>
          <input id={forLeader ? "admin-start" : "my-start"} type="date" name="startDay" required defaultValue={page.today} className={input} />
        </div>
        <div>
          <label className="block text-sm" htmlFor={forLeader ? "admin-end" : "my-end"}>
            {t("endDay")}
          </label>
          <input id={forLeader ? "admin-end" : "my-end"} type="date" name="endDay" required defaultValue={page.today} className={input} />
        </div>
      </div>
      <p className="text-xs text-stone-500">{t("daysHint")}</p>
      <button className="rounded bg-seal px-3 py-1 text-sm text-white">{t("create")}</button>
    </form>
  );

  return (
    <div className="space-y-6">
      <PageHeader backHref="/" back={t("back")} title={t("title")} subtitle={t("intro")} />
      {error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800" data-testid="page-error">
          {keyText(tRoot, error)}
        </p>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        {page.isLeader && form(false)}
        {page.leaders.length > 0 && form(true)}
      </div>
      {page.isLeader && list(page.given, t("given"), "delegation-given", true)}
      {list(page.received, t("received"), "delegation-received", false)}
      {page.leaders.length > 0 && list(page.managed, t("managed"), "delegation-managed", true)}
    </div>
  );
}
