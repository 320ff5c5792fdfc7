import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportDocument } from "@/components/report-document";
import { StatusBadge } from "@/components/status-badge";
import { ExportMenu } from "@/components/export/export-menu";
import { requireActor } from "@/lib/auth/current-actor";
import { can, NotFoundError } from "@/lib/permissions";
import { getReport } from "@/lib/reports/get-report";
import { toDocument } from "@/lib/reports/document-model";

export default async function ReportPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const actor = await requireActor(`/reports/${reportId}`);
  const report = await getReport(actor, reportId).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const t = await getTranslations();
  const canEdit = can(actor, "report.edit", report.unitId) && report.status === "DRAFT";
  const doc = toDocument(report, { verificationLine: false });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <Link href="/" className="text-blue-800 hover:underline">
          ← {t("report.back")}
        </Link>
        <span>{t("report.unit", { unit: report.unit.name })}</span>
        <span>{t("report.year", { year: report.year })}</span>
        <StatusBadge status={report.status} />
        <span className="text-stone-500">{t("report.readOnly")}</span>
        {canEdit && (
          <Link href={`/reports/${report.id}/edit`} className="rounded bg-seal px-3 py-1 text-white" data-testid="edit-link">
            {t("report.edit")}
          </Link>
        )}
        <ExportMenu reportId={report.id} />
      </div>
      <ReportDocument doc={doc} />
    </div>
  );
}
