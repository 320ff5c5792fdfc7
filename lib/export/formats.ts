/** The download formats of a report, with their file extension and MIME type. */
export const EXPORT_FORMATS = {
  docx: { extension: "docx", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  pdf: { extension: "pdf", contentType: "application/pdf" },
  md: { extension: "md", contentType: "text/markdown; charset=utf-8" },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(value: string): value is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, value);
}
