import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server-translations";
import { PageHeader } from "@/components/page-header";
import { ClientMessages } from "@/components/client-messages";
import { TemplateEditor } from "@/components/admin/template-editor";
import { requireActor } from "@/lib/auth/current-actor";
import { canAnywhere } from "@/lib/permissions";
import { createTemplateAction, saveTemplateAction } from "@/lib/actions/template-actions";

/** 新建模板: an empty template with one section to fill; created as version 1. */
export default async function NewTemplatePage() {
  const actor = await requireActor("/admin/templates/new");
  if (!canAnywhere(actor, "template.edit")) notFound();
  const t = await getTranslations("templates");
  return (
    <div className="space-y-4">
      <PageHeader backHref="/admin/templates" back={t("list.title")} title={t("new.title")} subtitle={t("new.subtitle")} />
      <ClientMessages namespaces={["errors.generic", "errors.invalidInput", "errors.textInvalidChars", "templates", "rollup.rules", "sectionKind", "review.sectionLabel"]}>
        <TemplateEditor
          initial={{ name: "", description: "", titlePattern: "{year}年{unit}工作总结", sections: [{ ref: "", kind: "ACHIEVEMENT", heading: "", body: "" }], metrics: [] }}
          create={createTemplateAction}
          save={saveTemplateAction}
        />
      </ClientMessages>
    </div>
  );
}
