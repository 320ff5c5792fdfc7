/**
 * The HTTP side of an export, framework-free (Web `Response`): render the file for a format, wrap it
 * with the download headers, and turn the PDF converter's failures into short plain-text answers.
 * app/(app)/reports/[reportId]/export/[format]/route.ts adds authentication, permissions and audit.
 */
import { contentDisposition } from "./content-disposition";
import { buildDocx } from "./docx/build-docx";
import type { ExportInput } from "./export-input";
import { EXPORT_FORMATS, type ExportFormat } from "./formats";
import { buildMarkdown } from "./markdown/build-markdown";
import { convertDocxToPdf, PdfConversionError, PdfConverterUnavailableError, type ConvertToPdfOptions } from "./pdf";

/** Headers of every export answer, file or error: never cached (the report may change or be withdrawn). */
export const EXPORT_BASE_HEADERS = {
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
} as const;

/** The file's bytes in the given format. PDF goes through the .docx, so both look the same. */
export async function renderExport(doc: ExportInput, format: ExportFormat, pdf: ConvertToPdfOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  switch (format) {
    case "md":
      return new TextEncoder().encode(buildMarkdown(doc));
    case "docx":
      return new Uint8Array(await buildDocx(doc));
    case "pdf":
      return new Uint8Array(await convertDocxToPdf(await buildDocx(doc), pdf));
  }
}

/** The download answer: the file named after `name` (the report title), with an ASCII fallback name. */
export function fileResponse(bytes: Uint8Array<ArrayBuffer>, format: ExportFormat, names: { name: string; fallbackName: string }): Response {
  const { extension, contentType } = EXPORT_FORMATS[format];
  return new Response(bytes, {
    status: 200,
    headers: {
      ...EXPORT_BASE_HEADERS,
      "Content-Type": contentType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition({ name: names.name, extension, fallbackName: names.fallbackName }),
    },
  });
}

/** A short message for people (404, 500, 503), in their language. */
export function textResponse(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { ...EXPORT_BASE_HEADERS, "Content-Type": "text/plain; charset=utf-8" },
  });
}

export interface ExportFailureMessages {
  /** 503: no LibreOffice on the server. */
  pdfUnavailable: string;
  /** 500: LibreOffice failed or timed out. */
  pdfFailed: string;
}

/**
 * The answer for an error thrown by renderExport, or null when the error is not an export failure
 * (the caller rethrows it). A failed conversion is logged with LibreOffice's output; the user only
 * gets the short message.
 */
export function exportFailureResponse(err: unknown, messages: ExportFailureMessages, log: (...args: unknown[]) => void = console.error): Response | null {
  if (err instanceof PdfConverterUnavailableError) return textResponse(503, messages.pdfUnavailable);
  if (err instanceof PdfConversionError) {
    log(`[summa] PDF export failed: ${err.message}`, err.failure);
    return textResponse(500, messages.pdfFailed);
  }
  return null;
}
