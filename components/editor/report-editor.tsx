"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { chineseNumeral } from "@/lib/reports/text";
import { findReportBlanks } from "@/lib/reports/report-blanks";
import { SaveStatusIndicator, SaveStatusProvider } from "./save-status";
import { SectionEditor } from "./section-editor";
import { MetricRegister } from "./metric-register";
import { PlanPanel, PlanReviewPanel } from "./plan-panel";
import { BlankChecklist, type ChecklistEntry } from "./blank-checklist";
import { FieldError } from "./field-error";
import type { EditorMetric, EditorProps, EditorSection, SectionKind } from "./types";

export function ReportEditor(props: EditorProps) {
  return (
    <SaveStatusProvider>
      <EditorBody {...props} />
    </SaveStatusProvider>
  );
}

function EditorBody(props: EditorProps) {
  const { report, actions } = props;
  const t = useTranslations("editor");
  const router = useRouter();
  const pendingFocus = useRef<string | null>(null);
  const [opError, setOpError] = useState<{ key: string } | null>(null);

  // Live text of every field, as typed, for the checklist and the previews.
  const [texts, setTexts] = useState<Record<string, { heading: string; body: string }>>({});
  const [planTexts, setPlanTexts] = useState<Record<string, string>>({});
  const [metricValues, setMetricValues] = useState<Record<string, number | null>>({});
  const onText = useCallback((id: string, v: { heading: string; body: string }) => setTexts((s) => (s[id] === v ? s : { ...s, [id]: v })), []);
  const onPlanText = useCallback((id: string, text: string) => setPlanTexts((s) => ({ ...s, [id]: text })), []);
  const onMetricValue = useCallback((id: string, value: number | null) => setMetricValues((s) => ({ ...s, [id]: value })), []);

  const metrics: EditorMetric[] = useMemo(
    () => props.metrics.map((m) => (m.id in metricValues ? { ...m, value: metricValues[m.id] } : m)),
    [props.metrics, metricValues],
  );
  const metricsByKey = useMemo(() => new Map(metrics.map((m) => [m.key, m])), [metrics]);

  const refresh = useCallback(
    (focusId?: string) => {
      pendingFocus.current = focusId ?? null;
      router.refresh();
    },
    [router],
  );
  useEffect(() => {
    // After a move, keep the keyboard focus on the button that moved the section.
    if (pendingFocus.current) document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  }, [props.sections, props.planItems]);

  const byKind = (kind: SectionKind) => props.sections.filter((s) => s.kind === kind);
  const labelOf = useCallback(
    (s: EditorSection) => {
      const siblings = props.sections.filter((x) => x.kind === s.kind);
      const n = siblings.findIndex((x) => x.id === s.id) + 1;
      if (s.kind === "OPENING" || s.kind === "CLOSING") return siblings.length > 1 ? `${t(`kind.${s.kind}`)}${n}` : t(`kind.${s.kind}`);
      return `${t(`kind.${s.kind}`)}（${chineseNumeral(n)}）`;
    },
    [props.sections, t],
  );

  const entries: ChecklistEntry[] = useMemo(() => {
    const sections = props.sections.map((s) => ({ id: s.id, ...(texts[s.id] ?? { heading: s.heading, body: s.body }) }));
    const planItems = props.planItems.map((p) => ({ id: p.id, text: planTexts[p.id] ?? p.text }));
    return findReportBlanks({ sections, planItems, metrics }).map((blank) => {
      if (blank.where === "metric") return { blank, place: t("checklist.metric", { label: blank.label ?? "" }) };
      if (blank.where === "plan") {
        const n = props.planItems.findIndex((p) => p.id === blank.id) + 1;
        const text = planItems.find((p) => p.id === blank.id)!.text;
        const at = blank.index ?? 0;
        const end = at + (blank.length ?? 0);
        return { blank, place: t("plan.item", { n: chineseNumeral(Math.max(n, 1)) }), before: text.slice(Math.max(0, at - 6), at), after: text.slice(end, end + 4) };
      }
      const s = props.sections.find((x) => x.id === blank.id)!;
      const text = blank.where === "heading" ? sections.find((x) => x.id === s.id)!.heading : sections.find((x) => x.id === s.id)!.body;
      const at = blank.index ?? 0;
      const end = at + (blank.length ?? 0);
      return {
        blank,
        place: `${labelOf(s)} · ${t(blank.where === "heading" ? "heading" : "body")}`,
        before: text.slice(Math.max(0, at - 6), at),
        after: text.slice(end, end + 4),
      };
    });
  }, [props.sections, props.planItems, texts, planTexts, metrics, labelOf, t]);

  const warnings = byKind("PROBLEM")
    .filter((s) => s.planItemIds.length === 0)
    .map((s) => labelOf(s));

  async function addSection(kind: SectionKind) {
    const r = await actions.addSection({ reportId: report.id, kind });
    if (!r.ok) return setOpError({ key: r.error });
    setOpError(null);
    refresh();
  }

  let partNo = 0;
  const partTitle = (title: string) => `${chineseNumeral(++partNo)}、${title}`;
  const group = (kind: SectionKind, title: string | null) => {
    const list = byKind(kind);
    if (list.length === 0 && (kind === "OPENING" || kind === "CLOSING")) {
      return kind === "CLOSING" ? (
        <button type="button" onClick={() => void addSection(kind)} className="text-sm text-blue-800 underline">
          {t("addClosing")}
        </button>
      ) : null;
    }
    return (
      <div className="space-y-3" key={kind}>
        {title && <h2 className="font-doc-hei text-lg">{title}</h2>}
        {list.map((s, i) => (
          <SectionEditor
            key={s.id}
            section={s}
            label={labelOf(s)}
            isFirst={i === 0}
            isLast={i === list.length - 1}
            metrics={metrics}
            metricsByKey={metricsByKey}
            drafters={props.drafters}
            planItems={props.planItems}
            actions={actions}
            onText={onText}
            onStructure={refresh}
          />
        ))}
        {(kind === "ACHIEVEMENT" || kind === "PROBLEM") && (
          <button type="button" onClick={() => void addSection(kind)} className="rounded border border-dashed border-stone-400 px-3 py-1 text-sm">
            {t(`add.${kind}`)}
          </button>
        )}
      </div>
    );
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{report.title}</h1>
        <SaveStatusIndicator />
        <Link href={`/reports/${report.id}`} className="ml-auto rounded border border-stone-300 px-3 py-1 text-sm">
          {t("toReadView")}
        </Link>
      </div>
      {report.returnReason && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm" data-testid="return-reason">
          <p className="font-medium text-red-900">{t("returned")}</p>
          <p className="whitespace-pre-wrap">{report.returnReason}</p>
        </div>
      )}
      <FieldError error={opError} />
      <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
        <div className="min-w-0 space-y-6">
          {group("OPENING", null)}
          {group("ACHIEVEMENT", partTitle(report.achievementsTitle))}
          {group("PROBLEM", partTitle(report.problemsTitle))}
          <PlanPanel
            reportId={report.id}
            title={partTitle(report.planTitle)}
            planItems={props.planItems}
            metrics={metrics}
            drafters={props.drafters}
            actions={actions}
            onText={onPlanText}
            onStructure={refresh}
          />
          {group("CLOSING", null)}
          {report.previousYear && <PlanReviewPanel year={report.previousYear} reviews={props.planReviews} actions={actions} />}
          <MetricRegister reportId={report.id} metrics={props.metrics} actions={actions} onValue={onMetricValue} onStructure={refresh} />
        </div>
        <div className="order-first lg:order-none">
          <BlankChecklist entries={entries} warnings={warnings} />
        </div>
      </div>
    </div>
  );
}
