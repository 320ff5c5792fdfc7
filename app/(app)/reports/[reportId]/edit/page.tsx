import { notFound, redirect } from "next/navigation";
import { carriedNow } from "@/lib/checks/carried-sentences";
import { ReportEditor } from "@/components/editor/report-editor";
import { ClientMessages } from "@/components/client-messages";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/auth/or-not-found";
import { can } from "@/lib/permissions";
import { getEditorData } from "@/lib/reports/get-editor-data";
import { chinaDateParts } from "@/lib/reports/document-model";
import { isoCalendarDate } from "@/lib/export/format";
import * as editorActions from "@/lib/actions/editor-actions";
import { heartbeatPresenceAction, leavePresenceAction } from "@/lib/actions/presence-actions";

// The editor's client components get the editor catalogue and the one import label they show (lib/i18n/client-messages.ts).
export default function EditReportPage(props: { params: Promise<{ reportId: string }> }) {
  return (
    <ClientMessages namespaces={["errors.generic", "editor", "import.openImport", "presence"]}>
      <EditReport {...props} />
    </ClientMessages>
  );
}

async function EditReport({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const actor = await requireActor(`/reports/${reportId}/edit`);
  const data = await orNotFound(getEditorData(actor, reportId));
  const { report } = data;
  // Only the unit's drafters have an editor; others (even those who may read the report) get 404.
  if (!can(actor, "report.edit", report.unitId)) notFound();
  // A report in review or approved is read-only for everyone.
  if (!data.canEdit) redirect(`/reports/${report.id}`);

  return (
    <ReportEditor
      report={{
        id: report.id,
        title: report.title,
        year: report.year,
        unitName: report.unit.name,
        returnReason: report.returnReason,
        returnKind: report.returnKind,
        achievementsTitle: report.achievementsTitle,
        problemsTitle: report.problemsTitle,
        planTitle: report.planTitle,
        previousYear: report.planReviews.length > 0 ? report.year - 1 : null,
        signatureUnit: report.signatureUnit ?? "",
        documentDate: report.documentDate ? isoCalendarDate(chinaDateParts(report.documentDate)) : "",
      }}
      sections={report.sections.map((s) => ({
        id: s.id,
        kind: s.kind,
        heading: s.heading,
        body: s.body,
        version: s.version,
        ownerId: s.ownerId,
        planItemIds: s.planLinks.map((l) => l.planItemId),
        carried: carriedNow(s),
      }))}
      metrics={report.metrics.map((m) => ({
        id: m.id,
        key: m.key,
        label: m.label,
        value: m.value,
        unit: m.unit,
        previousValue: m.previousValue,
        target: m.target,
        note: m.note ?? "",
        version: m.version,
        partOfKey: m.partOfKey,
        partsMode: m.partsMode ?? "WITHIN",
      }))}
      planItems={report.planItems.map((p) => ({ id: p.id, text: p.text, targetMetricId: p.targetMetricId, ownerId: p.ownerId, version: p.version }))}
      planReviews={report.planReviews.map((r) => ({ id: r.id, text: r.text, verdict: r.verdict, evidence: r.evidence ?? "", version: r.version }))}
      drafters={data.drafters}
      actions={{
        saveSection: editorActions.saveSectionAction,
        addSection: editorActions.addSectionAction,
        deleteSection: editorActions.deleteSectionAction,
        moveSection: editorActions.moveSectionAction,
        assignSectionOwner: editorActions.assignSectionOwnerAction,
        confirmCarriedOver: editorActions.confirmCarriedOverAction,
        confirmCarriedSentence: editorActions.confirmCarriedSentenceAction,
        addMetric: editorActions.addMetricAction,
        updateMetric: editorActions.updateMetricAction,
        deleteMetric: editorActions.deleteMetricAction,
        setMetricPart: editorActions.setMetricPartAction,
        addPlanItem: editorActions.addPlanItemAction,
        updatePlanItem: editorActions.updatePlanItemAction,
        deletePlanItem: editorActions.deletePlanItemAction,
        movePlanItem: editorActions.movePlanItemAction,
        setProblemLinks: editorActions.setProblemLinksAction,
        savePlanReview: editorActions.savePlanReviewAction,
        saveDocumentFrame: editorActions.saveDocumentFrameAction,
        fixPunctuation: editorActions.fixPunctuationAction,
        heartbeatPresence: heartbeatPresenceAction,
        leavePresence: leavePresenceAction,
      }}
    />
  );
}
