"use client";
import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import { chineseNumeral } from "@/lib/reports/text";
import { LIMITS } from "@/lib/validation/limits";
import { useAutosave, type SaveResult } from "./use-autosave";
import { FieldError } from "./field-error";
import { ConflictView } from "./conflict-view";
import { BackupOffer } from "./backup-offer";
import type { EditorActions, EditorMetric, EditorPlanItem, EditorPlanReview } from "./types";

type Err = { key: string; values?: Record<string, string | number> } | null;
type PlanText = { text: string; targetMetricId: string | null; ownerId: string | null };
const samePlan = (a: PlanText, b: PlanText) => a.text === b.text && a.targetMetricId === b.targetMetricId && a.ownerId === b.ownerId;

/** Next year's plan: a list of commitments, each optionally tied to a target figure and an owner. */
export function PlanPanel(props: {
  reportId: string;
  title: string;
  planItems: EditorPlanItem[];
  metrics: EditorMetric[];
  drafters: { id: string; name: string }[];
  actions: EditorActions;
  onText: (id: string, text: string) => void;
  onStructure: (focusId?: string) => void;
}) {
  const t = useTranslations("editor.plan");
  const [newText, setNewText] = useState("");
  const [error, setError] = useState<Err>(null);
  async function add(e: React.FormEvent) {
    e.preventDefault();
    const r = await props.actions.addPlanItem({ reportId: props.reportId, text: newText, targetMetricId: null, ownerId: null });
    if (!r.ok) return setError({ key: r.error, values: r.values });
    setError(null);
    setNewText("");
    props.onStructure();
  }
  return (
    <section aria-label={props.title} className="space-y-2 rounded border border-stone-200 bg-white p-3" id="plan">
      <h2 className="text-lg font-medium">{props.title}</h2>
      {props.planItems.map((p, i) => (
        <PlanItemRow key={p.id} item={p} n={i + 1} isFirst={i === 0} isLast={i === props.planItems.length - 1} {...props} />
      ))}
      <form onSubmit={add} className="space-y-1" aria-label={t("add")}>
        <label htmlFor="new-plan-text" className="block text-xs font-medium text-stone-600">
          {t("add")}
        </label>
        <textarea id="new-plan-text" value={newText} maxLength={LIMITS.planText} onChange={(e) => setNewText(e.target.value)} rows={2} className="w-full rounded border border-stone-300 px-2 py-1 font-doc" />
        <FieldError error={error} />
        <button className="rounded bg-stone-800 px-3 py-1 text-sm text-white">{t("addButton")}</button>
      </form>
    </section>
  );
}

