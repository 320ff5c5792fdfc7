"use client";
import { useTranslations } from "next-intl";

/** Opens the browser's print dialog. Not printed itself. */
export function PrintButton() {
  const t = useTranslations("export.print");
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded bg-seal px-4 py-1.5 text-white hover:opacity-90 print:hidden"
      data-testid="print-button"
    >
      {t("print")}
    </button>
  );
}
