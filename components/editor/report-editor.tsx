"use client";
// The document surface: the report as it reads and prints (title, opening, 一、 part headings, （一） numbered
// sections with their run-in lead sentence, problems and plan under their parts), edited in place. Figures
// are chips bound to the register; blanks are highlighted and walked with Alt+J / Alt+Shift+J; Alt+M
// inserts a figure. Structure controls sit beside the text, the checklist beside the page.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { TextSelection } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { chineseNumeral } from "@/lib/reports/text";
import { docSchema } from "@/lib/editor/schema";
import type { SectionText } from "@/lib/editor/text-to-doc";
import { SaveStatusIndicator, SaveStatusProvider } from "./save-status";
import { SectionEditor } from "./section-editor";
import { MetricRegister } from "./metric-register";
import { PlanPanel, PlanReviewPanel } from "./plan-panel";
import { ChecklistPanel } from "./checklist-panel";
import { FieldError } from "./field-error";
import { BackupBanner, BackupProvider } from "./backup-offer";
import { FigureStore } from "./figure-store";
import { NavigatorProvider, useNavigator } from "./blank-navigator";
import { EditorContext, type EditorContextValue, type OpResult } from "./editor-context";
import { FigurePicker } from "./figure-picker";
import { PresenceIndicator } from "./presence-indicator";
import { DocumentFrameForm } from "./document-frame-form";
import { PunctuationFix } from "./punctuation-fix";
import type { EditorProps, EditorSection, SectionKind } from "./types";
import { refusalOf, type Refusal } from "@/components/ui/refusal";

export function ReportEditor(props: EditorProps) {
  const [store] = useState(
    () =>
      new FigureStore(
        props.metrics.map((m) => ({
          id: m.id,
          key: m.key,
          label: m.label,
          unit: m.unit,
          value: m.value,
          valueText: m.value === null ? "" : String(m.value),
          previousValue: m.previousValue,
        })),
      ),
  );
  return (
    <SaveStatusProvider>
      <BackupProvider>
        <NavigatorProvider store={store}>
          <EditorBody {...props} store={store} />
        </NavigatorProvider>
      </BackupProvider>
    </SaveStatusProvider>
  );
}

/** Inserts a figure chip at the caret; a unit written right after it would print twice, so it goes. */
function insertFigure(view: EditorView, key: string, unit: string) {
  const { state } = view;
  let tr = state.tr.replaceSelectionWith(docSchema.nodes.figure.create({ key }), false);
  const after = tr.selection.from;
  const $after = tr.doc.resolve(after);
  if (unit !== "" && tr.doc.textBetween(after, Math.min($after.end(), after + unit.length)) === unit) tr = tr.delete(after, after + unit.length);
  tr = tr.setSelection(TextSelection.create(tr.doc, after)).scrollIntoView();
  view.dispatch(tr);
  view.focus();
}

