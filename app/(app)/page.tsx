import { getTranslations } from "next-intl/server";
import { ReportTable } from "@/components/report-table";
import { requireActor } from "@/lib/auth/current-actor";
import { canAnywhere } from "@/lib/permissions";
import { listMyReports, listReportsToReview } from "@/lib/reports/list-reports";

export default async function HomePage() {
  const actor = await requireActor("/");
  const t = await getTranslations("home");
  const [mine, toReview] = await Promise.all([
    canAnywhere(actor, "report.edit") ? listMyReports(actor) : [],
    canAnywhere(actor, "report.review") ? listReportsToReview(actor) : [],
  ]);
  return (
    <div className="space-y-8">
      <h1 className="text-xl font-semibold">{t("greeting", { name: actor.name })}</h1>
      {canAnywhere(actor, "report.edit") && (
        <section aria-labelledby="my-reports" className="space-y-2">
          <h2 id="my-reports" className="text-lg font-medium">
            {t("myReports")}
          </h2>
          <ReportTable rows={mine} empty={t("noMyReports")} label={t("myReports")} />
        </section>
      )}
      {canAnywhere(actor, "report.review") && (
        <section aria-labelledby="to-review" className="space-y-2">
          <h2 id="to-review" className="text-lg font-medium">
            {t("toReview")}
          </h2>
          <ReportTable rows={toReview} empty={t("noToReview")} label={t("toReview")} />
        </section>
      )}
    </div>
  );
}
