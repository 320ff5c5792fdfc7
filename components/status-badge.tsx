import { useTranslations } from "next-intl";

const tone: Record<string, string> = {
  DRAFT: "bg-amber-50 text-amber-800 ring-amber-200",
  IN_REVIEW: "bg-sky-50 text-sky-800 ring-sky-200",
  APPROVED: "bg-emerald-50 text-emerald-800 ring-emerald-200",
};

export function StatusBadge({ status }: { status: "DRAFT" | "IN_REVIEW" | "APPROVED" }) {
  const t = useTranslations("status");
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs ring-1 ${tone[status]}`} data-status={status}>
      {t(status)}
    </span>
  );
}
