import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { getFormatter, getTranslations } from "@/lib/i18n/server-translations";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/auth/or-not-found";
import { auditOverview } from "@/lib/workflow/audit-overview";

// Verified on every visit: nothing is cached, the point is to re-read the stored rows.
export const dynamic = "force-dynamic";

/** Re-verifies the whole audit hash chain and says whether it is intact, or where it breaks. */
export default async function AuditPage() {
  const actor = await requireActor("/admin/audit");
  const result = await orNotFound(auditOverview(actor));
  const t = await getTranslations("review.audit");
  const format = await getFormatter();
  return (
    <div className="space-y-4">
      <PageHeader backHref="/admin" back={t("backToAdmin")} title={t("title")} subtitle={t("intro")} />
      {result.ok ? (
        <p role="status" className="rounded bg-emerald-50 p-3 text-emerald-900" data-testid="audit-status" data-ok="true">
          {t("ok", { count: result.total, ms: result.tookMs })}
        </p>
      ) : (
        <div role="alert" className="space-y-1 rounded bg-red-50 p-3 text-red-900" data-testid="audit-status" data-ok="false">
          <p className="font-medium">{t("broken", { seq: result.brokenAt?.seq ?? 0 })}</p>
          <p>{t(`reason.${result.brokenAt?.reason ?? "hash"}`)}</p>
          {result.broken && (
            <p className="text-sm" data-testid="audit-broken-event">
              {t("brokenEvent", {
                seq: result.broken.seq,
                action: result.broken.action,
                time: format.dateTime(result.broken.createdAt, { dateStyle: "medium", timeStyle: "medium" }),
              })}
            </p>
          )}
        </div>
      )}
      <Link href="/admin/audit" className="inline-block rounded border border-stone-300 bg-white px-3 py-1 text-sm">
        {t("again")}
      </Link>
    </div>
  );
}