function PlanItemRow(props: {
  item: EditorPlanItem;
  n: number;
  isFirst: boolean;
  isLast: boolean;
  metrics: EditorMetric[];
  drafters: { id: string; name: string }[];
  actions: EditorActions;
  onText: (id: string, text: string) => void;
  onStructure: (focusId?: string) => void;
}) {
  const { item, actions } = props;
  const t = useTranslations("editor.plan");
  const tSave = useTranslations("editor.save");
  const label = t("item", { n: chineseNumeral(props.n) });
  const save = useCallback(
    (baseVersion: number, v: PlanText): Promise<SaveResult<PlanText>> => actions.updatePlanItem({ planItemId: item.id, baseVersion, ...v }),
    [actions, item.id],
  );
  const auto = useAutosave<PlanText>({
    id: `plan:${item.id}`,
    backupKey: `summa:plan:${item.id}`,
    initial: { text: item.text, targetMetricId: item.targetMetricId, ownerId: item.ownerId },
    initialVersion: item.version,
    equals: samePlan,
    save,
  });
  const [opError, setOpError] = useState<Err>(null);
  const set = (patch: Partial<PlanText>) => {
    const next = { ...auto.value, ...patch };
    auto.setValue(next);
    props.onText(item.id, next.text);
  };
  async function op(p: Promise<{ ok: boolean; error?: string; values?: Record<string, string | number> }>, focusId?: string) {
    const r = await p;
    if (!r.ok) return setOpError({ key: r.error ?? "errors.generic", values: r.values });
    setOpError(null);
    props.onStructure(focusId);
  }
  const id = `plan-${item.id}`;
  return (
    <div className="space-y-1 rounded border border-stone-100 p-2" role="group" aria-label={label}>
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="font-medium text-stone-700">{label}</span>
        <span className="text-stone-500" data-state={auto.state}>
          {tSave(auto.state)}
        </span>
        <div className="ml-auto flex gap-1">
          <button type="button" id={`plan-up-${item.id}`} disabled={props.isFirst} aria-label={t("moveUp", { label })} onClick={() => void op(actions.movePlanItem({ planItemId: item.id, direction: "up" }), `plan-up-${item.id}`)} className="rounded border border-stone-300 px-2 disabled:opacity-40">
            ↑
          </button>
          <button type="button" id={`plan-down-${item.id}`} disabled={props.isLast} aria-label={t("moveDown", { label })} onClick={() => void op(actions.movePlanItem({ planItemId: item.id, direction: "down" }), `plan-down-${item.id}`)} className="rounded border border-stone-300 px-2 disabled:opacity-40">
            ↓
          </button>
          <button type="button" aria-label={t("delete", { label })} onClick={() => window.confirm(t("confirmDelete", { label })) && void op(actions.deletePlanItem({ planItemId: item.id }))} className="rounded border border-red-200 px-2 text-red-700">
            {t("deleteShort")}
          </button>
        </div>
      </div>
      {auto.backupOffer && <BackupOffer savedAt={auto.backupOffer.savedAt} preview={auto.backupOffer.value.text} onRestore={auto.restoreBackup} onDiscard={auto.discardBackup} />}
      <label htmlFor={`${id}-text`} className="sr-only">
        {t("text", { label })}
      </label>
      <textarea id={`${id}-text`} value={auto.value.text} maxLength={LIMITS.planText} rows={2} onChange={(e) => set({ text: e.target.value })} className="w-full rounded border border-stone-300 px-2 py-1 font-doc" />
      <div className="flex flex-wrap gap-3 text-xs">
        <label className="flex items-center gap-1">
          {t("target")}
          <select value={auto.value.targetMetricId ?? ""} onChange={(e) => set({ targetMetricId: e.target.value || null })} className="max-w-[12rem] rounded border border-stone-300 px-1 py-0.5">
            <option value="">—</option>
            {props.metrics.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1">
          {t("owner")}
          <select value={auto.value.ownerId ?? ""} onChange={(e) => set({ ownerId: e.target.value || null })} className="rounded border border-stone-300 px-1 py-0.5">
            <option value="">—</option>
            {props.drafters.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FieldError error={auto.error} />
      <FieldError error={opError} />
      {auto.conflict && (
        <ConflictView mine={auto.value.text} theirs={auto.conflict.text} theirVersionBy={null} onKeepMine={auto.keepMine} onTakeTheirs={() => auto.takeTheirs((c) => ({ text: c.text, targetMetricId: c.targetMetricId, ownerId: c.ownerId }))} />
      )}
    </div>
  );
}

type ReviewText = { verdict: EditorPlanReview["verdict"]; evidence: string };

/** 上年计划完成情况: a verdict and a short evidence note for each of last year's plan items. */
export function PlanReviewPanel(props: { year: number; reviews: EditorPlanReview[]; actions: EditorActions }) {
  const t = useTranslations("editor.review");
  if (props.reviews.length === 0) return null;
  return (
    <section aria-label={t("title", { year: props.year })} className="space-y-2 rounded border border-stone-200 bg-white p-3" id="plan-review">
      <h2 className="text-lg font-medium">{t("title", { year: props.year })}</h2>
      {props.reviews.map((r, i) => (
        <PlanReviewRow key={r.id} review={r} n={i + 1} actions={props.actions} />
      ))}
    </section>
  );
}

function PlanReviewRow({ review, n, actions }: { review: EditorPlanReview; n: number; actions: EditorActions }) {
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
          <select value={auto.value.verdict ?? ""} onChange={(e) => auto.setValue({ ...auto.value, verdict: (e.target.value || null) as ReviewText["verdict"] })} className="rounded border border-stone-300 px-1 py-0.5">
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
