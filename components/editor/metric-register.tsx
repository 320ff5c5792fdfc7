"use client";
import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import { formatMetricValue, formatYoY, yearOverYear } from "@/lib/reports/text";
import { COMMON_UNITS, LIMITS } from "@/lib/validation/limits";
import { useAutosave, type SaveResult } from "./use-autosave";
import { FieldError } from "./field-error";
import type { EditorActions, EditorMetric } from "./types";

type MetricText = { label: string; unit: string; value: string; previousValue: string; target: string; note: string };
const numText = (n: number | null) => (n === null ? "" : formatMetricValue(n));
const toText = (m: { label: string; unit: string; value: number | null; previousValue: number | null; target: number | null; note: string }): MetricText => ({
  label: m.label,
  unit: m.unit,
  value: numText(m.value),
  previousValue: numText(m.previousValue),
  target: numText(m.target),
  note: m.note,
});
const same = (a: MetricText, b: MetricText) =>
  a.label === b.label && a.unit === b.unit && a.value === b.value && a.previousValue === b.previousValue && a.target === b.target && a.note === b.note;
const parse = (s: string) => (/^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s.trim()) : null);

/** The report's figures: change a value once and every mention in the text follows. */
export function MetricRegister(props: {
  reportId: string;
  metrics: EditorMetric[];
  actions: EditorActions;
  onValue: (id: string, value: number | null) => void;
  onStructure: () => void;
}) {
  const t = useTranslations("editor.metrics");
  return (
    <section aria-label={t("title")} className="space-y-2 rounded border border-stone-200 bg-white p-3" id="metrics">
      <h2 className="text-lg font-medium">{t("title")}</h2>
      <p className="text-xs text-stone-500">{t("hint")}</p>
      <div className="space-y-2">
        {props.metrics.map((m) => (
          <MetricRow key={m.id} metric={m} actions={props.actions} onValue={props.onValue} onStructure={props.onStructure} />
        ))}
      </div>
      <AddMetricForm reportId={props.reportId} actions={props.actions} onAdded={props.onStructure} />
      <datalist id="metric-units">
        {COMMON_UNITS.map((u) => (
          <option key={u} value={u} />
        ))}
      </datalist>
    </section>
  );
}

