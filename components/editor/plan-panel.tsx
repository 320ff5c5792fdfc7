"use client";
import { memo, useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { EditorView } from "prosemirror-view";
import { chineseNumeral } from "@/lib/reports/text";
import { LIMITS } from "@/lib/validation/limits";
import { useAutosave, type SaveResult } from "./use-autosave";
import { FieldError } from "./field-error";
import { ConflictView } from "./conflict-view";
import { useBackupOffer } from "./backup-offer";
import { DocEditor, type DocEditorHandle } from "./doc-editor";
import { RegisterFigureBar, useFigureBinding } from "./register-figure-bar";
import { useNavigator } from "./blank-navigator";
import { useDocStops } from "./use-doc-stops";
import { useEditorContext } from "./editor-context";
import { StructureControls } from "./structure-controls";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { EditorActions, EditorMetric, EditorPlanItem, EditorPlanReview } from "./types";
import { refusalOf, type Refusal } from "@/components/ui/refusal";

type Err = Refusal | null;
type PlanText = { text: string; targetMetricId: string | null; ownerId: string | null };
const samePlan = (a: PlanText, b: PlanText) => a.text === b.text && a.targetMetricId === b.targetMetricId && a.ownerId === b.ownerId;

/** Next year's plan under its part heading: numbered commitments, each edited in place like a section. */
export function PlanPanel(props: { title: string; planItems: EditorPlanItem[]; metrics: EditorMetric[]; onText: (id: string, text: string) => void }) {
  const t = useTranslations("editor.plan");
  const { actions, reportId, refresh } = useEditorContext();
  const [newText, setNewText] = useState("");
  const [error, setError] = useState<Err>(null);
  async function add(e: React.FormEvent) {
    e.preventDefault();
    const r = await actions.addPlanItem({ reportId, text: newText, targetMetricId: null, ownerId: null });
    if (!r.ok) return setError(refusalOf(r));
    setError(null);
    setNewText("");
    refresh();
  }
  return (
    <section aria-label={props.title} id="plan" className="space-y-1">
      <h2 className="indent-[2em] font-doc-hei font-normal">{props.title}</h2>
      {props.planItems.map((p, i) => (
        <PlanItemRow key={p.id} item={p} n={i + 1} isFirst={i === 0} isLast={i === props.planItems.length - 1} metrics={props.metrics} onText={props.onText} />
      ))}
      <details className="font-sans text-sm">
        <summary className="cursor-pointer text-stone-500">{t("add")}</summary>
        <form onSubmit={add} className="space-y-1 pt-1" aria-label={t("add")}>
          <label htmlFor="new-plan-text" className="block text-xs font-medium text-stone-600">
            {t("newText")}
          </label>
          <textarea id="new-plan-text" value={newText} maxLength={LIMITS.planText} onChange={(e) => setNewText(e.target.value)} rows={2} className="w-full rounded border border-stone-300 px-2 py-1 font-doc" />
          <FieldError error={error} />
          <button className="rounded bg-stone-800 px-3 py-1 text-sm text-white">{t("addButton")}</button>
        </form>
      </details>
    </section>
  );
}

const PlanItemRow = memo(function PlanItemRow(props: { item: EditorPlanItem; n: number; isFirst: boolean; isLast: boolean; metrics: EditorMetric[]; onText: (id: string, text: string) => void }) {
  const { item } = props;
  const ctx = useEditorContext();
  const { actions } = ctx;
  const t = useTranslations("editor.plan");
  const nav = useNavigator();
  const doc = useRef<DocEditorHandle>(null);
  const label = t("item", { n: chineseNumeral(props.n) });
  const save = useCallback(
    (baseVersion: number, v: PlanText): Promise<SaveResult<PlanText>> => actions.updatePlanItem({ planItemId: item.id, baseVersion, ...v }),
    [actions, item.id],
  );
  const hydrated = useHydrated();
  const auto = useAutosave<PlanText>({
    id: `plan:${item.id}`,
    backupKey: `summa:plan:${item.id}`,
    initial: { text: item.text, targetMetricId: item.targetMetricId, ownerId: item.ownerId },
    initialVersion: item.version,
    equals: samePlan,
    save,
  });
  const { onText } = props;
  useEffect(() => onText(item.id, auto.value.text), [onText, item.id, auto.value.text]);
  const set = (patch: Partial<PlanText>) => auto.setValue({ ...auto.valueRef(), ...patch });
  const offer = auto.backupOffer;
  useBackupOffer(
    offer
      ? {
          id: `plan:${item.id}`,
          place: label,
          savedAt: offer.savedAt,
          preview: offer.value.text,
          restore: () => {
            doc.current?.setValue({ heading: "", body: offer.value.text });
            auto.restoreBackup();
          },
          discard: auto.discardBackup,
        }
      : null,
  );
  const binding = useFigureBinding({ ...ctx, view: () => doc.current?.view() ?? null, onBound: () => ctx.refresh() });
  const hostRef = useRef<HTMLDivElement>(null);
  const planValue = useCallback(() => ({ heading: "", body: auto.valueRef().text }), [auto]);
  useDocStops({ owner: "plan", itemId: item.id, label, host: hostRef, doc, value: planValue, store: ctx.store });
  return (
    <div ref={hostRef} className="group relative" role="group" aria-label={label} data-plan-id={item.id}>
      <DocEditor
        ref={doc}
        id={`plan-${item.id}-text`}
        initial={{ heading: "", body: item.text }}
        withLead={false}
        planLead
        number={`（${chineseNumeral(props.n)}）`}
        ariaLabel={t("text", { label })}
        store={ctx.store}
        chipText={ctx.chipText}
        unitDupTitle={t("unitDup")}
        onChange={(v) => {
          onText(item.id, v.body); // before the tick that re-reads it
          set({ text: v.body });
        }}
        onCandidate={binding.setCandidate}
        onAcceptCandidate={binding.accept}
        onNavigate={(view: EditorView, pos: number, backwards: boolean) => nav.move(backwards, { view, pos })}
        onStops={nav.changed}
        onFocus={ctx.setActiveView}
      />
      <StructureControls
        ns="editor.plan"
        label={label}
        idBase={`plan-${item.id}`}
        saveState={auto.state}
        ownerId={auto.value.ownerId}
        onOwner={(ownerId) => set({ ownerId })}
        onMove={(direction) => void ctx.run(actions.movePlanItem({ planItemId: item.id, direction }), `move-${direction}-plan-${item.id}`)}
        onDelete={() => void ctx.run(actions.deletePlanItem({ planItemId: item.id }))}
        isFirst={props.isFirst}
        isLast={props.isLast}
      >
        <label className="sr-only" htmlFor={`plan-${item.id}-target`}>
          {t("targetOf", { label })}
        </label>
        <select id={`plan-${item.id}-target`} value={auto.value.targetMetricId ?? ""} onChange={(e) => set({ targetMetricId: e.target.value || null })} className="max-w-[7rem] rounded border border-stone-300 bg-white px-1 py-0.5">
          <option value="">{t("noTarget")}</option>
          {/* every figure of the report per plan item: the HTML carries only the chosen one */}
          {(hydrated ? props.metrics : props.metrics.filter((m) => m.id === auto.value.targetMetricId)).map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </StructureControls>
      {binding.candidate && binding.guess && (
        <RegisterFigureBar guess={binding.guess} onGuess={binding.setGuess} onAccept={binding.accept} onDismiss={() => binding.setCandidate(null)} busy={binding.busy} error={binding.error} />
      )}
      <div className="font-sans">
        <FieldError error={auto.error} />
        {auto.conflict && (
          <ConflictView
            mine={auto.value.text}
            theirs={auto.conflict.text}
            theirVersionBy={null}
            onKeepMine={auto.keepMine}
            onTakeTheirs={() => {
              doc.current?.setValue({ heading: "", body: auto.conflict!.text });
              auto.takeTheirs((c) => ({ text: c.text, targetMetricId: c.targetMetricId, ownerId: c.ownerId }));
            }}
            onKeepBoth={() => {
              const merged = { ...auto.value, text: [auto.value.text, auto.conflict!.text].join("\n") };
              doc.current?.setValue({ heading: "", body: merged.text });
              auto.resolveWith(merged);
            }}
          />
        )}
      </div>
    </div>
  );
});

type ReviewText = { verdict: EditorPlanReview["verdict"]; evidence: string };

/** 上年计划完成情况: a verdict and a short evidence note for each of last year's plan items. */
export function PlanReviewPanel(props: {
  year: number;
  reviews: EditorPlanReview[];
  actions: EditorActions;
  onVerdict?: (id: string, verdict: EditorPlanReview["verdict"]) => void;
}) {
  const t = useTranslations("editor.review");
  if (props.reviews.length === 0) return null;
  return (
    <section aria-label={t("title", { year: props.year })} className="space-y-2 rounded border border-stone-200 bg-white p-3" id="plan-review">
      <h2 className="text-lg font-medium">{t("title", { year: props.year })}</h2>
      {props.reviews.map((r, i) => (
        <PlanReviewRow key={r.id} review={r} n={i + 1} actions={props.actions} onVerdict={props.onVerdict} />
      ))}
    </section>
  );
}

function PlanReviewRow({
  review,
  n,
  actions,
  onVerdict,
}: {
  review: EditorPlanReview;
  n: number;
  actions: EditorActions;
  onVerdict?: (id: string, verdict: EditorPlanReview["verdict"]) => void;
}) {
  const t = useTranslations("editor.review");
  const tSave = useTranslations("editor.save");
  const save = useCallback(
    async (baseVersion: number, v: ReviewText): Promise<SaveResult<ReviewText>> => {
      const r = await actions.savePlanReview({ planReviewId: review.id, baseVersion, ...v });
      if (!r.ok || r.data.status === "saved") return r as SaveResult<ReviewText>;
      const c = r.data.current;
      return { ok: true, data: { status: "conflict", current: { verdict: c.verdict as ReviewText["verdict"], evidence: c.evidence, version: c.version } } };
    },
    [actions, review.id],
  );
  const auto = useAutosave<ReviewText>({
    id: `review:${review.id}`,
    backupKey: `summa:review:${review.id}`,
    initial: { verdict: review.verdict, evidence: review.evidence },
    initialVersion: review.version,
    equals: (a, b) => a.verdict === b.verdict && a.evidence === b.evidence,
    save,
  });
  const label = `${n}. ${review.text}`;
  return (
    <div className="space-y-1 rounded border border-stone-100 p-2 text-sm" role="group" aria-label={t("itemLabel", { n })}>
      <p className="font-doc">{label}</p>
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-1 text-xs">
          {t("verdict")}
          <select
            id={`review-${review.id}-verdict`}
            value={auto.value.verdict ?? ""}
            onChange={(e) => {
              const verdict = (e.target.value || null) as ReviewText["verdict"];
              onVerdict?.(review.id, verdict);
              auto.setValue({ ...auto.value, verdict });
            }}
            className="rounded border border-stone-300 px-1 py-0.5"
          >
            <option value="">{t("unset")}</option>
            <option value="DONE">{t("DONE")}</option>
            <option value="PARTLY">{t("PARTLY")}</option>
            <option value="NOT_DONE">{t("NOT_DONE")}</option>
          </select>
        </label>
        <label className="flex flex-1 items-center gap-1 text-xs">
          {t("evidence")}
          <input value={auto.value.evidence} maxLength={LIMITS.evidence} onChange={(e) => auto.setValue({ ...auto.value, evidence: e.target.value })} className="min-w-0 flex-1 rounded border border-stone-300 px-1 py-0.5" />
        </label>
        <span className="text-xs text-stone-500">{tSave(auto.state)}</span>
      </div>
      <FieldError error={auto.error} />
    </div>
  );
}
