import { getTranslations } from "@/lib/i18n/server-translations";
import { converterAvailable } from "@/lib/export/pdf";

const item = "block px-3 py-2 hover:bg-stone-100 focus-visible:bg-stone-100";

/**
 * The export disclosure of the report page: Word, PDF, Markdown downloads and the print view; for an
 * approved report also the 审批记录 (alone, or as the last page of the Word/PDF file). A plain
 * <details>/<summary> (keyboard and screen-reader friendly without JavaScript). PDF needs LibreOffice
 * on the server; without it the entry is shown disabled with the reason.
 */
export async function ExportMenu({ reportId, approved = false }: { reportId: string; approved?: boolean }) {
  const t = await getTranslations("export.menu");
  const id = encodeURIComponent(reportId);
  const download = (format: "docx" | "pdf" | "md") => `/reports/${id}/export/${format}`;
  const pdfAvailable = converterAvailable();
  return (
    <details className="group relative text-sm open:basis-full sm:open:basis-auto" data-testid="export-menu">
      <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100 [&::-webkit-details-marker]:hidden">
        {t("label")}
        <svg aria-hidden="true" viewBox="0 0 12 12" className="h-3 w-3 transition-transform group-open:rotate-180">
          <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </summary>
      <ul
        aria-label={t("formats")}
        className="mt-1 w-full rounded border border-stone-200 bg-white py-1 shadow-md sm:absolute sm:right-0 sm:z-10 sm:w-72"
      >
        <li>
          <a href={download("docx")} download className={item} data-testid="export-docx">
            {t("docx")}
          </a>
        </li>
        <li>
          {pdfAvailable ? (
            <a href={download("pdf")} download className={item} data-testid="export-pdf">
              {t("pdf")}
            </a>
          ) : (
            <div className="px-3 py-2" data-testid="export-pdf-unavailable">
              <span aria-disabled="true" aria-describedby="export-pdf-reason" className="text-stone-400">
                {t("pdf")}
              </span>
              <p id="export-pdf-reason" className="mt-1 text-xs text-stone-600">
                {t("pdfUnavailable")}
              </p>
            </div>
          )}
        </li>
        <li>
          <a href={download("md")} download className={item} data-testid="export-md">
            {t("md")}
          </a>
        </li>
        {approved && (
          <>
            <li className="border-t border-stone-200">
              <a href={`/reports/${id}/approval-record`} download className={item} data-testid="export-record">
                {t("record")}
              </a>
            </li>
            <li>
              <a href={`${download("docx")}?record=1`} download className={item} data-testid="export-docx-record">
                {t("docxWithRecord")}
              </a>
            </li>
            {pdfAvailable && (
              <li>
                <a href={`${download("pdf")}?record=1`} download className={item} data-testid="export-pdf-record">
                  {t("pdfWithRecord")}
                </a>
              </li>
            )}
          </>
        )}
        <li className="border-t border-stone-200">
          <a href={`/print/reports/${id}`} className={item} data-testid="export-print">
            {t("print")}
          </a>
        </li>
      </ul>
    </details>
  );
}
