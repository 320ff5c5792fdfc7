"use client";
// 登记为指标: a number typed over a blank, or selected in the text, becomes a figure of the register with
// the label and unit guessed from the words around it; accepting (Alt+Enter or the button) replaces the
// number and its unit with a bound chip.
import { useCallback, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { EditorView } from "prosemirror-view";
import { guessFigure } from "@/lib/editor/guess-figure";
import { suggestMetricKey } from "@/lib/editor/suggest-metric-key";
import { docSchema } from "@/lib/editor/schema";
import { LIMITS } from "@/lib/validation/limits";
import type { FigureCandidate } from "./doc-editor";
import { parseFigureValue, type FigureStore } from "./figure-store";
import { FieldError } from "./field-error";
import type { EditorActions } from "./types";
import { refusalOf, type Refusal } from "@/components/ui/refusal";

export interface FigureGuess {
  label: string;
  unit: string;
  valueText: string;
}

export function guessOf(c: FigureCandidate): FigureGuess {
  const g = guessFigure(c.text, c.start, c.end);
  const valueText = c.text.slice(c.start, c.end).replace(/,/g, "");
  // "5200余人": the 余 must stay in the text, so the chip cannot print the unit; leave the unit to the user.
  const approx = /^[余多]/.test(c.text.slice(c.end));
  return { label: g.label, unit: approx ? "" : g.unit, valueText };
}

/** Registers the candidate as a figure and binds it in place. Returns an error key, or null on success. */
export async function registerFigure(
  view: EditorView,
  c: FigureCandidate,
  guess: FigureGuess,
  ctx: { reportId: string; store: FigureStore; actions: EditorActions },
): Promise<Refusal | null> {
  // The unit written after the number goes into the chip with it (the chip prints it: no "86场场").
  const unitLength = guess.unit !== "" && c.text.slice(c.end).startsWith(guess.unit) ? guess.unit.length : 0;
  const original = view.state.doc.textBetween(c.from, c.to + unitLength);
  const key = suggestMetricKey(guess.label, ctx.store.all().map((f) => f.key));
  const r = await ctx.actions.addMetric({
    reportId: ctx.reportId,
    key,
    label: guess.label,
    unit: guess.unit,
    value: guess.valueText,
    previousValue: "",
    target: "",
    note: "",
  });
  if (!r.ok) return refusalOf(r);
  ctx.store.put({ id: r.data.id, key, label: guess.label, unit: guess.unit, value: parseFigureValue(guess.valueText), valueText: guess.valueText, previousValue: null });
  // Typed on meanwhile? Bind only if the number and its unit are still where they were.
  if (!view.isDestroyed && view.state.doc.textBetween(c.from, c.to + unitLength) === original) {
    view.dispatch(view.state.tr.replaceWith(c.from, c.to + unitLength, docSchema.nodes.figure.create({ key })));
  }
  return null;
}

/** The 登记为指标 offer of one editor: the candidate at the caret, its editable guess, and accepting it. */
export function useFigureBinding(ctx: { reportId: string; store: FigureStore; actions: EditorActions; view: () => EditorView | null; onBound: () => void }) {
  const [candidate, setCandidateState] = useState<FigureCandidate | null>(null);
  const [guess, setGuess] = useState<FigureGuess | null>(null);
  const [error, setError] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const live = useRef({ candidate, guess, busy, ctx });
  live.current = { candidate, guess, busy, ctx };

  const setCandidate = useCallback((c: FigureCandidate | null) => {
    const prev = live.current.candidate;
    if (c && prev && c.from === prev.from && c.to === prev.to && c.text === prev.text) return;
    setCandidateState(c);
    setGuess(c ? guessOf(c) : null);
    setError(null);
  }, []);

  const accept = useCallback((): boolean => {
    const { candidate: c, guess: g, busy: b, ctx: x } = live.current;
    const view = x.view();
    if (!c || !g || !view) return false;
    if (b) return true;
    setBusy(true);
    void registerFigure(view, c, g, x).then((err) => {
      setBusy(false);
      setError(err);
      if (!err) {
        setCandidateState(null);
        setGuess(null);
        x.onBound();
      }
    });
    return true;
  }, []);

  return { candidate, setCandidate, guess, setGuess, accept, error, busy };
}

export function RegisterFigureBar(props: {
  guess: FigureGuess;
  onGuess: (g: FigureGuess) => void;
  onAccept: () => void;
  onDismiss: () => void;
  busy: boolean;
  error: Refusal | null;
}) {
  const t = useTranslations("editor.bind");
  const { guess } = props;
  return (
    <div className="flex flex-wrap items-end gap-2 rounded border border-sky-200 bg-sky-50 px-2 py-1 font-sans text-xs" data-testid="bind-bar" role="group" aria-label={t("title")}>
      <span className="font-medium text-sky-900">{t("title")}</span>
      <label className="flex items-center gap-1">
        {t("label")}
        <input value={guess.label} maxLength={LIMITS.metricLabel} onChange={(e) => props.onGuess({ ...guess, label: e.target.value })} className="w-36 rounded border border-stone-300 px-1" />
      </label>
      <span>
        {t("value")} <b data-testid="bind-value">{guess.valueText}</b>
      </span>
      <label className="flex items-center gap-1">
        {t("unit")}
        <input value={guess.unit} maxLength={LIMITS.metricUnit} onChange={(e) => props.onGuess({ ...guess, unit: e.target.value })} className="w-16 rounded border border-stone-300 px-1" />
      </label>
      <button type="button" disabled={props.busy} onMouseDown={(e) => e.preventDefault()} onClick={props.onAccept} className="rounded bg-sky-800 px-2 py-0.5 text-white disabled:opacity-50">
        {t("accept")}
      </button>
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={props.onDismiss} className="rounded border border-stone-300 bg-white px-2 py-0.5" aria-label={t("dismiss")}>
        ×
      </button>
      <FieldError error={props.error} />
    </div>
  );
}
