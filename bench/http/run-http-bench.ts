/**
 * `npm run bench -- http`: the production app against a bare Next.js page, side by side, in one run.
 *
 * Builds the app (.next-bench-http) and the bare page (bench/baseline-app, .next-bench) unless a build
 * newer than the sources is there (SUMMA_BENCH_REBUILD=1 forces it), then for each engine — SQLite always,
 * PostgreSQL when DATABASE_URL is a postgres:// URL or the local server answers (a temporary database,
 * dropped afterwards; SUMMA_BENCH_PG=0 leaves it out):
 *  1. a fresh database: migrations, the demo data, a large report (30 sections, 60 figures, 40 comments,
 *     10 versions; bench/support/seed-large-report.ts) and a 50-section report for the autosave writers;
 *  2. one pass with SUMMA_DB_QUERY_LOG=1, one request at a time: the SQL statements each page sends, its
 *     bytes on the wire (gzip, as a browser asks) and decoded, and its first-load JavaScript (gzip);
 *  3. load with autocannon, 10 connections, signed in as 王芳 (the demo drafter): the bare page, then each
 *     page — p50 / p95 / req/s and the server's CPU time per request, and their ratios to the bare page
 *     measured just before (SUMMA_BENCH_WARMUP requests first, default 400, unmeasured);
 *  4. autosave: 50 concurrent writers each saving its own section through the server action over HTTP,
 *     against the same 50 writers calling the domain function saveSection() directly (p95 and errors);
 *  5. PostgreSQL only: the reading view's throughput on one app process vs two processes on one database.
 *
 * Absolute times depend on the machine and on what else runs on it: compare the ratios, which are
 * measured in the same run. SUMMA_BENCH_SECONDS (default 5) is the measured time per page.
 * SUMMA_BENCH_COMPARE_DIST=<dir>: also measure another build of the app (e.g. one of an older commit,
 * kept as .next-bench-before), page by page in the same run, as "before" rows.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, brotliDecompressSync, inflateSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { twoProcessCeiling } from "./machine-ceiling";
import { countQueryLines, formatBytes, formatMs, formatRatio, scriptSources, summarize, textTable, type LatencySummary } from "./stats";

const root = path.resolve(__dirname, "../..");
const APP_DIST = ".next-bench-http";
const BASE_DIR = path.join(root, "bench/baseline-app");
const BASE_DIST = ".next-bench";
const SECONDS = Number(process.env.SUMMA_BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
const WRITERS = 50;
// 400: with 100 the JIT was still warming on the larger pages (their CPU per request kept falling for
// several hundred more requests), which the bare page, smaller, had finished.
const WARMUP_REQUESTS = Number(process.env.SUMMA_BENCH_WARMUP ?? 400);
const WRITER_ROUNDS = Number(process.env.SUMMA_BENCH_WRITER_ROUNDS ?? 6);
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const tsxArgs = ["--conditions=react-server", "--import", "tsx"];
const log = (m: string) => console.error(`[bench:http] ${m}`);

// ---------------------------------------------------------------------------------------------- builds

function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const p of paths) {
    try {
      newest = Math.max(newest, statSync(path.join(root, p)).mtimeMs);
    } catch {
      // deleted file still listed by git
    }
  }
  return newest;
}

function sourcesOf(dirs: string[]): string[] {
  const r = spawnSync("git", ["ls-files", "-co", "--exclude-standard", ...dirs], { cwd: root, encoding: "utf8" });
  return r.stdout.split("\n").filter(Boolean);
}

function build(label: string, dir: string, distDir: string, sources: string[]) {
  const buildId = path.join(dir, distDir, "BUILD_ID");
  if (process.env.SUMMA_BENCH_REBUILD !== "1" && existsSync(buildId) && statSync(buildId).mtimeMs > newestMtime(sources)) {
    log(`${label}: reusing the build in ${path.relative(root, path.join(dir, distDir))}`);
    return;
  }
  log(`${label}: building into ${path.relative(root, path.join(dir, distDir))} …`);
  // next build rewrites tsconfig.json's include list for the dist dir: put it back afterwards.
  const tsconfig = path.join(root, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  const r = spawnSync(process.execPath, [nextBin, "build", dir], {
    cwd: root,
    env: { ...process.env, SUMMA_NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  writeFileSync(tsconfig, before);
  if (r.status !== 0) throw new Error(`${label} build failed:\n${r.stdout}\n${r.stderr}`);
}

// ------------------------------------------------------------------------------------------- databases

interface Engine {
  label: string;
  env: NodeJS.ProcessEnv;
  drop: () => Promise<void>;
}

const pgAdminUrl = () =>
  process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : (process.env.SUMMA_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");

async function pgAnswers(): Promise<boolean> {
  if (process.env.SUMMA_BENCH_PG === "0") return false;
  const c = new pg.Client({ connectionString: pgAdminUrl(), connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123456789",
    // every request of the load comes from 127.0.0.1: no sign-in limit is in play, but keep them wide
    SUMMA_LOGIN_MAX_FAILURES_PER_IP: "100000",
  };
  delete env.DATABASE_URL;
  delete env.SUMMA_DATA_DIR;
  return env;
}

async function sqliteEngine(): Promise<Engine> {
  const dir = mkdtempSync(path.join(tmpdir(), "summa-bench-http-"));
  return { label: "SQLite", env: { ...baseEnv(), SUMMA_DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function postgresEngine(): Promise<Engine> {
  const name = `summa_bench_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgAdminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(pgAdminUrl()!);
  u.pathname = `/${name}`;
  return {
    label: "PostgreSQL",
    env: { ...baseEnv(), DATABASE_URL: u.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: pgAdminUrl() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

interface Seeded {
  demo: string;
  large: string;
  writers: string;
}

function seed(engine: Engine): Seeded {
  const steps: [string, string[]][] = [
    ["migrations", ["lib/db/migrate.mjs"]],
    ["demo data", [path.join(root, "node_modules/tsx/dist/cli.mjs"), "prisma/seed.ts"]],
    ["large report", [...tsxArgs, "bench/support/seed-large-report.ts"]],
  ];
  let out = "";
  for (const [label, args] of steps) {
    const r = spawnSync(process.execPath, args, { cwd: root, env: engine.env, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${engine.label}: ${label} failed:\n${r.stdout}\n${r.stderr}`);
    out = r.stdout;
  }
  const id = (k: string) => {
    const m = new RegExp(`^${k} (\\S+)$`, "m").exec(out);
    if (!m) throw new Error(`seed-large-report printed no ${k}: ${out}`);
    return m[1];
  };
  return { demo: id("demo"), large: id("large"), writers: id("writers") };
}

// --------------------------------------------------------------------------------------------- servers

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

interface Server {
  base: string;
  pid: number;
  output: () => string;
  stop: () => Promise<void>;
}

const children = new Set<ChildProcess>();
process.on("exit", () => {
  for (const c of children) c.kill("SIGKILL");
});

async function startProcess(args: string[], env: NodeJS.ProcessEnv, port: number, probe: string): Promise<Server> {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1" }, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${out}`);
    try {
      const r = await fetch(base + probe);
      if (r.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    pid: child.pid!,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 3000).unref();
      }).then(() => void children.delete(child)),
  };
}

const startApp = async (env: NodeJS.ProcessEnv, extra: Record<string, string> = {}, distDir = APP_DIST) =>
  startProcess([path.join(root, "scripts/server.mjs")], { ...env, ...extra, SUMMA_NEXT_DIST_DIR: distDir }, await freePort(), "/api/health");

interface Variant {
  label: string;
  distDir: string;
}
const COMPARE_DIST = process.env.SUMMA_BENCH_COMPARE_DIST;
const VARIANTS: Variant[] = [...(COMPARE_DIST ? [{ label: "before", distDir: COMPARE_DIST }] : []), { label: "", distDir: APP_DIST }];

const startBaseline = async () => {
  const port = await freePort();
  return startProcess([path.join(BASE_DIR, "server.mjs")], { ...baseEnv(), SUMMA_NEXT_DIST_DIR: BASE_DIST }, port, "/");
};

// ------------------------------------------------------------------------------------------------ HTTP

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as it came over the wire (compressed when the server compressed it). */
  wire: Buffer;
  /** The body decoded. */
  body: Buffer;
}

