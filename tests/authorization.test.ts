// The permission table's policy, enforced by the domain functions themselves, on both engines:
// every action × role (and relationship: own unit, other unit of the tree, parent unit, other tree, no
// role) × report status. For each cell the expected outcome follows from lib/permissions:
//   may do the action on the report's unit            → passes the permission check (then the state rules:
//                                                      drafting outside DRAFT is "locked")
//   may only see the unit (report.view / admin.view)  → ForbiddenError
//   may not see it at all                            → NotFoundError, exactly like a report that does not exist
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, ENGINES, pgAvailable, useEngine, type TestDb } from "./support/test-db";
import type { Action, Actor } from "@/lib/permissions";

type Outcome = "passes" | "rule" | "locked" | "forbidden" | "notFound";

const ACTORS = {
  "STAFF own unit": "wangfang@qingshan.gov.cn",
  "STAFF co-drafter": "zhouli@qingshan.gov.cn",
  "STAFF other unit": "chenjing@qingshan.gov.cn",
  "LEADER own unit": "liqiang@qingshan.gov.cn",
  "LEADER parent unit": "zhaomin@qingshan.gov.cn",
  "LEADER other tree": "hejun@hongqi.gov.cn",
  "STAFF+LEADER other tree": "xuming@hongqi.gov.cn",
  "ADMIN of the tree": "admin@qingshan.gov.cn",
  "no role": "norole@qingshan.gov.cn",
} as const;
const STATUSES = ["DRAFT", "IN_REVIEW", "APPROVED"] as const;

async function load() {
  return {
    perms: await import("@/lib/permissions"),
    errors: await import("@/lib/errors"),
    getReport: (await import("@/lib/reports/get-report")).getReport,
    getEditorData: (await import("@/lib/reports/get-editor-data")).getEditorData,
    saveSection: (await import("@/lib/reports/save-section")).saveSection,
    structure: await import("@/lib/reports/section-structure"),
    metrics: await import("@/lib/reports/metric-register"),
    plans: await import("@/lib/reports/plan-items"),
    submitReport: (await import("@/lib/workflow/submit-report")).submitReport,
    withdrawReport: (await import("@/lib/workflow/withdraw-report")).withdrawReport,
    decideReport: (await import("@/lib/workflow/decide-report")).decideReport,
    reopenReport: (await import("@/lib/workflow/reopen-report")).reopenReport,
    addComment: (await import("@/lib/comments/comment-ops")).addComment,
    chains: await import("@/lib/workflow/approval-chains"),
    getReportRollup: (await import("@/lib/rollup/get-report-rollup")).getReportRollup,
  };
}
type Mods = Awaited<ReturnType<typeof load>>;
interface Fixture {
  reportId: string;
  unitId: string;
  sectionId: string;
  sectionVersion: number;
  revision: number;
}

/** Each cell: the permission it needs, whether it is drafting (DRAFT only), and how to call it. */
const CELLS: { name: string; perm: Action; drafting?: boolean; scope?: "unit"; run: (m: Mods, actor: Actor, f: Fixture) => Promise<unknown> }[] = [
  { name: "read the report", perm: "report.view", run: (m, a, f) => m.getReport(a, f.reportId) },
  { name: "open the editor data", perm: "report.view", run: (m, a, f) => m.getEditorData(a, f.reportId) },
  { name: "export", perm: "report.export", run: (m, a, f) => m.getReport(a, f.reportId, "report.export") },
  { name: "read the roll-up (汇总)", perm: "report.rollup", run: (m, a, f) => m.getReportRollup(a, f.reportId) },
  {
    name: "save a section",
    perm: "report.edit",
    drafting: true,
    run: async (m, a, f) => m.saveSection({ sectionId: f.sectionId, baseVersion: f.sectionVersion, heading: "标题", body: "正文" }, ctx(a)),
  },
  { name: "add a section", perm: "report.edit", drafting: true, run: (m, a, f) => m.structure.addSection({ reportId: f.reportId, kind: "ACHIEVEMENT" }, ctx(a)) },
  {
    name: "add a figure",
    perm: "report.edit",
    drafting: true,
    run: (m, a, f) =>
      m.metrics.addMetric({ reportId: f.reportId, key: `k${Math.random().toString(36).slice(2, 9)}`, label: "指标", unit: "场", value: 1, previousValue: null, target: null, note: "" }, ctx(a)),
  },
  { name: "add a plan item", perm: "report.edit", drafting: true, run: (m, a, f) => m.plans.addPlanItem({ reportId: f.reportId, text: "计划", targetMetricId: null, ownerId: null }, ctx(a)) },
  { name: "submit", perm: "report.submit", run: (m, a, f) => m.submitReport({ reportId: f.reportId }, ctx(a)) },
  { name: "withdraw", perm: "report.submit", run: (m, a, f) => m.withdrawReport({ reportId: f.reportId, revision: f.revision }, ctx(a)) },
  { name: "approve", perm: "report.review", run: (m, a, f) => m.decideReport({ reportId: f.reportId, revision: f.revision, decision: "approve", text: "" }, ctx(a)) },
  { name: "reopen", perm: "report.reopen", run: (m, a, f) => m.reopenReport({ reportId: f.reportId, revision: f.revision, reason: "重新修改" }, ctx(a)) },
  { name: "comment", perm: "report.comment", run: (m, a, f) => m.addComment({ reportId: f.reportId, sectionId: null, parentId: null, body: "意见", quote: null, quoteStart: null }, ctx(a)) },
  { name: "open the unit's approval chain", perm: "admin.chains", scope: "unit", run: (m, a, f) => m.chains.getChainEditor(a, f.unitId) },
];
const ctx = (actor: Actor) => ({ actor, meta: { ip: "127.0.0.1", userAgent: "authorization-test" } });

