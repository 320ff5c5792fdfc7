/**
 * Autosave on the server: one saveSection() — permission and state check, conditional update on the
 * version, audit-chain append, all in one transaction — against a baseline of reading the same section
 * once, on the embedded SQLite database (and on PostgreSQL when SUMMA_BENCH_PG_URL is set).
 * The browser-observed round trip is measured by e2e/drafting.spec.ts ("autosave round trip").
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { defineSuite, type BenchSuite } from "./harness";

function suiteFor(label: string, env: Record<string, string>): BenchSuite {
  let sectionId = "";
  let version = 0;
  let save: (typeof import("@/lib/reports/save-section"))["saveSection"];
  let read: () => Promise<unknown>;
  let ctx: import("@/lib/domain/action-context").ActionContext;
  const samples: number[] = [];
  return defineSuite({
    name: `autosave (${label})`,
    async setup() {
      Object.assign(process.env, env);
      const root = path.resolve(__dirname, "..");
      for (const args of [["lib/db/migrate.mjs"], [path.join(root, "node_modules/tsx/dist/cli.mjs"), "prisma/seed.ts"]]) {
        const r = spawnSync(process.execPath, args, { cwd: root, env: process.env, stdio: "ignore" });
        if (r.status !== 0) throw new Error(`bench setup failed: ${args.join(" ")}`);
      }
      const { db } = await import("@/lib/db");
      const { buildActor } = await import("@/lib/permissions");
      save = (await import("@/lib/reports/save-section")).saveSection;
      const user = await db.user.findUniqueOrThrow({ where: { email: "wangfang@qingshan.gov.cn" }, include: { memberships: true } });
      const units = await db.unit.findMany({ select: { id: true, parentId: true } });
      ctx = { actor: buildActor(user, user.memberships, units), meta: { ip: "127.0.0.1", userAgent: "bench" } };
      const section = await db.section.findFirstOrThrow({ where: { report: { year: 2025, status: "DRAFT", unit: { code: "qingshan-xcb" } }, kind: "ACHIEVEMENT" } });
      sectionId = section.id;
      version = section.version;
      read = () => db.section.findUnique({ where: { id: sectionId } });
    },
    cases: [
      { name: "read section", fn: () => read(), minIterations: 50 },
      {
        name: "saveSection",
        baseline: "read section",
        minIterations: 50,
        fn: async () => {
          const t0 = performance.now();
          const r = await save({ sectionId, baseVersion: version, heading: "抓实理论宣讲，推动政策进社区。", body: `基准测试文本 ${version}` }, ctx);
          samples.push(performance.now() - t0);
          if (r.status !== "saved") throw new Error("unexpected conflict");
          version = r.version;
        },
        note: () => {
          const s = [...samples].sort((a, b) => a - b);
          const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(1);
          return `p50 ${q(0.5)} ms, p95 ${q(0.95)} ms over ${s.length}`;
        },
      },
    ],
  });
}

// lib/db picks its engine once per process, so one engine per bench process: SQLite by default,
// PostgreSQL when SUMMA_BENCH_PG_URL is given (e.g. postgresql://postgres@127.0.0.1/summa_bench).
const pg = process.env.SUMMA_BENCH_PG_URL;
export default pg
  ? suiteFor("PostgreSQL", { DATABASE_URL: pg })
  : suiteFor("SQLite", { SUMMA_DATA_DIR: mkdtempSync(path.join(tmpdir(), "summa-bench-")) });
