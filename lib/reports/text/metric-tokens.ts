// Section text refers to metrics with `{{m:KEY}}` tokens so that a figure edited once
// changes everywhere it is quoted; the exporter swaps the tokens for printed numbers.

import { formatDecimal } from "./decimal";

/** A metric key: lower-case ASCII, starts with a letter, at most 40 characters. */
export const METRIC_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * Regex source of one token, key captured in group 1. Exported so other scanners
 * (the blank detector) can step over tokens inside their own alternations.
 */
export const METRIC_TOKEN_SOURCE = "\\{\\{m:([a-z][a-z0-9_]{0,39})\\}\\}";

export interface MetricToken {
  key: string;
  /** UTF-16 offset of the opening `{{`. */
  index: number;
  /** Length of the whole token text. */
  length: number;
}

export type MetricSegment = { type: "text"; text: string } | { type: "metric"; key: string };

export interface RenderableMetric {
  value: number | null;
  unit: string;
}

export type MetricLookup =
  | ReadonlyMap<string, RenderableMetric>
  | Readonly<Record<string, RenderableMetric>>;

export interface RenderMetricsOptions {
  /** Text for a token whose key is not in `metrics`; defaults to leaving the token as typed. */
  missing?: (key: string) => string;
}

// A fresh RegExp per call: a shared global regex carries lastIndex between callers.
function tokenRegExp(): RegExp {
  return new RegExp(METRIC_TOKEN_SOURCE, "g");
}

export function parseMetricTokens(text: string): MetricToken[] {
  const tokens: MetricToken[] = [];
  for (const m of text.matchAll(tokenRegExp())) {
    tokens.push({ key: m[1], index: m.index, length: m[0].length });
  }
  return tokens;
}

/** Splits text into plain runs and metric references, for rendering tokens as chips. */
export function splitByMetricTokens(text: string): MetricSegment[] {
  const segments: MetricSegment[] = [];
  let cursor = 0;
  for (const token of parseMetricTokens(text)) {
    if (token.index > cursor) segments.push({ type: "text", text: text.slice(cursor, token.index) });
    segments.push({ type: "metric", key: token.key });
    cursor = token.index + token.length;
  }
  if (cursor < text.length) segments.push({ type: "text", text: text.slice(cursor) });
  return segments;
}

/** Prints a figure the way GB/T 15835 expects: Arabic numerals, no grouping, at most 2 decimals. */
export function formatMetricValue(value: number): string {
  return formatDecimal(value, 2);
}

function lookup(metrics: MetricLookup, key: string): RenderableMetric | undefined {
  if (metrics instanceof Map) return metrics.get(key);
  // Own properties only: keys such as "constructor" or "toString" match the key
  // pattern and would otherwise resolve to Object.prototype members.
  const record = metrics as Readonly<Record<string, RenderableMetric>>;
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * Replaces every token with number + unit (`86场`, `85万元`, `12.5%`).
 * A metric without a value prints as `X` + unit so the draft still shows, and the
 * blank detector still finds, an unfilled figure. An unknown key keeps the token text
 * (or `opts.missing(key)`), so a typo stays visible instead of silently vanishing.
 */
export function renderMetrics(
  text: string,
  metrics: MetricLookup,
  opts: RenderMetricsOptions = {},
): string {
  return text.replace(tokenRegExp(), (token: string, key: string) => {
    const metric = lookup(metrics, key);
    if (metric === undefined) return opts.missing ? opts.missing(key) : token;
    const number = metric.value === null ? "X" : formatMetricValue(metric.value);
    return number + metric.unit;
  });
}
