"use client";
// A few characters either side of a blank, as the drafter reads them (figures printed, never a token),
// so "宣讲小分队X支" can be told from "宣讲X场" in the checklist.
import { renderMetrics } from "@/lib/reports/text/metric-tokens";
import type { FigureStore } from "./figure-store";

export function blankContext(text: string, index: number, length: number, store: FigureStore): { before: string; after: string } {
  const metrics = new Map(store.all().map((f) => [f.key, { value: f.value, unit: f.unit }]));
  const render = (s: string) => renderMetrics(s, metrics, { missing: () => "" }).replace(/\s+/g, " ");
  // A window around the blank, widened so it never starts or ends inside a token.
  let from = Math.max(0, index - 60);
  const open = text.lastIndexOf("{{", from);
  if (open >= 0 && text.indexOf("}}", open) + 2 > from) from = open;
  let to = Math.min(text.length, index + length + 60);
  const close = text.indexOf("}}", to - 1);
  if (close >= 0 && text.lastIndexOf("{{", to) > text.lastIndexOf("}}", to - 1)) to = close + 2;
  return { before: render(text.slice(from, index)).slice(-6), after: render(text.slice(index + length, to)).slice(0, 4) };
}
