// Pure helpers of the HTTP benchmark (bench/http/run-http-bench.ts): percentiles of latency samples,
// ratios to the baseline, and the plain-text table it prints.

/** The p-th percentile (0 < p ≤ 100) of the samples, nearest-rank; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const s = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1];
}

export interface LatencySummary {
  n: number;
  p50: number;
  p95: number;
  /** Completed requests per second over the measured duration. */
  rps: number;
}

export function summarize(samples: readonly number[], durationMs: number): LatencySummary {
  return { n: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), rps: durationMs > 0 ? (samples.length * 1000) / durationMs : NaN };
}

/** "3.42×" — how many times the baseline; "—" when either side is missing. */
export function formatRatio(value: number, baseline: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline <= 0) return "—";
  const r = value / baseline;
  return `${r >= 10 ? r.toFixed(1) : r.toFixed(2)}×`;
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "—";
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

export function formatBytes(n: number): string {
  if (!Number.isFinite(n)) return "—";
  if (n < 1024) return `${n} B`;
  return `${(n / 1024).toFixed(1)} KB`;
}

/** A plain-text table; CJK characters take two columns in a terminal. */
export function textTable(header: string[], rows: string[][]): string {
  const width = (s: string) => Array.from(s).reduce((w, ch) => w + (/[\u2E80-\uFFDC]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: string[]) => cells.map((c, i) => (c ?? "") + " ".repeat(widths[i] - width(c ?? ""))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** Script URLs a page loads on first load (its <script src> tags), in order, without duplicates. */
export function scriptSources(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
    const src = m[1].replace(/&amp;/g, "&");
    if (!out.includes(src)) out.push(src);
  }
  return out;
}

/** Counts lines "[summa:db] …" (lib/db/create-client.ts, SUMMA_DB_QUERY_LOG=1) in a chunk of server output. */
export function countQueryLines(output: string): number {
  let n = 0;
  for (const line of output.split("\n")) if (line.startsWith("[summa:db] ")) n++;
  return n;
}
