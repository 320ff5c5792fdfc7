import { getTranslations } from "next-intl/server";
import { ReportTable } from "@/components/report-table";
import { requireActor } from "@/lib/auth/current-actor";
import { canAnywhere } from "@/lib/permissions";
import { listMyReports, listReportsToReview } from "@/lib/reports/list-reports";
import { listOwedReports } from "@/lib/reports/list-owed-reports";
import { OwedReports } from "@/components/owed-reports";
import { createReportFormAction } from "@/lib/actions/create-report";

export default async function HomePage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const actor = await requireActor("/");
  const t = await getTranslations("home");
  const tRoot = await getTranslations();
  const { error } = await searchParams;
  const [mine, toReview, owed] = await Promise.all([
    canAnywhere(actor, "report.edit") ? listMyReports(actor) : [],
    canAnywhere(actor, "report.review") ? listReportsToReview(actor) : [],
    listOwedReports(actor),
  ]);
  return (
    <div className="space-y-8">
      <h1 className="text-xl font-semibold">{t("greeting", { name: actor.name })}</h1>
      {error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800" data-testid="page-error">
          {tRoot.has(error) ? tRoot(error) : tRoot("errors.generic")}
        </p>
      )}
      <OwedReports rows={owed} action={createReportFormAction} />
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
