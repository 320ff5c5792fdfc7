import { getTranslations } from "@/lib/i18n/server-translations";
import { PageHeader } from "@/components/page-header";
import { FigureRuleForm } from "@/components/rollup/figure-rule-form";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/auth/or-not-found";
import { listFigureRules } from "@/lib/rollup/figure-rules-admin";
import { setFigureRuleAction } from "@/lib/actions/rollup-actions";
import { ClientMessages } from "@/components/client-messages";

/** 系统管理 → 指标汇总方式: how each template figure combines when the units' reports are rolled up. */
async function FigureRulesPageView() {
  const actor = await requireActor("/admin/templates/figures");
  const templates = await orNotFound(listFigureRules(actor));
  const t = await getTranslations("rollup.rules");
  const tAdmin = await getTranslations("admin");
  return (
    <div className="space-y-4">
      <PageHeader backHref="/admin" back={tAdmin("title")} title={t("title")} subtitle={t("hint")} />
      {templates.map((tpl) => (
        <section key={tpl.id} aria-labelledby={`tpl-${tpl.id}`} className="rounded border border-stone-200 bg-white p-3">
          <h2 id={`tpl-${tpl.id}`} className="font-medium">
            {t("template", { name: tpl.name })}
          </h2>
          {tpl.metrics.map((m) => (
            <FigureRuleForm key={m.id} metric={m} others={tpl.metrics.filter((o) => o.key !== m.key).map((o) => ({ key: o.key, label: o.label }))} action={setFigureRuleAction} />
          ))}
        </section>
      ))}
    </div>
  );
}

export default function FigureRulesPage() {
  return (
    <ClientMessages namespaces={["rollup.rules", "sectionKind", "review.sectionLabel"]}>
      <FigureRulesPageView />
    </ClientMessages>
  );
}
