"use client";
// A few characters either side of a blank, as the drafter reads them (figures printed, never a token),
// so "宣讲小分队X支" can be told from "宣讲X场" in the checklist.
import { renderMetrics } from "@/lib/reports/text/metric-tokens";
import type { FigureStore } from "./figure-store";

export function blankContext(text: string, index: number, length: number, store: FigureStore): { before: string; after: string } {
  const metrics = new Map(store.all().map((f) => [f.key, { value: f.value, unit: f.unit }]));
  const render = (s: string) => renderMetrics(s, metrics, { missing: () => "" }).replace(/\s+/g, " ");
  return { before: render(text.slice(0, index)).slice(-6), after: render(text.slice(index + length)).slice(0, 4) };
}
