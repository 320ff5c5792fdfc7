import { getTranslations } from "@/lib/i18n/server-translations";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write-audit";
import { getActor } from "@/lib/auth/current-actor";
import { requestMeta } from "@/lib/auth/request-meta";
import { buildApprovalRecordDocx } from "@/lib/export/docx/build-docx";
import { contentDisposition } from "@/lib/export/content-disposition";
import { EXPORT_BASE_HEADERS, textResponse } from "@/lib/export/respond";
import { EXPORT_FORMATS } from "@/lib/export/formats";
import { ForbiddenError, NotFoundError } from "@/lib/permissions";
import { loadApprovalRecord } from "@/lib/reports/approval-record";
import { getReport } from "@/lib/reports/get-report";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ reportId: string }> };

/**
 * GET /reports/:reportId/approval-record — the 审批记录 of an approved report as a .docx, audited as an
 * export (format "approval-record"). Same access as the exports: anonymous → sign-in, no access → 404;
 * a report not approved yet → 409 (there is no record to give).
 */
export async function GET(_request: Request, context: Context) {
  const { reportId } = await context.params;
  const t = await getTranslations("export.errors");
  const actor = await getActor();
  if (!actor) {
    const back = `/reports/${encodeURIComponent(reportId)}/approval-record`;
    return new Response(null, { status: 307, headers: { Location: `/login?next=${encodeURIComponent(back)}`, "Cache-Control": "no-store" } });
  }
  let report;
  try {
    report = await getReport(actor, reportId, "report.export");
  } catch (e) {
    if (e instanceof NotFoundError || e instanceof ForbiddenError) return textResponse(404, t("notFound"));
    throw e;
  }
  if (report.status !== "APPROVED") return textResponse(409, t("recordNotApproved"));

  const bytes = new Uint8Array(await buildApprovalRecordDocx(await loadApprovalRecord(report)));
  await writeAudit(db, {
    actorId: actor.id,
    action: "report.export",
    targetType: "Report",
    targetId: report.id,
    reportId: report.id,
    data: { format: "approval-record" },
    ...(await requestMeta()),
  });
  return new Response(bytes, {
    status: 200,
    headers: {
      ...EXPORT_BASE_HEADERS,
      "Content-Type": EXPORT_FORMATS.docx.contentType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition({ name: `${report.title}-审批记录`, extension: "docx", fallbackName: `summa-approval-record-${report.year}` }),
    },
  });
}
