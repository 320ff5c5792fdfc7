import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server-translations";
import { PageHeader } from "@/components/page-header";
import { ImportWizard } from "@/components/import/import-wizard";
import { ClientMessages } from "@/components/client-messages";
import { requireActor } from "@/lib/auth/current-actor";
import { canAnywhere } from "@/lib/permissions";
import { importTemplateAction, readImportFileAction } from "@/lib/actions/import-actions";

/** 导入为模板: the same preview as a report's import; saving creates a template rounds can use. */
export default async function ImportTemplatePage() {
  const actor = await requireActor("/admin/templates/import");
  if (!canAnywhere(actor, "admin.rounds")) notFound();
  const t = await getTranslations("import");
  return (
    <div className="space-y-4">
      <PageHeader backHref="/admin" back={t("toAdmin")} title={t("templateTitle")} />
      <ClientMessages namespaces={["errors.generic", "errors.importEmpty", "import"]}>
        <ImportWizard confirmText={t("templateConfirm")} createLabel={t("templateCreate")} confirmLabel={t("templateCreate")} readFile={readImportFileAction} save={importTemplateAction} />
      </ClientMessages>
    </div>
  );
}