const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br", "accept-language": "zh-CN,zh;q=0.9", accept: "text/html,*/*" };

function rawGet(url: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { ...BROWSER_HEADERS, ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const wire = Buffer.concat(chunks);
          const enc = res.headers["content-encoding"];
          const body = enc === "gzip" ? gunzipSync(wire) : enc === "br" ? brotliDecompressSync(wire) : enc === "deflate" ? inflateSync(wire) : wire;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, wire, body });
        });
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

/** Signs in through Auth.js's credentials endpoint, as the sign-in form does; returns the Cookie header. */
async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map<string, string>();
  const keep = (r: Response) => {
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const r = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ email, password: "Summa@2025", csrfToken, callbackUrl: `${base}/` }),
  });
  keep(r);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in as ${email} failed: ${r.status}`);
  return cookie();
}

// ------------------------------------------------------------------------------------------------ pages

interface Page {
  name: string;
  path: string;
  /** Sent signed in (the session cookie) or not. */
  signedIn: boolean;
  /** An HTML page (first-load JS is counted) or a download. */
  html: boolean;
}

function pagesFor(ids: Seeded): Page[] {
  return [
    { name: "sign-in page", path: "/login", signedIn: false, html: true },
    { name: "home", path: "/", signedIn: true, html: true },
    { name: "reading view (demo)", path: `/reports/${ids.demo}`, signedIn: true, html: true },
    { name: "reading view (large)", path: `/reports/${ids.large}`, signedIn: true, html: true },
    { name: "editor (demo)", path: `/reports/${ids.demo}/edit`, signedIn: true, html: true },
    { name: "editor (large)", path: `/reports/${ids.large}/edit`, signedIn: true, html: true },
    { name: "print view (large)", path: `/print/reports/${ids.large}`, signedIn: true, html: true },
    { name: ".docx export (large)", path: `/reports/${ids.large}/export/docx`, signedIn: true, html: false },
  ];
}

interface Profile {
  queries: number;
  wire: number;
  decoded: number;
  firstLoadJs: number | null;
  status: number;
}

const jsSizes = new Map<string, number>();

/** One request at a time on a server started with SUMMA_DB_QUERY_LOG=1. */
async function profilePage(server: Server, page: Page, cookie: string): Promise<Profile> {
  const headers: Record<string, string> = page.signedIn ? { cookie } : {};
  const url = server.base + page.path;
  await rawGet(url, headers); // the first request of a route compiles/caches things once
  await new Promise((r) => setTimeout(r, 100));
  // The fewest of three requests: one of them may have had to rebuild what is kept across requests while
  // the database's AuthzVersion stands (the actor, the unit directory) because something moved it in
  // between — a cost of that change, not of the page.
  let queries = Infinity;
  let res!: Awaited<ReturnType<typeof rawGet>>;
  for (let i = 0; i < 3; i++) {
    const before = server.output().length;
    res = await rawGet(url, headers);
    await new Promise((r) => setTimeout(r, 150));
    queries = Math.min(queries, countQueryLines(server.output().slice(before)));
  }
  let firstLoadJs: number | null = null;
  if (page.html) {
    firstLoadJs = 0;
    for (const src of scriptSources(res.body.toString("utf8"))) {
      if (!jsSizes.has(src)) jsSizes.set(src, (await rawGet(new URL(src, server.base).href, { "accept-encoding": "gzip" })).wire.length);
      firstLoadJs += jsSizes.get(src)!;
    }
  }
  return { queries, wire: res.wire.length, decoded: res.body.length, firstLoadJs, status: res.status };
}

interface Load extends LatencySummary {
  errors: number;
  /** CPU time (user + system) the server process spent per completed request: robust to a busy machine. */
  cpuMs?: number;
}

const CLK_TCK = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** A process's CPU time so far (Linux /proc), in ms; NaN elsewhere. */
function cpuTimeMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
    // after the command: state is fields[0], utime is field 14 of the line → index 11, stime → 12
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
  } catch {
    return NaN;
  }
}

/** autocannon at `connections` for `seconds` (after WARMUP_REQUESTS unmeasured requests); latency per response. */
async function load(url: string, cookie: string | null, connections = CONNECTIONS, seconds = SECONDS, warmup = true, pid?: number): Promise<Load> {
  const headers: Record<string, string> = { ...BROWSER_HEADERS, ...(cookie ? { cookie } : {}) };
  // warm-up by count, not time: a slow page must have run often enough for the JIT before it is measured
  if (warmup) await autocannon({ url, connections, amount: WARMUP_REQUESTS, headers });
  const samples: number[] = [];
  let bad = 0;
  const cpu0 = pid ? cpuTimeMs(pid) : NaN;
  const t0 = performance.now();
  const instance = autocannon({ url, connections, duration: seconds, headers });
  instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) samples.push(ms);
    else bad++;
  });
  const result = await instance;
  const elapsed = performance.now() - t0;
  const cpuMs = pid ? (cpuTimeMs(pid) - cpu0) / Math.max(1, samples.length + bad) : undefined;
  return { ...summarize(samples, elapsed), errors: bad + result.errors + result.timeouts, cpuMs };
}

// ----------------------------------------------------------------------------------------- autosave

/** The id of saveSectionAction in this build (the browser's editor sends it in the Next-Action header). */
function saveSectionActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(root, APP_DIST, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName === "saveSectionAction") return id;
  }
  throw new Error("saveSectionAction not found in the server reference manifest");
}

interface WriterResult extends LatencySummary {
  errors: number;
}

async function autosaveOverHttp(server: Server, cookie: string, reportId: string, sections: WriterSection[]): Promise<WriterResult> {
  const actionId = saveSectionActionId();
  const samples: number[] = [];
  let errors = 0;
  // one connection per save: a kept-alive socket that the server closes between two saves would count as
  // a failed save here (the browser would just open another connection)
  const agent = new http.Agent({ keepAlive: false, maxSockets: WRITERS });
  const post = (sectionPath: string, body: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        server.base + sectionPath,
        {
          method: "POST",
          agent,
          headers: {
            cookie,
            "next-action": actionId,
            "content-type": "text/plain;charset=UTF-8",
            accept: "text/x-component",
            origin: server.base,
            "content-length": Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (c) => (text += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  const t0 = performance.now();
  await Promise.all(
    sections.map(async (s, w) => {
      let version = s.version;
      for (let i = 0; i < WRITER_ROUNDS; i++) {
        const body = JSON.stringify([{ sectionId: s.id, baseVersion: version, heading: s.heading, body: `经由HTTP ${w}-${i}-${version}` }]);
        const start = performance.now();
        try {
          const r = await post(`/reports/${encodeURIComponent(reportId)}/edit`, body);
          const ms = performance.now() - start;
          const m = /"status":"saved","version":(\d+)/.exec(r.text);
          if (r.status === 200 && m) {
            samples.push(ms);
            version = Number(m[1]);
          } else {
            errors++;
            if (errors === 1) log(`autosave over HTTP refused: ${r.status} ${r.text.slice(0, 300)}`);
          }
        } catch (e) {
          errors++;
          if (errors === 1) log(`autosave over HTTP failed: ${(e as Error).message}`);
        }
      }
    }),
  );
  agent.destroy();
  return { ...summarize(samples, performance.now() - t0), errors };
}

type WriterSection = { id: string; version: number; heading: string };

/** The same writers calling saveSection() in a process of their own (lib/db binds one engine per process). */
function autosaveDirect(engine: Engine, reportId: string): WriterResult & { sections: WriterSection[] } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...tsxArgs, "bench/support/autosave-direct.ts", reportId, String(WRITERS), String(WRITER_ROUNDS)], {
    cwd: root,
    env: engine.env,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`autosave-direct failed:\n${r.stderr}`);
  const parsed = JSON.parse(r.stdout.trim().split("\n").pop()!) as { samples: number[]; errors: number; sections: WriterSection[] };
  const { samples, errors, sections } = parsed;
  if (errors > 0) log(`autosave direct: ${errors} errors; the first: ${r.stderr.trim().split("\n").slice(0, 3).join(" ")}`);
  return { ...summarize(samples, performance.now() - t0), errors, sections };
}

// ------------------------------------------------------------------------------------------------- main

interface Row {
  engine: string;
  page: string;
  load?: Load;
  baseline?: Load;
  profile?: Profile;
  note?: string;
}

function render(rows: Row[]): string {
  const header = ["engine", "page", "p50", "p95", "req/s", "p50 × bare", "req/s bare ÷ page", "CPU/req", "CPU × bare", "queries", "sent (gzip)", "HTML/body", "first-load JS (gzip)", "errors"];
  return textTable(
    header,
    rows.map((r) => [
      r.engine,
      r.page,
      formatMs(r.load?.p50 ?? NaN),
      formatMs(r.load?.p95 ?? NaN),
      r.load ? r.load.rps.toFixed(0) : "—",
      r.baseline && r.load ? formatRatio(r.load.p50, r.baseline.p50) : r.note ?? "",
      r.baseline && r.load ? formatRatio(r.baseline.rps, r.load.rps) : "",
      formatMs(r.load?.cpuMs ?? NaN),
      r.baseline && r.load ? formatRatio(r.load.cpuMs ?? NaN, r.baseline.cpuMs ?? NaN) : "",
      r.profile ? String(r.profile.queries) : "",
      r.profile ? formatBytes(r.profile.wire) : "",
      r.profile ? formatBytes(r.profile.decoded) : "",
      r.profile?.firstLoadJs != null ? formatBytes(r.profile.firstLoadJs) : "",
      r.load ? String(r.load.errors) : "",
    ]),
  );
}

async function benchEngine(engine: Engine, baseline: Server, rows: Row[], extra: string[]) {
  log(`${engine.label}: seeding …`);
  const ids = seed(engine);
  const pages = pagesFor(ids);

  // SUMMA_BENCH_ONLY=autosave: the autosave writers alone (no page loads)
  const pagesToLoad = process.env.SUMMA_BENCH_ONLY === "autosave" ? [] : pages;
  const profiles = new Map<string, Profile>();
  for (const v of pagesToLoad.length ? VARIANTS : []) {
    log(`${engine.label}${v.label ? ` (${v.label})` : ""}: query count and bytes per page …`);
    const counting = await startApp(engine.env, { SUMMA_DB_QUERY_LOG: "1" }, v.distDir);
    try {
      const cookie = await signIn(counting.base, "wangfang@qingshan.gov.cn");
      for (const p of pagesToLoad) profiles.set(`${v.label}:${p.name}`, await profilePage(counting, p, cookie));
    } finally {
      await counting.stop();
    }
  }

  const servers: Server[] = [];
  try {
    for (const v of VARIANTS) servers.push(await startApp(engine.env, {}, v.distDir));
    const cookies = await Promise.all(servers.map((s) => signIn(s.base, "wangfang@qingshan.gov.cn")));
    for (const p of pagesToLoad) {
      log(`${engine.label}: load on the bare page, then ${p.name} …`);
      const base = await load(baseline.base + "/", null, CONNECTIONS, SECONDS, true, baseline.pid);
      for (const [i, v] of VARIANTS.entries()) {
        const prof = profiles.get(`${v.label}:${p.name}`)!;
        if (prof.status !== 200) throw new Error(`${engine.label} ${v.label} ${p.name}: status ${prof.status}`);
        const l = await load(servers[i].base + p.path, p.signedIn ? cookies[i] : null, CONNECTIONS, SECONDS, true, servers[i].pid);
        rows.push({ engine: engine.label + (v.label ? ` ${v.label}` : ""), page: p.name, load: l, baseline: base, profile: prof });
        log(`  ${v.label || "now"} ${p.name}: p50 ${formatMs(l.p50)} (bare ${formatMs(base.p50)}), ${l.rps.toFixed(0)} req/s, CPU ${formatMs(l.cpuMs ?? NaN)}/req (bare ${formatMs(base.cpuMs ?? NaN)}), ${prof.queries} queries`);
      }
    }
    // only the current build from here on
    for (const s of servers.slice(0, -1)) await s.stop();
    const app = servers[servers.length - 1];
    const cookie = cookies[cookies.length - 1];

    log(`${engine.label}: autosave, ${WRITERS} concurrent writers × ${WRITER_ROUNDS} …`);
    const direct = autosaveDirect(engine, ids.writers);
    const overHttp = await autosaveOverHttp(app, cookie, ids.writers, direct.sections);
    rows.push({ engine: engine.label, page: `autosave: saveSection() direct, ${WRITERS} writers`, load: direct, note: "(baseline)" });
    rows.push({
      engine: engine.label,
      page: `autosave: server action over HTTP, ${WRITERS} writers`,
      load: overHttp,
      note: `p95 ${formatRatio(overHttp.p95, direct.p95)} direct`,
    });
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }

  if (engine.label === "PostgreSQL" && pagesToLoad.length) {
    log(`${engine.label}: one app process vs two …`);
    const a = await startApp(engine.env);
    const b = await startApp(engine.env);
    try {
      const cookie = await signIn(a.base, "wangfang@qingshan.gov.cn");
      const path_ = `/reports/${ids.large}`;
      const one = await load(a.base + path_, cookie);
      const [x, y] = await Promise.all([load(a.base + path_, cookie, CONNECTIONS / 2), load(b.base + path_, cookie, CONNECTIONS / 2)]);
      const two = x.rps + y.rps;
      const ceiling = await twoProcessCeiling();
      extra.push(
        `${engine.label}, reading view (large), ${CONNECTIONS} connections in all: 1 process ${one.rps.toFixed(0)} req/s; ` +
          `2 processes ${two.toFixed(0)} req/s (${(two / one.rps).toFixed(2)}×), errors ${one.errors + x.errors + y.errors}; ` +
          `this machine's ceiling for the same comparison, plain CPU-bound JavaScript with no server, database or load generator: ` +
          `${ceiling.ratio.toFixed(2)}× (bench/http/machine-ceiling.ts)`,
      );
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }
}