describe.each(ENGINES)("authorization table on %s", (kind) => {
  let t: TestDb;
  let m: Mods;
  let skip = false;
  const actors = new Map<string, Actor>();
  let reportId = "";
  let unitId = "";

  beforeAll(async () => {
    if (kind === "postgres" && !(await pgAvailable())) {
      skip = true;
      return;
    }
    t = await createTestDb(kind, { seed: true });
    m = await useEngine(t, load);
    await t.db.user.create({ data: { email: ACTORS["no role"], name: "无角色", passwordHash: "x" } });
    const units = await t.db.unit.findMany({ select: { id: true, parentId: true } });
    for (const [label, email] of Object.entries(ACTORS)) {
      const u = await t.db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
      actors.set(label, m.perms.buildActor(u, u.memberships, units));
    }
    const xcb = await t.db.unit.findUniqueOrThrow({ where: { code: "qingshan-xcb" } });
    unitId = xcb.id;
    reportId = (await t.db.report.findFirstOrThrow({ where: { unitId, year: 2025 } })).id;
  }, 120_000);
  afterAll(async () => t?.drop());

  function classify(e: unknown): Outcome {
    if (e instanceof m.perms.NotFoundError) return "notFound";
    if (e instanceof m.perms.ForbiddenError) return "forbidden";
    if (e instanceof m.errors.ReportLockedError) return "locked";
    if (e instanceof m.errors.DomainError) return "rule";
    throw e; // anything else is a bug (it would be a 500)
  }

  function expected(actor: Actor, cell: (typeof CELLS)[number], status: string): Outcome[] {
    const { can } = m.perms;
    if (can(actor, cell.perm, unitId)) return cell.drafting ? (status === "DRAFT" ? ["passes"] : ["locked"]) : ["passes", "rule"];
    if (can(actor, "report.view", unitId) || can(actor, "admin.view", unitId)) return ["forbidden"];
    return ["notFound"];
  }

  it("every cell gives the outcome the permission table says", async (c) => {
    if (skip) return c.skip();
    const table: string[] = [];
    let cells = 0;
    const mismatches: string[] = [];
    for (const status of STATUSES) {
      for (const cell of CELLS) {
        for (const [label, actor] of actors) {
          // The report is put in the status before each cell (a cell that passes may change it).
          const r = await t.db.report.update({ where: { id: reportId }, data: { status }, select: { revision: true } });
          const section = await t.db.section.findFirstOrThrow({ where: { reportId, kind: "ACHIEVEMENT" }, orderBy: { position: "asc" } });
          const f: Fixture = { reportId, unitId, sectionId: section.id, sectionVersion: section.version, revision: r.revision };
          let got: Outcome;
          try {
            await cell.run(m, actor, f);
            got = "passes";
          } catch (e) {
            got = classify(e);
          }
          cells++;
          const want = expected(actor, cell, status);
          table.push(`${status.padEnd(9)} ${cell.name.padEnd(32)} ${label.padEnd(24)} ${got}`);
          if (!want.includes(got)) mismatches.push(`${status} / ${cell.name} / ${label}: got ${got}, want ${want.join("|")}`);
        }
      }
    }
    await t.db.report.update({ where: { id: reportId }, data: { status: "DRAFT" } });
    console.log(`[${kind}] ${cells} authorization cells, ${cells - mismatches.length} as the table says`);
    expect(mismatches).toEqual([]);
    // The denials really happened: the table is not trivially "passes" everywhere.
    expect(table.filter((l) => l.endsWith("notFound")).length).toBeGreaterThan(50);
    expect(table.filter((l) => l.endsWith("forbidden")).length).toBeGreaterThan(30);
    expect(table.filter((l) => l.endsWith("passes")).length).toBeGreaterThan(20);
  }, 300_000);
});
