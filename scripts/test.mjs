// `npm test`: every check, in order, on both database engines.
//   1. schema files and both migration folders match prisma/models.prisma
//   2. TypeScript, 3. unit tests (vitest), 4. production build,
//   5. Playwright in Debian's Chromium against the embedded SQLite database,
//   6. the same against PostgreSQL (a fresh database per run).
// Installs Chromium (and the CJK fonts) with apt when missing and starts PostgreSQL when the machine has
// it but it is stopped. Without PostgreSQL it says loudly that only the embedded half ran; with CI=true
// that is a failure.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ci = process.env.CI === "true" || process.env.CI === "1";
const results = [];
const counts = { passed: 0, failed: 0 };
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
delete baseEnv.DATABASE_URL;
delete baseEnv.AUTH_SECRET;

const banner = (m) => console.log(`\n==== ${m} ====`);
function run(cmd, args, env = {}, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: opts.capture ? "pipe" : "inherit", env: { ...baseEnv, ...env }, encoding: "utf8" });
  return { ok: r.status === 0, status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}
const node = (args, env, opts) => run(process.execPath, args, env, opts);
function step(name, ok) {
  results.push({ name, ok });
  console.log(`${ok ? "PASS" : "FAIL"} ${name}`);
  return ok;
}
const bin = (p) => path.join(root, "node_modules", p);

// --- machine prerequisites -------------------------------------------------------------------------
// What the tests need from Debian: the browser, the CJK fonts it renders Chinese with, LibreOffice and
// poppler for the PDF export, and the free stand-ins for the official fonts (config/fonts/fonts.conf).
// [a file the package installs, the package, install without its Recommends]
const DEBIAN_NEEDS = [
  ["/usr/bin/chromium", "chromium"],
  ["/usr/share/fonts/opentype/noto", "fonts-noto-cjk"],
  ["/usr/bin/soffice", "libreoffice-writer-nogui"],
  ["/usr/bin/pdftotext", "poppler-utils"],
  // FandolFang/FandolKai, the free simplified FangSong and Kai faces of the PDF (config/fonts/fonts.conf).
  // Without Recommends: texlive-lang-cjk recommends latex-cjk-all and the Japanese/Korean TeX packages.
  ["/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf", "texlive-lang-chinese", true],
];
function ensureDebianPackages() {
  const missing = DEBIAN_NEEDS.filter(([p]) => !existsSync(p));
  if (missing.length === 0) return;
  const names = missing.map(([, pkg]) => pkg);
  if (process.getuid?.() !== 0) {
    console.error(`Missing Debian packages; run:  sudo apt-get install --no-install-recommends ${names.join(" ")}`);
    process.exit(1);
  }
  banner(`installing from Debian: ${names.join(" ")}`);
  run("apt-get", ["update", "-qq"], { DEBIAN_FRONTEND: "noninteractive" });
  const withRecommends = missing.filter(([, , lean]) => !lean).map(([, pkg]) => pkg);
  const lean = missing.filter(([, , l]) => l).map(([, pkg]) => pkg);
  for (const [pkgs, extra] of [[withRecommends, []], [lean, ["--no-install-recommends"]]]) {
    if (pkgs.length === 0) continue;
    if (!run("apt-get", ["install", "-y", "-qq", ...extra, ...pkgs], { DEBIAN_FRONTEND: "noninteractive" }).ok) process.exit(1);
  }
}

