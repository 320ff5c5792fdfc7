"use client";
import { memo, useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { formatChange } from "@/lib/reports/text/year-over-year";
import { formatMetricValue } from "@/lib/reports/text/metric-tokens";
import { COMMON_UNITS, LIMITS } from "@/lib/validation/limits";
import { useAutosave, type SaveResult } from "./use-autosave";
import { FieldError } from "./field-error";
import { parseFigureValue } from "./figure-store";
import { useEditorContext } from "./editor-context";
import { useNavigator } from "./blank-navigator";
import type { EditorMetric } from "./types";
import { useHydrated } from "@/components/ui/use-hydrated";
import { refusalOf, type Refusal } from "@/components/ui/refusal";

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

const COLUMNS = ["label", "value", "unit", "previousValue", "target", "note"] as const;

/** Arrow up/down moves to the same column of the next/previous row, as in a spreadsheet. */
function onGridKey(e: React.KeyboardEvent<HTMLInputElement>) {
  if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
  const cell = e.currentTarget;
  const col = cell.dataset.col;
  const row = cell.closest("tr");
  const next = (e.key === "ArrowDown" ? row?.nextElementSibling : row?.previousElementSibling) as HTMLElement | null;
  const target = next?.querySelector<HTMLInputElement>(`input[data-col="${col}"]`);
  if (target) {
    e.preventDefault();
    target.focus();
    target.select();
  }
}

/**
 * The report's figures as a compact table: change a value once and every chip in the text follows.
 * Its rows (seven inputs, a select of the figures of the same unit each) were over a third of the
 * editor's HTML; they are rendered in the browser once it runs, from the props it has anyway — inputs
 * typed into before hydration would not reach the autosave either.
 */
export const MetricRegister = memo(function MetricRegister(props: { metrics: EditorMetric[] }) {
  const t = useTranslations("editor.metrics");
  const hydrated = useHydrated();
  return (
    <section aria-label={t("title")} className="space-y-2 rounded border border-stone-200 bg-white p-3" id="metrics">
      <h2 className="text-lg font-medium">{t("title")}</h2>
      <p className="text-xs text-stone-500">{t("hint")}</p>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[52rem] border-collapse text-sm">
          <thead>
            <tr className="border-b border-stone-200 text-left text-xs text-stone-500">
              <th className="px-1 py-1 font-normal">{t("code")}</th>
              <th className="px-1 font-normal">{t("label")}</th>
              <th className="px-1 font-normal">{t("value")}</th>
              <th className="px-1 font-normal">{t("unit")}</th>
              <th className="px-1 font-normal">{t("previous")}</th>
              <th className="px-1 font-normal">{t("change")}</th>
              <th className="px-1 font-normal">{t("target")}</th>
              <th className="px-1 font-normal">{t("note")}</th>
              <th className="px-1 font-normal">{t("partOf")}</th>
              <th className="px-1 font-normal">
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {hydrated ? (
              props.metrics.map((m) => <MetricRow key={m.id} metric={m} all={props.metrics} />)
            ) : (
              <tr>
                <td colSpan={10} className="px-1 py-2 text-xs text-stone-500" data-testid="metrics-loading">
                  {t("loading", { count: props.metrics.length })}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <AddMetricForm />
      <datalist id="metric-units">
        {COMMON_UNITS.map((u) => (
          <option key={u} value={u} />
        ))}
      </datalist>
    </section>
  );
});

function MetricRow({ metric, all }: { metric: EditorMetric; all: EditorMetric[] }) {
  const { actions, store, refresh } = useEditorContext();
  const nav = useNavigator();
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
  const [deleteError, setDeleteError] = useState<Refusal | null>(null);
  const set = useCallback((field: keyof MetricText, value: string) => auto.setValue({ ...auto.valueRef(), [field]: value }), [auto]);

  // This row owns the figure: it publishes what it holds to the chips and takes their edits.
  const { label, unit, value, previousValue } = auto.value;
  useEffect(
    () => store.put({ id: metric.id, key: metric.key, label, unit, value: parseFigureValue(value), valueText: value, previousValue: parseFigureValue(previousValue) }),
    [store, metric.id, metric.key, label, unit, value, previousValue],
  );
  useEffect(() => {
    store.setEditor(metric.key, (text) => set("value", text));
    return () => store.setEditor(metric.key, null);
  }, [store, metric.key, set]);
  useEffect(() => () => store.remove(metric.key, metric.id), [store, metric.key, metric.id]);

  // An empty figure the text never quotes is a stop here (the navigator drops it when a chip comes first).
  const rowRef = useRef<HTMLTableRowElement>(null);
  const labelRef = useRef(label);
  labelRef.current = label;
  useEffect(
    () =>
      nav.register(`metric:${metric.id}`, {
        el: () => rowRef.current,
        place: () => t("place", { label: labelRef.current }),
        stops: () => [
          {
            id: `metric:${metric.id}`,
            where: "metric",
            itemId: metric.id,
            figureKey: metric.key,
            kind: "metric",
            focus: () => {
              const el = document.getElementById(`metric-${metric.id}-value`) as HTMLInputElement | null;
              el?.scrollIntoView({ block: "center" });
              el?.focus();
              el?.select();
            },
          },
        ],
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- register is stable; nav itself changes every tick
    [nav.register, metric.id, metric.key, t],
  );

  const change = formatChange(parseFigureValue(auto.value.value), parseFigureValue(auto.value.previousValue), auto.value.unit);
  const base = `metric-${metric.id}`;
  const input = (field: (typeof COLUMNS)[number], extra: React.InputHTMLAttributes<HTMLInputElement> & { "aria-label": string }) => (
    <input
      id={`${base}-${field === "previousValue" ? "prev" : field}`}
      data-col={field}
      value={auto.value[field]}
      onChange={(e) => set(field, e.target.value)}
      onKeyDown={onGridKey}
      className="mr-in"
      {...extra}
    />
  );
  return (
    <>
      <tr ref={rowRef} className="mr-row" data-metric-key={metric.key}>
        <td className="mr-c">
          <code className="text-xs text-stone-500">{metric.key}</code>
        </td>
        <td className="mr-c">{input("label", { "aria-label": t("labelOf", { key: metric.key }), maxLength: LIMITS.metricLabel })}</td>
        <td className="mr-c w-20">
          {input("value", {
            "aria-label": t("valueOf", { label }),
            inputMode: "decimal",
            "aria-invalid": auto.state === "error" || undefined,
            className: value.trim() === "" ? "mr-in mr-blank" : "mr-in",
          })}
        </td>
        <td className="mr-c w-16">{input("unit", { "aria-label": t("unitOf", { label }), list: "metric-units", maxLength: LIMITS.metricUnit })}</td>
        <td className="mr-c w-20">{input("previousValue", { "aria-label": t("previousOf", { label }), inputMode: "decimal" })}</td>
        <td className="mr-c text-xs" data-testid="yoy">
          {change}
        </td>
        <td className="mr-c w-20">{input("target", { "aria-label": t("targetOf", { label }), inputMode: "decimal" })}</td>
        <td className="mr-c">{input("note", { "aria-label": t("noteOf", { label }), maxLength: LIMITS.metricNote })}</td>
        <td className="mr-c">
          <MetricPartCell metric={metric} all={all} label={label} unit={unit} />
        </td>
        <td className="mr-c whitespace-nowrap text-xs">
          <span className="mr-1 text-stone-500" data-state={auto.state}>
            {tSave(auto.state)}
          </span>
          <button
            type="button"
            aria-label={t("delete", { label })}
            onClick={async () => {
              const r = await actions.deleteMetric({ metricId: metric.id });
              if (!r.ok) setDeleteError(refusalOf(r));
              else refresh();
            }}
            className="mr-del"
          >
            {t("deleteShort")}
          </button>
        </td>
      </tr>
      {(auto.error || deleteError || auto.conflict) && (
        <tr data-metric-key={metric.key}>
          <td colSpan={10} className="px-1 pb-2">
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
          </td>
        </tr>
      )}
    </>
  );
}

/**
 * 其中 / 合计: which figure this one is a part of, and — on a figure that has parts — whether they add up
 * to it or only stay within it. Saved on change; the check panel then compares the values.
 */
function MetricPartCell({ metric, all, label, unit }: { metric: EditorMetric; all: EditorMetric[]; label: string; unit: string }) {
  const { actions, refresh } = useEditorContext();
  const t = useTranslations("editor.metrics");
  const [partOfKey, setPartOfKey] = useState(metric.partOfKey);
  const [partsMode, setPartsMode] = useState(metric.partsMode);
  const [error, setError] = useState<Refusal | null>(null);
  const hasParts = all.some((m) => m.partOfKey === metric.key);
  const save = async (next: { partOfKey: string | null; partsMode: "WITHIN" | "SUM" }) => {
    const before = { partOfKey, partsMode };
    setPartOfKey(next.partOfKey);
    setPartsMode(next.partsMode);
    const r = await actions.setMetricPart({ metricId: metric.id, ...next });
    if (!r.ok) {
      setPartOfKey(before.partOfKey);
      setPartsMode(before.partsMode);
      return setError(refusalOf(r));
    }
    setError(null);
    refresh();
  };
  // Only figures of the same unit can hold this one; the current choice stays listed even if units drifted.
  const totals = all.filter((m) => m.key !== metric.key && (m.unit === unit || m.key === partOfKey));
  return (
    <div className="space-y-1">
      <select
        aria-label={t("partOfOf", { label })}
        value={partOfKey ?? ""}
        onChange={(e) => save({ partOfKey: e.target.value || null, partsMode })}
        className="mr-in text-xs"
      >
        <option value="">{t("partOfNone")}</option>
        {totals.map((m) => (
          <option key={m.key} value={m.key}>
            {t("partOfOption", { label: m.label })}
          </option>
        ))}
      </select>
      {hasParts && (
        <select
          aria-label={t("partsModeOf", { label })}
          value={partsMode}
          onChange={(e) => save({ partOfKey, partsMode: e.target.value === "SUM" ? "SUM" : "WITHIN" })}
          className="mr-in text-xs"
        >
          <option value="WITHIN">{t("partsWithin")}</option>
          <option value="SUM">{t("partsSum")}</option>
        </select>
      )}
      <FieldError error={error} />
    </div>
  );
}

function AddMetricForm() {
  const { actions, reportId, refresh } = useEditorContext();
  const t = useTranslations("editor.metrics");
  const empty = { key: "", label: "", unit: "", value: "" };
  const [form, setForm] = useState(empty);
  const [error, setError] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await actions.addMetric({ reportId, ...form, previousValue: "", target: "", note: "" });
    setBusy(false);
    if (!r.ok) return setError(refusalOf(r)); // the typed values stay in the form
    setError(null);
    setForm(empty);
    refresh();
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
