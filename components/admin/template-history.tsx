import { getFormatter, getTranslations } from "@/lib/i18n/server-translations";
import type { TemplateChange } from "@/lib/templates/template-changes";

type Version = { id: string; number: number; createdAt: Date; by: string | null; changes: TemplateChange[]; reports: number; rounds: number };

/** 版本记录: each version of a template, newest first — who saved it, when, what changed in words, what uses it. */
export async function TemplateHistory({ versions, current }: { versions: Version[]; current: number }) {
  const t = await getTranslations("templates");
  const format = await getFormatter();
  const words = (c: TemplateChange): string => {
    switch (c.kind) {
      case "created":
        return t("changes.created", { sections: c.sections, figures: c.figures });
      case "name":
      case "titlePattern":
        return t(`changes.${c.kind}`, { from: c.from, to: c.to });
      case "description":
      case "sectionsReordered":
      case "figuresReordered":
        return t(`changes.${c.kind}`);
      case "sectionAdded":
      case "sectionRemoved":
      case "sectionChanged":
        return t(`changes.${c.kind}`, { heading: c.heading });
      case "figureAdded":
      case "figureRemoved":
      case "figureChanged":
        return t(`changes.${c.kind}`, { label: c.label, key: c.key });
      default:
        return t("changes.unknown");
    }
  };
  return (
    <section aria-labelledby="tpl-history" className="space-y-2">
      <h2 id="tpl-history" className="text-lg font-medium">
        {t("history.title")}
      </h2>
      <div className="overflow-x-auto">
        <table aria-label={t("history.table")} className="w-full min-w-[36rem] border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b text-left">
              <th className="p-2">{t("history.version")}</th>
              <th className="p-2">{t("history.when")}</th>
              <th className="p-2">{t("history.who")}</th>
              <th className="p-2">{t("history.changes")}</th>
              <th className="p-2">{t("history.usage")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id} className="border-b align-top" data-testid="template-version" data-version={v.number}>
                <td className="p-2 whitespace-nowrap">
                  {t("history.versionValue", { n: v.number })}
                  {v.number === current && <span className="ml-1 rounded bg-stone-200 px-1.5 text-xs text-stone-700">{t("history.current")}</span>}
                </td>
                <td className="p-2 whitespace-nowrap">{format.dateTime(v.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td className="p-2">{v.by ?? t("history.system")}</td>
                <td className="p-2">
                  <ul className="space-y-0.5">
                    {v.changes.map((c, i) => (
                      <li key={i}>{words(c)}</li>
                    ))}
                  </ul>
                </td>
                <td className="p-2">{t("history.usageValue", { reports: v.reports, rounds: v.rounds })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
