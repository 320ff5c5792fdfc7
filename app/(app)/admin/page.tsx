import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server-translations";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/auth/or-not-found";
import { listDirectory } from "@/lib/admin/list-directory";
import { listRoundsForAdmin } from "@/lib/reports/list-rounds";
import { CreateRoundForm } from "@/components/admin/create-round-form";
import { createRoundAction } from "@/lib/actions/create-round";
import { CreateUserForm, UserAdmin } from "@/components/admin/user-admin";
import { addMembershipAction, createUserAction, removeMembershipAction, setUserDisabledAction } from "@/lib/actions/manage-users";
import { CreateUnitForm, UnitControls } from "@/components/admin/unit-admin";
import { createUnitAction, moveUnitAction, renameUnitAction, setUnitDisabledAction } from "@/lib/actions/manage-units";
import { ClientMessages } from "@/components/client-messages";

/** The round created most recently (the list is ordered by year for display). */
function lastOpened<R extends { createdAt: Date }>(rounds: R[]): R | undefined {
  return rounds.reduce<R | undefined>((last, r) => (!last || r.createdAt > last.createdAt ? r : last), undefined);
}

async function AdminPageView() {
  const actor = await requireActor("/admin");
  const { units, users } = await orNotFound(listDirectory(actor));
  const { rounds, templates } = await listRoundsForAdmin(actor);
  const t = await getTranslations();
  const format = await getFormatter();
  const enabledUnits = units.filter((u) => !u.disabledAt).map((u) => ({ id: u.id, name: u.name }));
  return (
    <div className="space-y-8">
      <h1 className="text-xl font-semibold">{t("admin.title")}</h1>
      <p className="flex flex-wrap gap-3 text-sm"><Link href="/admin/chains" className="text-blue-800 hover:underline">{t("review.adminLinks.chains")}</Link><Link href="/delegations" className="text-blue-800 hover:underline">{t("review.adminLinks.delegations")}</Link><Link href="/admin/audit" className="text-blue-800 hover:underline">{t("review.adminLinks.audit")}</Link><Link href="/rounds" className="text-blue-800 hover:underline">{t("review.adminLinks.boards")}</Link><Link href="/admin/templates" className="text-blue-800 hover:underline">{t("templates.adminLink")}</Link><Link href="/admin/templates/import" className="text-blue-800 hover:underline">{t("import.adminLink")}</Link><Link href="/admin/templates/figures" className="text-blue-800 hover:underline">{t("rollup.rules.adminLink")}</Link></p>
      <section aria-labelledby="rounds" className="space-y-2">
        <h2 id="rounds" className="text-lg font-medium">
          {t("admin.rounds.title")}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] border-collapse bg-white text-sm">
            <thead>
              <tr className="border-b text-left">
                <th className="p-2">{t("admin.rounds.titleLabel")}</th>
                <th className="p-2">{t("admin.rounds.year")}</th>
                <th className="p-2">{t("admin.rounds.deadline")}</th>
                <th className="p-2">{t("admin.rounds.template")}</th>
                <th className="p-2">{t("admin.rounds.progress")}</th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((r) => (
                <tr key={r.id} className="border-b">
                  <td className="p-2">{r.title}</td>
                  <td className="p-2">{r.year}</td>
                  <td className="p-2">{format.dateTime(r.deadline, { dateStyle: "medium" })}</td>
                  <td className="p-2">{r.template.name}</td>
                  <td className="p-2">{t("admin.rounds.progressValue", { reports: r._count.reports, units: r._count.units })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <CreateRoundForm
          templates={templates}
          units={enabledUnits}
          defaultYear={new Date().getFullYear()}
          defaultTemplateId={lastOpened(rounds)?.templateId}
          action={createRoundAction}
        />
      </section>
      <section aria-labelledby="units" className="space-y-2">
        <h2 id="units" className="text-lg font-medium">
          {t("admin.units")}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[28rem] border-collapse bg-white text-sm">
            <thead>
              <tr className="border-b text-left">
                <th className="p-2">{t("admin.unitName")}</th>
                <th className="p-2">{t("admin.unitCode")}</th>
                <th className="p-2">{t("admin.parent")}</th>
                <th className="p-2">{t("admin.members")}</th>
                <th className="p-2">{t("admin.manage")}</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.id} className="border-b align-top" data-testid="unit-row" data-unit-code={u.code} data-disabled={!!u.disabledAt}>
                  <td className="p-2">
                    {u.name}
                    {u.disabledAt && <span className="ml-1 rounded bg-stone-200 px-1.5 text-xs text-stone-700">{t("admin.unitAdmin.disabledBadge")}</span>}
                  </td>
                  <td className="p-2 font-mono text-xs">{u.code}</td>
                  <td className="p-2">{u.parent?.name ?? "—"}</td>
                  <td className="p-2">{u._count.memberships}</td>
                  <td className="p-2">
                    <UnitControls
                      unit={{ id: u.id, name: u.name, parentId: u.parentId, disabled: !!u.disabledAt, reports: u._count.reports }}
                      parents={enabledUnits}
                      actions={{ rename: renameUnitAction, move: moveUnitAction, setDisabled: setUnitDisabledAction }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <CreateUnitForm parents={enabledUnits} action={createUnitAction} />
      </section>
      <section aria-labelledby="users" className="space-y-2">
        <h2 id="users" className="text-lg font-medium">
          {t("admin.users")}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] border-collapse bg-white text-sm">
            <thead>
              <tr className="border-b text-left">
                <th className="p-2">{t("admin.userName")}</th>
                <th className="p-2">{t("admin.email")}</th>
                <th className="p-2">{t("admin.roles")}</th>
                <th className="p-2">{t("admin.state")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className="border-b">
                  <td className="p-2">{u.name}</td>
                  <td className="p-2">{u.email}</td>
                  <td className="p-2">
                    <UserAdmin
                      user={u}
                      units={units.map((x) => ({ id: x.id, name: x.name }))}
                      actions={{ setDisabled: setUserDisabledAction, addMembership: addMembershipAction, removeMembership: removeMembershipAction }}
                    />
                  </td>
                  <td className="p-2">{u.disabled ? t("admin.disabled") : t("admin.active")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <CreateUserForm units={units.map((x) => ({ id: x.id, name: x.name }))} action={createUserAction} />
      </section>
    </div>
  );
}

export default function AdminPage() {
  return (
    <ClientMessages namespaces={["errors.generic", "admin.people", "admin.rounds", "admin.unitAdmin", "role", "sectionKind", "review.sectionLabel"]}>
      <AdminPageView />
    </ClientMessages>
  );
}
