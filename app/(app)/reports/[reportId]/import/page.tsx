import { notFound, redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server-translations";
import { PageHeader } from "@/components/page-header";
import { ImportWizard } from "@/components/import/import-wizard";
import { ClientMessages } from "@/components/client-messages";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/auth/or-not-found";
import { can } from "@/lib/permissions";
import { getEditorData } from "@/lib/reports/get-editor-data";
import { importIntoReportAction, readImportFileAction } from "@/lib/actions/import-actions";

/** Import a document into a draft: the same reach as the editor (the unit's drafters, DRAFT only). */
export default async function ImportPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const actor = await requireActor(`/reports/${reportId}/import`);
  const data = await orNotFound(getEditorData(actor, reportId));
  if (!can(actor, "report.edit", data.report.unitId)) notFound();
  if (!data.canEdit) redirect(`/reports/${reportId}`);
  const t = await getTranslations("import");
  return (
    <div className="space-y-4">
      <PageHeader backHref={`/reports/${reportId}/edit`} back={data.report.title} title={t("title")} subtitle={data.report.unit.name} />
      <ClientMessages namespaces={["errors.generic", "errors.importEmpty", "import"]}>
        <ImportWizard
          confirmText={t("confirm", { title: data.report.title })}
          createLabel={t("create")}
          confirmLabel={t("confirmYes")} readFile={readImportFileAction}
          save={importIntoReportAction.bind(null, reportId)}
        />
      </ClientMessages>
    </div>
  );
}
