import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server-translations";
import { PrintButton } from "@/components/export/print-button";
import { ClientMessages } from "@/components/client-messages";
import { PrintDocument } from "@/components/export/print-document";
import { requireActor } from "@/lib/auth/current-actor";
import { verificationLineEnabled } from "@/lib/export/config";
import { ForbiddenError, NotFoundError } from "@/lib/permissions";
import { toDocument } from "@/lib/reports/document-model";
import { getReport } from "@/lib/reports/get-report";
import styles from "./print.module.css";

type Props = { params: Promise<{ reportId: string }> };

/** The report for this request, with the same check as the downloads; 404 when out of reach. */
const loadReport = cache(async (reportId: string) => {
  const actor = await requireActor(`/print/reports/${encodeURIComponent(reportId)}`);
  try {
    return await getReport(actor, reportId, "report.export");
  } catch (e) {
    if (e instanceof NotFoundError || e instanceof ForbiddenError) notFound();
    throw e;
  }
});

/** The browser offers the document title as the file name of "Save as PDF". */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await loadReport((await params).reportId).catch(() => null);
  return report ? { title: report.title } : {};
}

/** Print view: the report alone on A4 pages, outside the app's navigation. */
export default async function PrintReportPage({ params }: Props) {
  const { reportId } = await params;
  const report = await loadReport(reportId);
  const t = await getTranslations("export.print");
  const doc = toDocument(report, { verificationLine: verificationLineEnabled() });
  return (
    <main className={styles.screen}>
      <div role="group" aria-label={t("toolbar")} className={`${styles.toolbar} print:hidden`}>
        <a href={`/reports/${encodeURIComponent(report.id)}`} className="text-blue-800 hover:underline">
          <span aria-hidden="true">← </span>
          {t("back")}
        </a>
        <ClientMessages namespaces={["export.print"]}>
          <PrintButton />
        </ClientMessages>
        <p className={styles.hint}>{t("hint")}</p>
      </div>
      <PrintDocument doc={doc} />
    </main>
  );
}
