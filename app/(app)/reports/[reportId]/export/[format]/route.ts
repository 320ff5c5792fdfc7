import { getTranslations } from "@/lib/i18n/server-translations";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write-audit";
import { getActor } from "@/lib/auth/current-actor";
import { requestMeta } from "@/lib/auth/request-meta";
import { verificationLineEnabled } from "@/lib/export/config";
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from "@/lib/export/formats";
import { EXPORT_BASE_HEADERS, exportFailureResponse, fileResponse, renderExport, textResponse } from "@/lib/export/respond";
import { contentDisposition } from "@/lib/export/content-disposition";
import { findConverter } from "@/lib/export/pdf";
import { ForbiddenError, NotFoundError } from "@/lib/permissions";
import { toDocument } from "@/lib/reports/document-model";
import { getReport, type ReportDetail } from "@/lib/reports/get-report";
import { loadApprovalRecord } from "@/lib/reports/approval-record";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ reportId: string; format: string }> };
type Translate = Awaited<ReturnType<typeof getTranslations<"export.errors">>>;

/**
 * Who may have the file: anonymous → sign-in page (and back here afterwards); a report the user may
 * not export, an unknown report or an unknown format → 404, indistinguishable from each other.
 */
async function authorize(context: Context): Promise<
  | { response: Response }
  | { response?: undefined; actorId: string; report: ReportDetail; format: ExportFormat; t: Translate }
> {
  const { reportId, format } = await context.params;
  const t = await getTranslations("export.errors");
  const actor = await getActor();
  if (!actor) {
    const back = `/reports/${encodeURIComponent(reportId)}/export/${encodeURIComponent(format)}`;
    return {
      response: new Response(null, {
        status: 307,
        headers: { Location: `/login?next=${encodeURIComponent(back)}`, "Cache-Control": "no-store" },
      }),
    };
  }
  if (!isExportFormat(format)) return { response: textResponse(404, t("notFound")) };
  try {
    const report = await getReport(actor, reportId, "report.export");
    return { actorId: actor.id, report, format, t };
  } catch (e) {
    if (e instanceof NotFoundError || e instanceof ForbiddenError) return { response: textResponse(404, t("notFound")) };
    throw e;
  }
}

const fallbackName = (report: ReportDetail) => `summa-report-${report.year}`;

/**
 * GET /reports/:reportId/export/:format — the report as a .docx, PDF or Markdown download, audited.
 * `?record=1` appends the 审批记录 (approval record) as the last page of an approved report's .docx/PDF.
 */
export async function GET(request: Request, context: Context) {
  const auth = await authorize(context);
  if (auth.response) return auth.response;
  const { actorId, report, format, t } = auth;

  // ?record=1: the 审批记录 as the last page (Word and PDF, approved reports only).
  const withRecord = new URL(request.url).searchParams.get("record") === "1" && format !== "md" && report.status === "APPROVED";
  const doc = {
    ...toDocument(report, { verificationLine: verificationLineEnabled() }),
    ...(withRecord ? { approvalRecord: await loadApprovalRecord(report) } : {}),
  };
  let bytes;
  try {
    bytes = await renderExport(doc, format);
  } catch (e) {
    const failure = exportFailureResponse(e, { pdfUnavailable: t("pdfUnavailable"), pdfFailed: t("pdfFailed") });
    if (failure) return failure;
    throw e;
  }

  // Only a delivered file is an export; the event has its own transaction (nothing else changes).
  await writeAudit(db, {
    actorId,
    action: "report.export",
    targetType: "Report",
    targetId: report.id,
    reportId: report.id,
    data: withRecord ? { format, record: true } : { format },
    ...(await requestMeta()),
  });

  return fileResponse(bytes, format, { name: report.title, fallbackName: fallbackName(report) });
}

/**
 * HEAD answers like GET (status, type, file name) without producing the file: no conversion, no audit
 * event (Next would otherwise run GET for HEAD requests, e.g. from download managers).
 */
export async function HEAD(_request: Request, context: Context) {
  const auth = await authorize(context);
  if (auth.response) return new Response(null, { status: auth.response.status, headers: auth.response.headers });
  const { report, format } = auth;
  if (format === "pdf" && !findConverter()) {
    return new Response(null, { status: 503, headers: { ...EXPORT_BASE_HEADERS, "Content-Type": "text/plain; charset=utf-8" } });
  }
  const { extension, contentType } = EXPORT_FORMATS[format];
  return new Response(null, {
    status: 200,
    headers: {
      ...EXPORT_BASE_HEADERS,
      "Content-Type": contentType,
      "Content-Disposition": contentDisposition({ name: report.title, extension, fallbackName: fallbackName(report) }),
    },
  });
}
