/**
 * A small benchmark harness. Each `bench/*.bench.ts` default-exports a suite (or an array of suites)
 * made with `defineSuite`; `npm run bench` (bench/run.ts) imports them all, runs them and prints one
 * table. Absolute times depend on the machine, so every case that names a `baseline` (another case of
 * the same suite, measured in the same run) is reported as a ratio to it — the figure to compare
 * between machines and over time. Nothing here asserts on time.
 */

export interface BenchCase {
  name: string;
  /** Name of another case in the same suite to report this one against; omitted = this is a baseline. */
  baseline?: string;
  /** The work measured. Its setup belongs in the suite's `setup`, not here. */
  fn: () => unknown;
  /** A reason to skip on this machine (e.g. "no LibreOffice"); printed instead of figures. */
  skip?: string | false;
  /** Untimed runs first (default 1). */
  warmup?: number;
  /** Timed runs: at least minIterations (default 5) and at least minTimeMs (default 500), at most maxIterations (default 10 000). */
  minIterations?: number;
  minTimeMs?: number;
  maxIterations?: number;
  /** Extra information for the table (sizes, page counts), computed after the case ran. */
  note?: () => string | Promise<string>;
}

export interface BenchSuite {
  name: string;
  /** Runs once before the cases (build inputs, check tools). */
  setup?: () => void | Promise<void>;
  teardown?: () => void | Promise<void>;
  cases: BenchCase[];
}

export function defineSuite(suite: BenchSuite): BenchSuite {
  const names = new Set<string>();
  for (const c of suite.cases) {
    if (names.has(c.name)) throw new Error(`bench suite ${suite.name}: duplicate case ${c.name}`);
    names.add(c.name);
  }
  for (const c of suite.cases) {
    if (c.baseline && !names.has(c.baseline)) throw new Error(`bench suite ${suite.name}: case ${c.name} has unknown baseline ${c.baseline}`);
    if (c.baseline === c.name) throw new Error(`bench suite ${suite.name}: case ${c.name} is its own baseline`);
  }
  return suite;
}

export interface CaseResult {
  suite: string;
  name: string;
  baseline?: string;
  iterations: number;
  medianMs: number;
  minMs: number;
  /** medianMs / the baseline's medianMs. */
  ratio?: number;
  skipped?: string;
  error?: string;
  note?: string;
}

async function runOnce(fn: () => unknown): Promise<void> {
  const r = fn();
  // only await real promises: awaiting a plain value would add a microtask to fast synchronous cases
  if (r && typeof (r as PromiseLike<unknown>).then === "function") await r;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export async function measure(c: BenchCase): Promise<{ iterations: number; medianMs: number; minMs: number }> {
  const minIterations = c.minIterations ?? 5;
  const minTimeMs = c.minTimeMs ?? 500;
  const maxIterations = c.maxIterations ?? 10_000;
  for (let i = 0; i < (c.warmup ?? 1); i++) await runOnce(c.fn);
  const times: number[] = [];
  const start = performance.now();
  while (times.length < maxIterations && (times.length < minIterations || performance.now() - start < minTimeMs)) {
    const t0 = performance.now();
    await runOnce(c.fn);
    times.push(performance.now() - t0);
  }
  return { iterations: times.length, medianMs: median(times), minMs: Math.min(...times) };
}

export async function runSuite(suite: BenchSuite, log: (line: string) => void = () => {}): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  await suite.setup?.();
  try {
    for (const c of suite.cases) {
      const base: CaseResult = { suite: suite.name, name: c.name, baseline: c.baseline, iterations: 0, medianMs: NaN, minMs: NaN };
      if (c.skip) {
        results.push({ ...base, skipped: c.skip });
        log(`  ${c.name}: skipped (${c.skip})`);
        continue;
      }
      try {
        const m = await measure(c);
        const note = c.note ? await c.note() : undefined;
        results.push({ ...base, ...m, note });
        log(`  ${c.name}: ${formatMs(m.medianMs)} × ${m.iterations}`);
      } catch (e) {
        results.push({ ...base, error: (e as Error).message ?? String(e) });
        log(`  ${c.name}: FAILED ${(e as Error).message}`);
      }
    }
  } finally {
    await suite.teardown?.();
  }
  for (const r of results) {
    const b = r.baseline ? results.find((x) => x.name === r.baseline) : undefined;
    if (b && Number.isFinite(r.medianMs) && Number.isFinite(b.medianMs) && b.medianMs > 0) r.ratio = r.medianMs / b.medianMs;
  }
  return results;
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "—";
  if (ms < 1) return `${(ms * 1000).toFixed(1)} µs`;
  if (ms < 100) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(0)} ms`;
}

function formatRatio(r: CaseResult): string {
  if (r.skipped || r.error) return "—";
  if (!r.baseline) return "(baseline)";
  if (r.ratio === undefined) return "—";
  return `${r.ratio >= 100 ? r.ratio.toFixed(0) : r.ratio.toFixed(2)}× ${r.baseline}`;
}

/** A plain-text table, one row per case. */
export function formatTable(results: CaseResult[]): string {
  const header = ["suite", "case", "ratio (median / baseline median)", "median", "min", "runs", "note"];
  const rows = results.map((r) => [
    r.suite,
    r.name,
    formatRatio(r),
    formatMs(r.medianMs),
    formatMs(r.minMs),
    r.iterations ? String(r.iterations) : "—",
    r.skipped ? `skipped: ${r.skipped}` : r.error ? `FAILED: ${r.error}` : (r.note ?? ""),
  ]);
  // CJK and full-width characters take two columns in a terminal
  const width = (s: string) => Array.from(s).reduce((w, ch) => w + (/[\u2E80-\uFFDC]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i]))));
  const line = (cells: string[]) => cells.map((c, i) => c + " ".repeat(widths[i] - width(c))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
