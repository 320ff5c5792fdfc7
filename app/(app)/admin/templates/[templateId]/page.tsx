import { getTranslations } from "@/lib/i18n/server-translations";
import { PageHeader } from "@/components/page-header";
import { ClientMessages } from "@/components/client-messages";
import { TemplateEditor } from "@/components/admin/template-editor";
import { TemplateHistory } from "@/components/admin/template-history";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/auth/or-not-found";
import { getTemplateForEdit } from "@/lib/templates/list-templates";
import { createTemplateAction, saveTemplateAction } from "@/lib/actions/template-actions";

/** 编辑模板: the template's newest version in the editor (a save makes the next one) and its version history. */
export default async function EditTemplatePage({ params }: { params: Promise<{ templateId: string }> }) {
  const { templateId } = await params;
  const actor = await requireActor(`/admin/templates/${templateId}`);
  const tpl = await orNotFound(getTemplateForEdit(actor, templateId));
  const t = await getTranslations("templates");
  return (
    <div className="space-y-6">
      <PageHeader
        backHref="/admin/templates"
        back={t("list.title")}
        title={t("edit.title", { name: tpl.draft.name })}
        subtitle={t("edit.subtitle", { n: tpl.version, next: tpl.version + 1, rounds: tpl.counts.rounds, reports: tpl.counts.reports })}
      />
      <ClientMessages namespaces={["errors.generic", "errors.invalidInput", "errors.textInvalidChars", "templates", "rollup.rules", "sectionKind", "review.sectionLabel"]}>
        <TemplateEditor initial={tpl.draft} templateId={tpl.id} version={tpl.version} create={createTemplateAction} save={saveTemplateAction} />
      </ClientMessages>
      <TemplateHistory versions={tpl.versions} current={tpl.version} />
    </div>
  );
}