function EditorBody(props: EditorProps & { store: FigureStore }) {
  const { report, actions, store } = props;
  const t = useTranslations("editor");
  const tImport = useTranslations("import");
  // client-messages: editor import.openImport (of the import catalogue, only the link to it)
  const router = useRouter();
  const nav = useNavigator();
  const pendingFocus = useRef<string | null>(null);
  const [opError, setOpError] = useState<Refusal | null>(null);
  const activeView = useRef<EditorView | null>(null);
  const [picker, setPicker] = useState<EditorView | null>(null);

  // The live texts, for the side panel's warnings: kept in refs (the panel re-reads them on each change
  // tick), so typing in one section re-renders neither the page nor the other sections.
  const texts = useRef(new Map<string, SectionText>());
  const planTexts = useRef(new Map<string, string>());
  const onText = useCallback((id: string, v: SectionText) => void texts.current.set(id, v), []);
  const onPlanText = useCallback((id: string, text: string) => void planTexts.current.set(id, text), []);
  const sectionText = useCallback((id: string) => texts.current.get(id), []);
  const verdicts = useRef(new Map<string, EditorProps["planReviews"][number]["verdict"]>());
  const onVerdict = useCallback(
    (id: string, v: EditorProps["planReviews"][number]["verdict"]) => {
      verdicts.current.set(id, v);
      nav.changed();
    },
    [nav],
  );
  const verdictOf = useCallback((id: string) => verdicts.current.get(id), []);
  const planText = useCallback((id: string) => planTexts.current.get(id), []);

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

  const run = useCallback(
    async (p: Promise<OpResult>, focusId?: string) => {
      const r = await p;
      if (!r.ok) {
        setOpError(refusalOf(r));
        return false;
      }
      setOpError(null);
      refresh(focusId);
      return true;
    },
    [refresh],
  );

  const chipText = useMemo(
    () => ({
      chipLabel: (label: string, shown: string) => t("chip.label", { label, shown }),
      unknown: (key: string) => t("chip.unknown", { key }),
      inputLabel: (label: string) => t("chip.input", { label }),
    }),
    [t],
  );
  const ctx: EditorContextValue = useMemo(
    () => ({
      reportId: report.id,
      actions,
      store,
      chipText,
      drafters: props.drafters,
      refresh,
      run,
      setActiveView: (v: EditorView) => {
        activeView.current = v;
      },
    }),
    [report.id, actions, store, chipText, props.drafters, refresh, run],
  );

  // Alt+M opens the figure picker for the editor the caret is in (or was in last).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.code !== "KeyM") return;
      e.preventDefault();
      e.stopPropagation();
      if (activeView.current && !activeView.current.isDestroyed) setPicker(activeView.current);
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, []);

  const sectionsOf = (kind: SectionKind) => props.sections.filter((s) => s.kind === kind);
  const labelOf = (s: EditorSection, n: number, count: number) => {
    if (s.kind === "OPENING" || s.kind === "CLOSING") return count > 1 ? `${t(`kind.${s.kind}`)}${n}` : t(`kind.${s.kind}`);
    return `${t(`kind.${s.kind}`)}（${chineseNumeral(n)}）`;
  };

  const sectionLabel = useCallback(
    (s: EditorSection) => {
      const list = props.sections.filter((x) => x.kind === s.kind);
      return labelOf(s, list.indexOf(s) + 1, list.length);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- labelOf only reads t
    [props.sections, t],
  );

  async function addSection(kind: SectionKind) {
    await run(actions.addSection({ reportId: report.id, kind }));
  }

  let partNo = 0;
  const partTitle = (title: string) => `${chineseNumeral(++partNo)}、${title}`;
  const group = (kind: SectionKind, title: string | null) => {
    const list = sectionsOf(kind);
    if (list.length === 0 && (kind === "OPENING" || kind === "CLOSING")) return null;
    return (
      <div className="space-y-1" key={kind}>
        {title && <h2 className="indent-[2em] font-doc-hei font-normal">{title}</h2>}
        {list.map((s, i) => (
          <SectionEditor
            key={s.id}
            section={s}
            label={labelOf(s, i + 1, list.length)}
            number={kind === "ACHIEVEMENT" || kind === "PROBLEM" ? `（${chineseNumeral(i + 1)}）` : null}
            isFirst={i === 0}
            isLast={i === list.length - 1}
            planItems={props.planItems}
            onText={onText}
          />
        ))}
        {(kind === "ACHIEVEMENT" || kind === "PROBLEM") && (
          <button type="button" onClick={() => void addSection(kind)} className="font-sans text-sm text-stone-500 hover:text-stone-800">
            + {t(`add.${kind}`)}
          </button>
        )}
      </div>
    );
  };

  return (
    <EditorContext.Provider value={ctx}>
      <div className="space-y-4">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold">{report.title}</h1>
          <SaveStatusIndicator />
          <PresenceIndicator reportId={report.id} heartbeat={actions.heartbeatPresence} leave={actions.leavePresence} />
          <div className="ml-auto flex flex-wrap gap-2">
            <button
              type="button"
              className="rounded border border-stone-300 px-3 py-1 text-sm"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                const v = activeView.current;
                if (v && !v.isDestroyed) setPicker(v);
                else setOpError({ key: "editor.picker.noCaret", message: t("picker.noCaret") });
              }}
            >
              {t("picker.open")}
            </button>
            <PunctuationFix
              reportId={report.id}
              fix={actions.fixPunctuation}
              labelOf={(c) => {
                const s = c.kind === "section" ? props.sections.find((x) => x.id === c.id) : undefined;
                if (s) return sectionLabel(s);
                const n = props.planItems.findIndex((p) => p.id === c.id);
                return `${t("kind.PLAN")}（${chineseNumeral(n + 1)}）`;
              }}
              onApplied={() => window.location.reload()}
            />
            <Link href={`/reports/${report.id}/import`} className="rounded border border-stone-300 px-3 py-1 text-sm">
              {tImport("openImport")}
            </Link>
            <Link href={`/reports/${report.id}`} className="rounded border border-stone-300 px-3 py-1 text-sm">
              {t("toReadView")}
            </Link>
          </div>
        </div>
        <BackupBanner />
        {report.returnReason && (
          <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm" data-testid="return-reason">
            <p className="font-medium text-red-900">{t(report.returnKind === "REOPENED" ? "reopened" : "returned")}</p>
            <p className="whitespace-pre-wrap">{report.returnReason}</p>
          </div>
        )}
        <FieldError error={opError} />
        <DocumentFrameForm
          reportId={report.id}
          unitName={report.unitName}
          initial={{ title: report.title, signatureUnit: report.signatureUnit, documentDate: report.documentDate }}
          save={actions.saveDocumentFrame}
          onSaved={() => refresh()}
        />
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_16rem]">
          <div className="min-w-0 space-y-6">
            <article className="doc-surface relative mx-auto w-full max-w-[210mm] bg-white px-4 py-6 font-doc text-[17px] leading-[1.9] shadow-sm sm:px-[18mm] sm:py-[20mm] sm:text-[20px] xl:mr-32" data-testid="report-document-editor">
              <p className="text-center font-doc-title text-[1.4em] leading-snug">{report.title}</p>
              <div className="mt-[1.2em] space-y-1">
                {group("OPENING", null)}
                {group("ACHIEVEMENT", partTitle(report.achievementsTitle))}
                {group("PROBLEM", partTitle(report.problemsTitle))}
                <PlanPanel title={partTitle(report.planTitle)} planItems={props.planItems} metrics={props.metrics} onText={onPlanText} />
                {group("CLOSING", null)}
                {sectionsOf("CLOSING").length === 0 && (
                  <button type="button" onClick={() => void addSection("CLOSING")} className="font-sans text-sm text-stone-500 hover:text-stone-800">
                    + {t("addClosing")}
                  </button>
                )}
              </div>
            </article>
            {report.previousYear && <PlanReviewPanel year={report.previousYear} reviews={props.planReviews} actions={actions} onVerdict={onVerdict} />}
            <MetricRegister metrics={props.metrics} />
          </div>
          <div className="order-first lg:order-none">
            <ChecklistPanel
              sections={props.sections}
              planItems={props.planItems}
              metrics={props.metrics}
              planReviews={props.planReviews}
              year={report.year}
              previousYear={report.previousYear}
              store={store}
              sectionText={sectionText}
              planText={planText}
              verdictOf={verdictOf}
              labelOf={sectionLabel}
            />
          </div>
        </div>
      </div>
      {picker && (
        <FigurePicker
          figures={store.all()}
          onClose={() => {
            const v = picker;
            setPicker(null);
            v.focus();
          }}
          onPick={(key) => {
            const v = picker;
            setPicker(null);
            if (!v.isDestroyed) insertFigure(v, key, store.get(key)?.unit ?? "");
            nav.changed();
          }}
        />
      )}
    </EditorContext.Provider>
  );
}