const pgAdminUrl = process.env.SUMMA_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
function psql(sql, url = pgAdminUrl) {
  return run("psql", [url, "-v", "ON_ERROR_STOP=1", "-qAtc", sql], {}, { capture: true });
}
function ensurePostgres() {
  if (!existsSync("/usr/bin/psql") && !run("which", ["psql"], {}, { capture: true }).ok) return false;
  if (psql("SELECT 1").ok) return true;
  // The machine has PostgreSQL but it is not running: start every cluster it has.
  if (existsSync("/etc/postgresql")) {
    for (const version of readdirSync("/etc/postgresql")) {
      run("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "start"], {}, { capture: true });
    }
    for (let i = 0; i < 20 && !psql("SELECT 1").ok; i++) spawnSync("sleep", ["0.5"]);
  }
  return psql("SELECT 1").ok;
}

// --- steps -----------------------------------------------------------------------------------------
function checkSchemas(pgUrl) {
  banner("schema files and migrations match the models");
  let ok = step("schema files generated from prisma/models.prisma", node(["scripts/prisma-schemas.mjs", "--check"]).ok);
  const diff = (env) =>
    node([bin("prisma/build/index.js"), "migrate", "diff", "--from-migrations", `prisma/${env.kind}/migrations`,
      "--to-schema-datamodel", `prisma/${env.kind}/schema.prisma`, "--exit-code"], env.vars);
  const tmp = mkdtempSync(path.join(tmpdir(), "summa-diff-"));
  ok = step("SQLite migrations match the models", diff({ kind: "sqlite", vars: { SUMMA_DATA_DIR: tmp } }).ok) && ok;
  rmSync(tmp, { recursive: true, force: true });
  if (pgUrl) ok = step("PostgreSQL migrations match the models", diff({ kind: "postgres", vars: { DATABASE_URL: pgUrl } }).ok) && ok;
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function unitTests() {
  banner("unit tests (vitest)");
  const report = path.join(mkdtempSync(path.join(tmpdir(), "summa-vitest-")), "vitest.json");
  const r = node([bin("vitest/vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile=${report}`]);
  const json = readJson(report);
  if (json) {
    counts.passed += json.numPassedTests;
    counts.failed += json.numFailedTests;
  } else if (!r.ok) counts.failed++;
  return step(`unit tests${json ? ` (${json.numPassedTests} passed)` : ""}`, r.ok);
}

function e2e(label, env) {
  banner(`browser tests in Chromium — ${label}`);
  const report = path.join(mkdtempSync(path.join(tmpdir(), "summa-e2e-")), "e2e.json");
  const r = node([bin("@playwright/test/cli.js"), "test"], { ...env, E2E_JSON_REPORT: report });
  const json = readJson(report);
  const stats = json?.stats;
  if (stats) {
    counts.passed += stats.expected;
    counts.failed += stats.unexpected + stats.flaky;
  } else if (!r.ok) counts.failed++;
  return step(`browser tests — ${label}${stats ? ` (${stats.expected} passed)` : ""}`, r.ok && !!stats && stats.unexpected === 0);
}

// --- main ------------------------------------------------------------------------------------------
const started = Date.now();
ensureDebianPackages();
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const havePg = ensurePostgres();
let pgTestDb = null;
let pgUrl = null;
if (havePg) {
  pgTestDb = `summa_test_${Date.now()}_${process.pid}`;
  // A role with CREATEDB (for Prisma's shadow database) and a database of its own per run.
  psql(`DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'summa_test') THEN CREATE ROLE summa_test LOGIN CREATEDB; END IF; END $$;`);
  const created = psql(`CREATE DATABASE "${pgTestDb}" OWNER summa_test`);
  if (!created.ok) {
    console.error(created.stderr);
    process.exit(1);
  }
  const u = new URL(pgAdminUrl);
  pgUrl = `postgresql://summa_test@${u.host}/${pgTestDb}`;
}

try {
  checkSchemas(pgUrl);
  banner("TypeScript");
  step("typecheck", node([bin("typescript/bin/tsc"), "--noEmit", "-p", "."]).ok);
  unitTests();
  banner("production build");
  const built = step("next build", node([bin("next/dist/bin/next"), "build"]).ok);
  if (built) {
    const dataDir = mkdtempSync(path.join(tmpdir(), "summa-e2e-sqlite-"));
    // E2E_PORT moves both runs (PostgreSQL on the next port), so two checkouts can test side by side.
    const port = Number(process.env.E2E_PORT || 3100);
    e2e("embedded SQLite", { SUMMA_DATA_DIR: dataDir, CHROMIUM_PATH: chromium, E2E_PORT: String(port) });
    rmSync(dataDir, { recursive: true, force: true });
    // The PostgreSQL pass runs the spec files last to first (E2E_REVERSE, playwright.config.ts): every run
    // of the suite also proves that no spec leans on one that sorts before it.
    if (pgUrl) e2e("PostgreSQL, spec files in reverse order", { DATABASE_URL: pgUrl, CHROMIUM_PATH: chromium, E2E_PORT: String(port + 1), E2E_REVERSE: "1" });
  }
} finally {
  if (pgTestDb) psql(`DROP DATABASE IF EXISTS "${pgTestDb}" WITH (FORCE)`);
}

banner(`summary (${Math.round((Date.now() - started) / 1000)} s)`);
for (const r of results) console.log(`${r.ok ? "PASS" : "FAIL"} ${r.name}`);
let failed = results.some((r) => !r.ok);
if (!havePg) {
  console.log("\n" + "!".repeat(78));
  console.log("!! PostgreSQL is not available: ONLY THE EMBEDDED (SQLite) HALF OF THE TESTS RAN.");
  console.log("!! Install PostgreSQL (apt-get install postgresql) or set SUMMA_TEST_PG_URL.");
  console.log("!".repeat(78));
  if (ci) {
    console.log("CI=true: a run without PostgreSQL is a failure.");
    failed = true;
  }
}
if (failed && counts.failed === 0) counts.failed = 1; // a failed check that is not a test still fails the run
console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
process.exit(failed ? 1 : 0);