export async function runHttpBench(): Promise<void> {
  if (COMPARE_DIST && !existsSync(path.join(root, COMPARE_DIST, "BUILD_ID"))) throw new Error(`SUMMA_BENCH_COMPARE_DIST: no build in ${COMPARE_DIST}`);
  build("app", root, APP_DIST, [...sourcesOf(["app", "lib", "components", "public"]), "next.config.ts", "package-lock.json", "instrumentation.ts"]);
  build("bare page", BASE_DIR, BASE_DIST, sourcesOf(["bench/baseline-app"]));
  const engines: Engine[] = [await sqliteEngine()];
  if (await pgAnswers()) engines.push(await postgresEngine());
  else log(process.env.SUMMA_BENCH_PG === "0" ? "PostgreSQL: left out (SUMMA_BENCH_PG=0) — SQLite only" : "PostgreSQL: no server answers — SQLite only");
  const rows: Row[] = [];
  const extra: string[] = [];
  const baseline = await startBaseline();
  try {
    for (const engine of engines) {
      try {
        await benchEngine(engine, baseline, rows, extra);
      } finally {
        await engine.drop().catch((e) => log(`dropping the ${engine.label} database failed: ${(e as Error).message}`));
      }
    }
  } finally {
    await baseline.stop();
  }
  console.log(`\n${render(rows)}\n`);
  for (const line of extra) console.log(line);
  console.log(
    `\n${CONNECTIONS} connections, ${SECONDS} s per page after ${WARMUP_REQUESTS} warm-up requests; "p50 × bare" and "bare ÷ page" compare with the bare ` +
      `force-dynamic page measured just before each row, in this run; CPU/req: the server process's CPU time per request ` +
      `(less sensitive to other load on the machine than latency). queries: SQL statements of one request. ` +
      `node ${process.version}, ${process.platform}/${process.arch}.`,
  );
  if (rows.some((r) => (r.load?.errors ?? 0) > 0)) process.exitCode = 1;
}
