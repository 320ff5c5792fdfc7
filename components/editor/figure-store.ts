"use client";
// The live figures of the open report, shared by every chip in every section editor and by the register.
// The register row of a metric is its one owner (it autosaves, version-checked); it publishes its current
// value here, and a chip edited in the text hands its new value back to that row. So a figure is entered
// once, saved once, and every chip follows at once — without re-rendering the editors.
import { formatMetricValue } from "@/lib/reports/text/metric-tokens";

export interface FigureInfo {
  id: string;
  key: string;
  label: string;
  unit: string;
  value: number | null;
  /** what the row's value field holds, typed (may be unparsable while the user fixes it) */
  valueText: string;
  /** last year's value, for the stated-change check */
  previousValue: number | null;
}

type Listener = () => void;

export const parseFigureValue = (s: string): number | null => (/^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s.trim()) : null);

export class FigureStore {
  private byKey = new Map<string, FigureInfo>();
  private editors = new Map<string, (valueText: string) => void>();
  private listeners = new Set<Listener>();
  private scheduled = false;

  constructor(initial: FigureInfo[]) {
    for (const f of initial) this.byKey.set(f.key, f);
  }

  get(key: string): FigureInfo | undefined {
    return this.byKey.get(key);
  }

  all(): FigureInfo[] {
    return [...this.byKey.values()];
  }

  put(f: FigureInfo) {
    const old = this.byKey.get(f.key);
    if (old && old.id === f.id && old.label === f.label && old.unit === f.unit && old.valueText === f.valueText && old.value === f.value && old.previousValue === f.previousValue) return;
    this.byKey.set(f.key, f);
    this.notify();
  }

  remove(key: string, id: string) {
    if (this.byKey.get(key)?.id !== id) return;
    this.byKey.delete(key);
    this.notify();
  }

  /** The register row of `key` takes edits from chips through this. */
  setEditor(key: string, edit: ((valueText: string) => void) | null) {
    if (edit) this.editors.set(key, edit);
    else this.editors.delete(key);
  }

  edit(key: string, valueText: string) {
    this.editors.get(key)?.(valueText);
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  // Batched to one call per frame: a register sync of 60 figures must not re-decorate every editor 60 times.
  private notify() {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      for (const fn of [...this.listeners]) fn();
    });
  }
}

/** What a chip shows: "86场"; an empty figure shows a slot with its unit. */
export function chipText(f: FigureInfo | undefined): { text: string; empty: boolean; invalid: boolean } {
  if (!f) return { text: "?", empty: false, invalid: true };
  if (f.value !== null) return { text: formatMetricValue(f.value) + f.unit, empty: false, invalid: false };
  if (f.valueText.trim() !== "") return { text: f.valueText + f.unit, empty: false, invalid: true };
  return { text: `＿${f.unit}`, empty: true, invalid: false };
}
