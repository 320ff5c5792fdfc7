import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server-translations";
import { StatusBadge } from "@/components/status-badge";
import { ExportMenu } from "@/components/export/export-menu";
import { WorkflowSummary } from "@/components/review/workflow-summary";
import { SubmitPanel } from "@/components/review/submit-panel";
import { DecisionPanel } from "@/components/review/decision-panel";
import { ReopenPanel } from "@/components/review/reopen-panel";
import { ReassignPanel } from "@/components/review/reassign-panel";
import { reassignStepAction } from "@/lib/actions/reassign-step";
import { listReassignCandidates } from "@/lib/workflow/reassign-step";
import { WithdrawPanel } from "@/components/review/withdraw-panel";
import { withdrawReportAction } from "@/lib/actions/withdraw-report";
import { VersionDiff } from "@/components/review/version-diff";
import { ReviewWorkspace } from "@/components/review/review-workspace";
import { ClientMessages } from "@/components/client-messages";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/auth/or-not-found";
import { can } from "@/lib/permissions";
import { getReport } from "@/lib/reports/get-report";
import { buildReadingModel } from "@/lib/comments/reading-model";
import { listReportComments } from "@/lib/comments/list-comments";
import { getReviewState } from "@/lib/workflow/review-state";
import { submitReportAction } from "@/lib/actions/submit-report";
import { decideReportAction } from "@/lib/actions/decide-report";
import { reopenReportAction } from "@/lib/actions/reopen-report";
import { addCommentAction, setCommentStatusAction } from "@/lib/actions/report-comments";
import { offersRollup } from "@/lib/rollup/get-report-rollup";
import { getRollupLinks } from "@/lib/rollup/rollup-links";
import { RollupLinksPanel } from "@/components/rollup/rollup-links";

// The reading view: the report as it will be filed, with what this person can do to it now — submit,
// approve or send back, reopen — its comment threads, and for a returning reviewer what changed since.
// Its client components get the review catalogue (lib/i18n/client-messages.ts).
export default function ReportPage(props: { params: Promise<{ reportId: string }> }) {
  return (
    <ClientMessages namespaces={["errors.generic", "reviewErrors.reasonRequired", "review.comments", "review.decide", "review.reassign", "review.reopen", "review.sectionLabel", "review.submit", "review.withdraw", "sectionKind"]}>
      <ReportView {...props} />
    </ClientMessages>
  );
}

async function ReportView({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const actor = await requireActor(`/reports/${reportId}`);
  const report = await orNotFound(getReport(actor, reportId));
  const t = await getTranslations();
  const canEdit = can(actor, "report.edit", report.unitId) && report.status === "DRAFT";
  const [review, threads, rollup] = await Promise.all([getReviewState(actor, report), listReportComments(report), offersRollup(actor, report)]);
  const rollupLinks = await getRollupLinks(actor, report);
  const model = buildReadingModel(report);
  const current = review.steps.find((s) => s.id === review.currentStepId);
  const canReassign = !!current && report.status === "IN_REVIEW" && can(actor, "report.reassign", report.unitId);
  const candidates = canReassign ? await listReassignCandidates(actor, report) : [];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <Link href="/" className="text-blue-800 hover:underline">
          ← {t("report.back")}
        </Link>
        <span>{t("report.unit", { unit: report.unit.name })}</span>
        <span>{t("report.year", { year: report.year })}</span>
        <StatusBadge status={report.status} />
        <span className="text-stone-500">{t("report.readOnly")}</span>
        {canEdit && (
          <Link href={`/reports/${report.id}/edit`} className="rounded bg-seal px-3 py-1 text-white" data-testid="edit-link">
            {t("report.edit")}
          </Link>
        )}
        {rollup && (
          <Link href={`/reports/${report.id}/rollup`} className="rounded border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100" data-testid="rollup-link">
            {t("rollup.link")}
          </Link>
        )}
        <ExportMenu reportId={report.id} approved={report.status === "APPROVED"} />
      </div>
      <WorkflowSummary
        reportId={report.id}
        status={report.status}
        steps={review.steps}
        cycle={review.cycle}
        currentStepId={review.currentStepId}
        returnReason={report.returnReason}
        returnKind={report.returnKind}
        approvedHash={report.approvedHash}
        openComments={threads.filter((c) => c.status === "OPEN").length}
      />
      {rollupLinks && <RollupLinksPanel links={rollupLinks} />}
      {review.canSubmit && <SubmitPanel reportId={report.id} editHref={`/reports/${report.id}/edit`} action={submitReportAction} />}
      {review.canWithdraw && <WithdrawPanel reportId={report.id} revision={report.revision} action={withdrawReportAction} />}
      {review.canDecide && current && (
        <DecisionPanel
          reportId={report.id}
          revision={report.revision}
          stepLabel={current.label}
          lastStep={review.approvalIsFinal}
          onBehalfOf={review.decidingFor}
          othersPending={current.mode === "ALL" ? Math.max(0, current.slots.filter((s) => s.decision === "PENDING").length - 1) : 0}
          action={decideReportAction}
        />
      )}
      {review.blockedAsDrafter && (
        <p role="note" className="rounded bg-stone-100 p-2 text-sm text-stone-700" data-testid="review-blocked">
          {t("review.decide.blockedAsDrafter")}
        </p>
      )}
      {canReassign && current && (
        <ReassignPanel reportId={report.id} revision={report.revision} stepLabel={current.label} candidates={candidates} action={reassignStepAction} />
      )}
      {review.canReopen && <ReopenPanel reportId={report.id} revision={report.revision} action={reopenReportAction} />}
      {review.sinceLastReview && (
        <details open className="rounded border border-amber-300 bg-amber-50 p-3" data-testid="changes-since-review">
          <summary className="cursor-pointer font-medium">
            {t("review.diff.sinceLastReview", { from: review.sinceLastReview.from, to: review.sinceLastReview.to })}
          </summary>
          <div className="mt-2">
            <VersionDiff diff={review.sinceLastReview.diff} />
          </div>
        </details>
      )}
      <ReviewWorkspace
        reportId={report.id}
        model={model}
        threads={threads}
        canComment={review.canComment}
        addComment={addCommentAction}
        setStatus={setCommentStatusAction}
      />
    </div>
  );
}
