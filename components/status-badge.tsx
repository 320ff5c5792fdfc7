import { getTranslations } from "@/lib/i18n/server-translations";

const tone: Record<string, string> = {
  DRAFT: "bg-amber-50 text-amber-800 ring-amber-200",
  IN_REVIEW: "bg-sky-50 text-sky-800 ring-sky-200",
  APPROVED: "bg-emerald-50 text-emerald-800 ring-emerald-200",
};

export async function StatusBadge({ status }: { status: "DRAFT" | "IN_REVIEW" | "APPROVED" }) {
  const t = await getTranslations("status");
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs ring-1 ${tone[status]}`} data-status={status}>
      {t(status)}
    </span>
  );
}
