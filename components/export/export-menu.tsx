// Placeholder: the export menu (docx / PDF / Markdown / print view) is built in lib/export + app routes.
export function ExportMenu(_props: { reportId: string }) {
  return null;
}