function MetricRow(props: { metric: EditorMetric; actions: EditorActions; onValue: (id: string, v: number | null) => void; onStructure: () => void }) {
  const { metric, actions } = props;
  const t = useTranslations("editor.metrics");
  const tSave = useTranslations("editor.save");
  const tConflict = useTranslations("editor.conflict");
  const save = useCallback(
    async (baseVersion: number, v: MetricText): Promise<SaveResult<MetricText>> => {
      const r = await actions.updateMetric({ metricId: metric.id, baseVersion, ...v });
      if (!r.ok) return r;
      if (r.data.status === "conflict") {
        return { ok: true, data: { status: "conflict", current: { ...toText(r.data.current), version: r.data.current.version } } };
      }
      return { ok: true, data: r.data };
    },
    [actions, metric.id],
  );
  const auto = useAutosave<MetricText>({
    id: `metric:${metric.id}`,
    backupKey: `summa:metric:${metric.id}`,
    initial: toText(metric),
    initialVersion: metric.version,
    equals: same,
    save,
  });
  const [deleteError, setDeleteError] = useState<{ key: string; values?: Record<string, string | number> } | null>(null);
  const set = (field: keyof MetricText, value: string) => {
    const next = { ...auto.value, [field]: value };
    auto.setValue(next);
    if (field === "value") props.onValue(metric.id, parse(next.value));
  };
  const yoy = yearOverYear(parse(auto.value.value), parse(auto.value.previousValue));
  const base = `metric-${metric.id}`;
  return (
    <div className="grid grid-cols-2 gap-2 rounded border border-stone-100 p-2 text-sm sm:grid-cols-6" data-metric-key={metric.key}>
      <div className="col-span-2 sm:col-span-2">
        <label htmlFor={`${base}-label`} className="block text-xs text-stone-500">
          {t("label")} <code className="text-[10px] text-stone-400">{metric.key}</code>
        </label>
        <input id={`${base}-label`} value={auto.value.label} maxLength={LIMITS.metricLabel} onChange={(e) => set("label", e.target.value)} className="w-full rounded border border-stone-300 px-1 py-0.5" />
      </div>
      <div>
        <label htmlFor={`${base}-value`} className="block text-xs text-stone-500">
          {t("valueOf", { label: auto.value.label })}
        </label>
        <input
          id={`${base}-value`}
          inputMode="decimal"
          value={auto.value.value}
          onChange={(e) => set("value", e.target.value)}
          aria-invalid={auto.state === "error" || undefined}
          className={`w-full rounded border px-1 py-0.5 ${auto.value.value.trim() === "" ? "border-amber-400 bg-amber-50" : "border-stone-300"}`}
        />
      </div>
      <div>
        <label htmlFor={`${base}-unit`} className="block text-xs text-stone-500">
          {t("unit")}
        </label>
        <input id={`${base}-unit`} list="metric-units" value={auto.value.unit} maxLength={LIMITS.metricUnit} onChange={(e) => set("unit", e.target.value)} className="w-full rounded border border-stone-300 px-1 py-0.5" />
      </div>
      <div>
        <label htmlFor={`${base}-prev`} className="block text-xs text-stone-500">
          {t("previous")}
        </label>
        <input id={`${base}-prev`} inputMode="decimal" value={auto.value.previousValue} onChange={(e) => set("previousValue", e.target.value)} className="w-full rounded border border-stone-300 px-1 py-0.5" />
      </div>
      <div>
        <label htmlFor={`${base}-target`} className="block text-xs text-stone-500">
          {t("target")}
        </label>
        <input id={`${base}-target`} inputMode="decimal" value={auto.value.target} onChange={(e) => set("target", e.target.value)} className="w-full rounded border border-stone-300 px-1 py-0.5" />
      </div>
      <div className="col-span-2 sm:col-span-4">
        <label htmlFor={`${base}-note`} className="block text-xs text-stone-500">
          {t("note")}
        </label>
        <input id={`${base}-note`} value={auto.value.note} maxLength={LIMITS.metricNote} onChange={(e) => set("note", e.target.value)} className="w-full rounded border border-stone-300 px-1 py-0.5" />
      </div>
      <div className="col-span-2 flex items-end justify-between gap-2 text-xs">
        <span data-testid="yoy">{formatYoY(yoy, auto.value.unit === "%" ? "" : auto.value.unit)}</span>
        <span className="text-stone-500" data-state={auto.state}>
          {tSave(auto.state)}
        </span>
        <button
          type="button"
          aria-label={t("delete", { label: auto.value.label })}
          onClick={async () => {
            const r = await actions.deleteMetric({ metricId: metric.id });
            if (!r.ok) setDeleteError({ key: r.error, values: r.values });
            else props.onStructure();
          }}
          className="rounded border border-red-200 px-2 py-0.5 text-red-700"
        >
          {t("deleteShort")}
        </button>
      </div>
      <div className="col-span-2 sm:col-span-6">
        <FieldError error={auto.error} />
        <FieldError error={deleteError} />
        {auto.conflict && (
          <div role="alert" className="rounded bg-red-50 p-2 text-xs" data-testid="conflict-view">
            {t("conflict", { value: auto.conflict.value || "—" })}{" "}
            <button type="button" className="underline" onClick={auto.keepMine}>
              {tConflict("keepMine")}
            </button>{" "}
            <button type="button" className="underline" onClick={() => auto.takeTheirs((c) => ({ label: c.label, unit: c.unit, value: c.value, previousValue: c.previousValue, target: c.target, note: c.note }))}>
              {tConflict("takeTheirs")}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

function AddMetricForm({ reportId, actions, onAdded }: { reportId: string; actions: EditorActions; onAdded: () => void }) {
  const t = useTranslations("editor.metrics");
  const empty = { key: "", label: "", unit: "", value: "" };
  const [form, setForm] = useState(empty);
  const [error, setError] = useState<{ key: string; values?: Record<string, string | number> } | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await actions.addMetric({ reportId, ...form, previousValue: "", target: "", note: "" });
    setBusy(false);
    if (!r.ok) return setError({ key: r.error, values: r.values }); // the typed values stay in the form
    setError(null);
    setForm(empty);
    onAdded();
  }
  return (
    <form onSubmit={submit} className="space-y-2 rounded border border-dashed border-stone-300 p-2 text-sm" aria-label={t("add")}>
      <p className="text-xs font-medium text-stone-600">{t("add")}</p>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {(["key", "label", "unit", "value"] as const).map((f) => (
          <div key={f}>
            <label htmlFor={`new-metric-${f}`} className="block text-xs text-stone-500">
              {t(`new.${f}`)}
            </label>
            <input
              id={`new-metric-${f}`}
              value={form[f]}
              list={f === "unit" ? "metric-units" : undefined}
              inputMode={f === "value" ? "decimal" : undefined}
              onChange={(e) => setForm({ ...form, [f]: e.target.value })}
              className="w-full rounded border border-stone-300 px-1 py-0.5"
            />
          </div>
        ))}
        <div className="flex items-end">
          <button disabled={busy} className="rounded bg-stone-800 px-3 py-1 text-white disabled:opacity-50">
            {t("addButton")}
          </button>
        </div>
      </div>
      <FieldError error={error} />
    </form>
  );
}
