import { keyText } from "@/lib/i18n/key-text";
import { getLocale } from "next-intl/server";
import { getFormatter, getTranslations } from "@/lib/i18n/server-translations";
import { TIME_ZONE } from "@/lib/i18n/request-config";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/auth/or-not-found";
import { getReport } from "@/lib/reports/get-report";
import { getReportHistory, type HistoryTarget } from "@/lib/workflow/report-history";
import { auditActionKey, auditEventValues } from "@/lib/audit/audit-actions";
import { sectionLabelText, type Translator } from "@/lib/i18n/section-label";

/** Everything that happened to one report: each submission's approval steps, then every audit event. */
export default async function HistoryPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const actor = await requireActor(`/reports/${reportId}/history`);
  const report = await orNotFound(getReport(actor, reportId));
  const t = await getTranslations("review.history");
  const tSum = await getTranslations("review.summary");
  const tAll = (await getTranslations()) as unknown as Translator;
  const locale = await getLocale();
  const format = await getFormatter();
  const { events, cycles } = await getReportHistory(actor, report);
  // Reports are filed in China: times are China Standard Time whatever the server's or browser's zone.
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "medium", timeZone: TIME_ZONE });
  const actionLabel = (e: { action: string; data: Record<string, unknown> }) =>
    tAll.has(auditActionKey(e.action)) ? tAll(auditActionKey(e.action), auditEventValues(e)) : e.action;
  const targetLabel = (target: HistoryTarget) => {
    if ("kind" in target) return sectionLabelText(tAll, locale, target.kind, target.ordinal);
    if ("name" in target) return `${t("target.Metric")}“${target.name}”`;
    return keyText(t, `target.${target.type}`, undefined, "target.other");
  };

  return (
    <div className="space-y-6">
      <PageHeader backHref={`/reports/${report.id}`} back={t("back")} title={t("title")} subtitle={report.title} />
      <section aria-labelledby="approvals" className="space-y-2">
        <h2 id="approvals" className="text-lg font-medium">
          {t("approvals")}
        </h2>
        {cycles.length === 0 && <p className="text-sm text-stone-500">{t("noApprovals")}</p>}
        {cycles.map((c) => (
          <div key={c.cycle} className="rounded border border-stone-200 bg-white p-3 text-sm">
            <h3 className="font-medium">{tSum("submission", { n: c.cycle })}</h3>
            <ol className="space-y-1">
              {c.steps.map((s) => (
                <li key={`${s.position}:${s.slot}`} className="flex flex-wrap gap-x-2" data-testid="history-step" data-decision={s.decision}>
                  <span>{tSum("step", { n: s.position, label: s.label })}</span>
                  {c.steps.filter((o) => o.position === s.position).length > 1 && <span className="text-stone-500">{tSum(`mode.${s.mode}`)}</span>}
                  <span className="text-stone-600">{s.approverKind === "USER" ? s.approver : tSum("anyLeaderOfUnit", { unit: s.approver })}</span>
                  <span>{s.decision === "SUPERSEDED" && !s.decidedBy ? tSum("notReached") : tSum(`decision.${s.decision}`)}</span>
                  {s.decidedBy && s.decidedAt && (
                    <span className="text-stone-600">
                      {tSum("decidedBy", { name: s.onBehalfOf ? tSum("onBehalfOf", { name: s.decidedBy, principal: s.onBehalfOf }) : s.decidedBy, time: when(s.decidedAt) })}
                    </span>
                  )}
                  {s.opinion && <span className="w-full pl-4 text-stone-700">{tSum("opinion", { text: s.opinion })}</span>}
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>
      <section aria-labelledby="events" className="space-y-2">
        <h2 id="events" className="text-lg font-medium">
          {t("events")}
        </h2>
        <ol className="divide-y divide-stone-200 rounded border border-stone-200 bg-white text-sm" aria-label={t("events")}>
          {events.map((e) => (
            <li key={e.seq} className="flex flex-col gap-1 p-2 sm:flex-row sm:flex-wrap sm:gap-x-3" data-testid="history-event" data-action={e.action}>
              <time dateTime={e.at.toISOString()} className="text-xs text-stone-500" data-testid="history-time">
                {when(e.at)}
              </time>
              <span className="text-stone-600" data-testid="history-actor">
                {typeof e.data.onBehalfOfName === "string" && e.actor ? tSum("onBehalfOf", { name: e.actor, principal: e.data.onBehalfOfName }) : (e.actor ?? t("system"))}
              </span>
              <span className="font-medium" data-testid="history-action">{actionLabel(e)}</span>
              <span className="text-stone-600" data-testid="history-target">{t("onTarget", { target: targetLabel(e.target) })}</span>
              {typeof e.data.reason === "string" && <span className="w-full text-stone-700">{t("reason", { text: e.data.reason })}</span>}
              {typeof e.data.text === "string" && <span className="w-full text-stone-700">{t("reason", { text: e.data.text })}</span>}
              {e.ip && (
                <span className="text-xs text-stone-400" data-testid="history-ip">
                  {t("origin", { ip: e.ip })}
                </span>
              )}
              <span className="text-xs text-stone-400">{t("seq", { seq: e.seq })}</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
