import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server-translations";
import { keyText } from "@/lib/i18n/key-text";
import { ReportTable } from "@/components/report-table";
import { requireActor } from "@/lib/auth/current-actor";
import { canAnywhere } from "@/lib/permissions";
import { listMyReports, listReportsToReview, listReturnedToMe } from "@/lib/reports/list-reports";
import { listOwedReports } from "@/lib/reports/list-owed-reports";
import { listOpenCommentsForDrafter } from "@/lib/comments/list-comments";
import { listBoardRounds } from "@/lib/workflow/round-board";
import { OwedReports } from "@/components/owed-reports";
import { OpenComments, ReturnedReports, RoundBoardLinks } from "@/components/review/inbox";
import { ErrorAlert } from "@/components/ui/error-alert";
import { createReportFormAction } from "@/lib/actions/create-report";

export default async function HomePage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const actor = await requireActor("/");
  const t = await getTranslations("home");
  const tRoot = await getTranslations();
  const { error } = await searchParams;
  const drafts = canAnywhere(actor, "report.edit");
  // A delegate (委托审批) reviews for the leader who named them, whatever their own role.
  const reviews = canAnywhere(actor, "report.review") || (actor.actingFor?.length ?? 0) > 0;
  const [mine, toReview, owed, returned, openComments, rounds] = await Promise.all([
    drafts ? listMyReports(actor) : [],
    reviews ? listReportsToReview(actor) : [],
    listOwedReports(actor),
    drafts ? listReturnedToMe(actor) : [],
    drafts ? listOpenCommentsForDrafter(actor) : [],
    canAnywhere(actor, "round.board") ? listBoardRounds(actor) : [],
  ]);
  return (
    <div className="space-y-8">
      <h1 className="text-xl font-semibold">{t("greeting", { name: actor.name })}</h1>
      <ErrorAlert message={error && keyText(tRoot, error)} testId="page-error" />
      <OwedReports rows={owed} action={createReportFormAction} />
      {reviews && (
        <section aria-labelledby="to-review" className="space-y-2">
          <h2 id="to-review" className="text-lg font-medium">
            {t("toReview")}
          </h2>
          <ReportTable rows={toReview} empty={t("noToReview")} label={t("toReview")} />
          <Link href="/delegations" className="inline-block text-sm text-blue-800 hover:underline" data-testid="delegations-link">
            {t("delegations")}
          </Link>
        </section>
      )}
      {drafts && returned.length > 0 && <ReturnedReports rows={returned} />}
      {drafts && <OpenComments rows={openComments} />}
      {drafts && (
        <section aria-labelledby="my-reports" className="space-y-2">
          <h2 id="my-reports" className="text-lg font-medium">
            {t("myReports")}
          </h2>
          <ReportTable rows={mine} empty={t("noMyReports")} label={t("myReports")} />
        </section>
      )}
      <RoundBoardLinks rounds={rounds} />
    </div>
  );
}
