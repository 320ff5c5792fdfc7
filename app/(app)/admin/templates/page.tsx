import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server-translations";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/auth/or-not-found";
import { listTemplates } from "@/lib/templates/list-templates";

/** 系统管理 → 模板管理: every template with its current version and what uses it. */
export default async function TemplatesPage() {
  const actor = await requireActor("/admin/templates");
  const templates = await orNotFound(listTemplates(actor));
  const t = await getTranslations("templates");
  const tAdmin = await getTranslations("admin");
  const format = await getFormatter();
  return (
    <div className="space-y-4">
      <PageHeader backHref="/admin" back={tAdmin("title")} title={t("list.title")} subtitle={t("list.hint")} />
      <p className="flex flex-wrap gap-3 text-sm">
        <Link href="/admin/templates/new" className="rounded bg-seal px-3 py-1 text-white">
          {t("list.new")}
        </Link>
        <Link href="/admin/templates/import" className="px-1 py-1 text-blue-800 hover:underline">
          {t("list.import")}
        </Link>
        <Link href="/admin/templates/figures" className="px-1 py-1 text-blue-800 hover:underline">
          {t("list.figures")}
        </Link>
      </p>
      {templates.length === 0 ? (
        <p className="text-sm text-stone-600">{t("list.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table aria-label={t("list.table")} className="w-full min-w-[40rem] border-collapse bg-white text-sm">
            <thead>
              <tr className="border-b text-left">
                <th className="p-2">{t("list.name")}</th>
                <th className="p-2">{t("list.version")}</th>
                <th className="p-2">{t("list.content")}</th>
                <th className="p-2">{t("list.usage")}</th>
                <th className="p-2">{t("list.saved")}</th>
                <th className="p-2">
                  <span className="sr-only">{t("list.edit")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {templates.map((tpl) => (
                <tr key={tpl.id} className="border-b align-top" data-testid="template-row" data-template-id={tpl.id}>
                  <td className="p-2">
                    <div className="font-medium">{tpl.name}</div>
                    {tpl.description && <div className="text-xs text-stone-600">{tpl.description}</div>}
                  </td>
                  <td className="p-2">{t("list.versionValue", { n: tpl.version })}</td>
                  <td className="p-2">{t("list.contentValue", { sections: tpl.counts.sections, metrics: tpl.counts.metrics })}</td>
                  <td className="p-2">{t("list.usageValue", { rounds: tpl.counts.rounds, reports: tpl.counts.reports })}</td>
                  <td className="p-2">
                    {tpl.savedAt ? t("list.savedBy", { when: format.dateTime(tpl.savedAt, { dateStyle: "medium", timeStyle: "short" }), who: tpl.savedBy ?? t("history.system") }) : "—"}
                  </td>
                  <td className="p-2">
                    <Link href={`/admin/templates/${tpl.id}`} aria-label={t("list.editLabel", { name: tpl.name })} className="text-blue-800 hover:underline">
                      {t("list.edit")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
