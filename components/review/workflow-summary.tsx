import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server-translations";
import type { StepView } from "@/lib/workflow/review-state";

const decisionTone: Record<StepView["decision"], string> = {
  PENDING: "text-sky-800",
  APPROVED: "text-emerald-800",
  RETURNED: "text-red-800",
  SUPERSEDED: "text-stone-500",
};

/**
 * Where the report stands in its review: the current submission's steps — each approver of a 会签/或签 step
 * on a line of its own, who decided (X 代 Y for a delegate) or is still to — the
 * reason it was last sent back or reopened, the approved hash, and links to its versions and history.
 */
export async function WorkflowSummary(props: {
  reportId: string;
  status: "DRAFT" | "IN_REVIEW" | "APPROVED";
  steps: StepView[];
  cycle: number;
  currentStepId: string | null;
  returnReason: string | null;
  returnKind: "RETURNED" | "REOPENED" | null;
  approvedHash: string | null;
  openComments: number;
}) {
  const t = await getTranslations("review.summary");
  const format = await getFormatter();
  return (
    <section aria-label={t("label")} className="space-y-2 rounded border border-stone-200 bg-white p-3 text-sm" data-testid="workflow-summary">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        {props.cycle > 0 ? <span>{t("submission", { n: props.cycle })}</span> : props.status === "DRAFT" && <span>{t("neverSubmitted")}</span>}
        <a href="#comments" className="text-amber-800 hover:underline" data-testid="summary-open-comments">
          {t("openComments", { count: props.openComments })}
        </a>
        <Link href={`/reports/${props.reportId}/versions`} className="text-blue-800 hover:underline">
          {t("versions")}
        </Link>
        <Link href={`/reports/${props.reportId}/history`} className="text-blue-800 hover:underline">
          {t("history")}
        </Link>
      </div>
      {props.status === "DRAFT" && props.returnReason && (
        <p role="note" className="rounded bg-amber-50 p-2 text-amber-900" data-testid="review-return-reason">
          {t(props.returnKind === "REOPENED" ? "reopenReason" : "returnReason", { reason: props.returnReason })}
        </p>
      )}
      {props.status === "APPROVED" && props.approvedHash && (
        <p className="break-all text-emerald-900" data-testid="approved-hash">
          {t("approvedHash", { hash: props.approvedHash })}
        </p>
      )}
      {props.steps.length > 0 && (
        <ol className="space-y-1" aria-label={t("steps")}>
          {props.steps.map((s) => {
            const isCurrent = s.id === props.currentStepId;
            const several = s.slots.length > 1;
            return (
              <li key={s.id} className="space-y-0.5" data-testid="approval-step" data-decision={s.decision} data-mode={s.mode} aria-current={isCurrent ? "step" : undefined}>
                <div className="flex flex-wrap gap-x-2">
                  <span className="font-medium">{t("step", { n: s.position, label: s.label })}</span>
                  {several && (
                    <span className="rounded bg-stone-100 px-1 text-stone-700" data-testid="step-mode">
                      {t(`mode.${s.mode}`)}
                    </span>
                  )}
                  {several && (
                    <span className={decisionTone[s.decision]}>
                      {isCurrent ? t("waiting") : s.decision === "SUPERSEDED" ? t("notReached") : t(`decision.${s.decision}`)}
                    </span>
                  )}
                </div>
                <ul className={several ? "space-y-0.5 pl-4" : ""}>
                  {s.slots.map((slot) => (
                    <li key={slot.id} className="flex flex-wrap gap-x-2" data-testid="approval-slot" data-decision={slot.decision}>
                      <span className="text-stone-600">
                        {slot.approverUnit
                          ? t("anyLeaderOf", { unit: slot.approverUnit, names: slot.approverNames.length ? format.list(slot.approverNames) : t("nobody") })
                          : format.list(slot.approverNames)}
                      </span>
                      <span className={decisionTone[slot.decision]}>
                        {slot.decision === "PENDING"
                          ? isCurrent
                            ? t("waiting")
                            : t("decision.PENDING")
                          : slot.decision === "SUPERSEDED" && !slot.decidedBy
                            ? several && s.decision === "APPROVED"
                              ? t("notNeeded")
                              : t("notReached")
                            : t(`decision.${slot.decision}`)}
                        {slot.decidedBy &&
                          slot.decidedAt &&
                          ` · ${t("decidedBy", {
                            name: slot.onBehalfOf ? t("onBehalfOf", { name: slot.decidedBy, principal: slot.onBehalfOf }) : slot.decidedBy,
                            time: format.dateTime(slot.decidedAt, { dateStyle: "medium", timeStyle: "short" }),
                          })}`}
                      </span>
                      {slot.opinion && <span className="w-full pl-4 text-stone-700">{t("opinion", { text: slot.opinion })}</span>}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
