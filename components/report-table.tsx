import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server-translations";
import { StatusBadge } from "./status-badge";

export interface ReportRow {
  id: string;
  title: string;
  year: number;
  status: "DRAFT" | "IN_REVIEW" | "APPROVED";
  updatedAt: Date;
  unit: { name: string };
  /** 待我审核 as a delegate (委托审批): the leader whose step it is. */
  onBehalfOf?: string | null;
}

/** A list of reports: cards on a phone, a table from the small breakpoint up. */
export async function ReportTable({ rows, empty, label }: { rows: ReportRow[]; empty: string; label: string }) {
  const t = await getTranslations("home");
  const format = await getFormatter();
  if (rows.length === 0) return <p className="text-sm text-stone-500">{empty}</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" aria-label={label}>
      {rows.map((r) => (
        <li key={r.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-center sm:gap-4">
          <Link href={`/reports/${r.id}`} className="font-medium text-blue-800 hover:underline sm:flex-1">
            {r.title}
          </Link>
          <span className="text-sm text-stone-600">
            {t("unit")}：{r.unit.name}
          </span>
          {r.onBehalfOf && (
            <span className="text-sm text-sky-900" data-testid="inbox-on-behalf">
              {t("onBehalfOf", { name: r.onBehalfOf })}
            </span>
          )}
          <StatusBadge status={r.status} />
          <span className="text-xs text-stone-500">
            {t("updated")}：{format.dateTime(r.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
          </span>
        </li>
      ))}
    </ul>
  );
}
