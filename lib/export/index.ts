/** Export of annual summaries: .docx (GB/T 9704-2012), Markdown, PDF (LibreOffice). Server-only. */
export type { ExportInput, ExportPart, ExportSectionItem } from "./export-input";
export { buildDocx } from "./docx/build-docx";
export { buildMarkdown } from "./markdown/build-markdown";
export {
  convertDocxToPdf,
  findConverter,
  PdfConversionError,
  PdfConverterUnavailableError,
  type ConvertToPdfOptions,
} from "./pdf";
