// Property-based fuzz (fast-check) over every server action's input, on both engines, through the real
// action wrappers (zod parse → actor → domain → transaction): whatever arrives — wrong types, lone
// surrogates, NUL, numbers past int4, impossible dates, huge strings, ids that exist and ids that do not —
// an action never throws (a throw is a 500) and, when it refuses, nothing is stored (row counts, versions,
// revisions and the audit trail are unchanged).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb, ENGINES, pgAvailable, useEngine, type TestDb } from "./support/test-db";
import type { Actor } from "@/lib/permissions";

const state: { actor: Actor | null } = { actor: null };
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => state.actor, requireActor: async () => state.actor }));
vi.mock("@/lib/auth/request-meta", () => ({ requestMeta: async () => ({ ip: "127.0.0.1", userAgent: "fuzz" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const RUNS = Number(process.env.SUMMA_FUZZ_RUNS ?? 40);

async function load() {
  return {
    perms: await import("@/lib/permissions"),
    editor: await import("@/lib/actions/editor-actions"),
    round: await import("@/lib/actions/create-round"),
    decide: await import("@/lib/actions/decide-report"),
    users: await import("@/lib/actions/manage-users"),
    reopen: await import("@/lib/actions/reopen-report"),
    comments: await import("@/lib/actions/report-comments"),
    submit: await import("@/lib/actions/submit-report"),
    withdraw: await import("@/lib/actions/withdraw-report"),
    rollup: await import("@/lib/actions/rollup-actions"),
    templates: await import("@/lib/actions/template-actions"),
  };
}

const NASTY = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDFFFy",
  "\uDBFF\uDBFF",
  "😀",
  "2025-13-45",
  "0000-00-00",
  "2082-02-30",
  "2025-12-31",
  "-1",
  "1e400",
  "NaN",
  "（一）标题",
  "{{m:nope}}",
  "<script>alert(1)</script>",
  "'; DROP TABLE \"Report\"; --",
  "%E0%A4%A",
  "x".repeat(70_000),
];

describe.each(ENGINES)("server action fuzz on %s", (kind) => {
  let t: TestDb;
  let m: Awaited<ReturnType<typeof load>>;
  let skip = false;
  const actors: Actor[] = [];
  const ids: Record<string, string[]> = {};

  beforeAll(async () => {
    if (kind === "postgres" && !(await pgAvailable())) {
      skip = true;
      return;
    }
    t = await createTestDb(kind, { seed: true });
    m = await useEngine(t, load);
    const units = await t.db.unit.findMany({ select: { id: true, parentId: true } });
    for (const email of ["wangfang@qingshan.gov.cn", "liqiang@qingshan.gov.cn", "admin@qingshan.gov.cn", "hejun@hongqi.gov.cn"]) {
      const u = await t.db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
      actors.push(m.perms.buildActor(u, u.memberships, units));
    }
    const pluck = async (rows: Promise<{ id: string }[]>) => (await rows).map((r) => r.id);
    ids.report = await pluck(t.db.report.findMany({ select: { id: true } }));
    ids.section = await pluck(t.db.section.findMany({ select: { id: true }, take: 8 }));
    ids.metric = await pluck(t.db.metric.findMany({ select: { id: true }, take: 8 }));
    ids.planItem = await pluck(t.db.planItem.findMany({ select: { id: true }, take: 8 }));
    ids.planReview = await pluck(t.db.planReview.findMany({ select: { id: true }, take: 4 }));
    ids.user = await pluck(t.db.user.findMany({ select: { id: true } }));
    ids.unit = units.map((u) => u.id);
    ids.template = await pluck(t.db.template.findMany({ select: { id: true } }));
    ids.membership = await pluck(t.db.membership.findMany({ select: { id: true }, take: 4 }));
    ids.templateMetric = await pluck(t.db.templateMetric.findMany({ select: { id: true }, take: 4 }));
    ids.comment = ["nope"];
  }, 120_000);
  afterAll(async () => t?.drop());

  const junk = fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: "binary", maxLength: 40 }), fc.anything({ maxDepth: 1 }));
  const idOf = (kindOfId: string) =>
    fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...(ids[kindOfId]?.length ? ids[kindOfId] : ["x"])) }, { weight: 1, arbitrary: junk }, { weight: 1, arbitrary: fc.constant(null) });
  const int = fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 0, max: 3 }) },
    { weight: 2, arbitrary: fc.constantFrom(2 ** 31, 2 ** 31 - 1, 2 ** 53, -1, 1.5, Number.NaN, Infinity, -0) },
    { weight: 1, arbitrary: junk },
  );
  const str = fc.oneof({ weight: 8, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) }, { weight: 3, arbitrary: fc.constantFrom(...NASTY) }, { weight: 1, arbitrary: junk });
  const oneOf = (...values: unknown[]) => fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: junk });
  const num = fc.oneof({ weight: 8, arbitrary: fc.constantFrom("12", "-3", "0", "1.5", "1e99", "abc", "", "100", "-101", "12,000") }, { weight: 1, arbitrary: junk });
  const fields = {
    metric: { label: str, unit: oneOf("场", "%", "人次", ""), value: num, previousValue: num, target: num, note: str },
  };

  type Arbs = Record<string, fc.Arbitrary<unknown>>;
  const ACTIONS: { name: string; actor: number; fields: Arbs; run: (input: never) => Promise<unknown> }[] = [];
  const add = (name: string, actor: number, f: Arbs, run: (input: never) => Promise<unknown>) => ACTIONS.push({ name, actor, fields: f, run });

  // Registered lazily, once the modules and ids are loaded.
  function register() {
    if (ACTIONS.length) return;
    const e = m.editor;
    add("saveSection", 0, { sectionId: idOf("section"), baseVersion: int, heading: str, body: str }, e.saveSectionAction);
    add("addSection", 0, { reportId: idOf("report"), kind: oneOf("OPENING", "ACHIEVEMENT", "PROBLEM", "PLAN", "CLOSING") }, e.addSectionAction);
    add("deleteSection", 0, { sectionId: idOf("section") }, e.deleteSectionAction);
    add("moveSection", 0, { sectionId: idOf("section"), direction: oneOf("up", "down") }, e.moveSectionAction);
    add("assignSectionOwner", 0, { sectionId: idOf("section"), ownerId: idOf("user") }, e.assignSectionOwnerAction);
    add("addMetric", 0, { reportId: idOf("report"), key: oneOf("new_metric", "Bad Key", "a".repeat(50)), ...fields.metric }, e.addMetricAction);
    add("updateMetric", 0, { metricId: idOf("metric"), baseVersion: int, ...fields.metric }, e.updateMetricAction);
    add("deleteMetric", 0, { metricId: idOf("metric") }, e.deleteMetricAction);
    add("addPlanItem", 0, { reportId: idOf("report"), text: str, targetMetricId: idOf("metric"), ownerId: idOf("user") }, e.addPlanItemAction);
    add("updatePlanItem", 0, { planItemId: idOf("planItem"), baseVersion: int, text: str, targetMetricId: idOf("metric"), ownerId: idOf("user") }, e.updatePlanItemAction);
    add("deletePlanItem", 0, { planItemId: idOf("planItem") }, e.deletePlanItemAction);
    add("movePlanItem", 0, { planItemId: idOf("planItem"), direction: oneOf("up", "down") }, e.movePlanItemAction);
    add("setProblemLinks", 0, { sectionId: idOf("section"), planItemIds: fc.oneof(fc.array(idOf("planItem"), { maxLength: 4 }), junk) }, e.setProblemLinksAction);
    add("savePlanReview", 0, { planReviewId: idOf("planReview"), baseVersion: int, verdict: oneOf("DONE", "PARTLY", "NOT_DONE", null), evidence: str }, e.savePlanReviewAction);
    add("createRound", 2, { year: fc.oneof(fc.constantFrom(2030, 2031, "2032", 1999, 2101, 2 ** 31), junk), title: str, deadline: oneOf("2030-12-31", "2025-13-45", "0000-00-00", "2082-02-30"), templateId: idOf("template"), unitIds: fc.oneof(fc.array(idOf("unit"), { maxLength: 3 }), junk) }, m.round.createRoundAction);
    add("decide", 1, { reportId: idOf("report"), revision: int, decision: oneOf("approve", "return"), text: str }, m.decide.decideReportAction);
    add("setUserDisabled", 2, { userId: idOf("user"), disabled: oneOf(true, false) }, m.users.setUserDisabledAction);
    add("addMembership", 2, { userId: idOf("user"), unitId: idOf("unit"), role: oneOf("STAFF", "LEADER", "ADMIN") }, m.users.addMembershipAction);
    add("removeMembership", 2, { membershipId: idOf("membership") }, m.users.removeMembershipAction);
    add("createUser", 2, { email: oneOf("fuzz@x.cn", "bad", "a\u0000@x.cn"), name: str, password: oneOf("Long-enough-1", "short", "\uD800".repeat(12)), unitId: idOf("unit"), role: oneOf("STAFF", "LEADER") }, m.users.createUserAction);
    add("reopen", 2, { reportId: idOf("report"), revision: int, reason: str }, m.reopen.reopenReportAction);
    add("addComment", 1, { reportId: idOf("report"), sectionId: idOf("section"), parentId: idOf("comment"), body: str, quote: fc.oneof(str, fc.constant(null)), quoteStart: fc.oneof(int, fc.constant(null)) }, m.comments.addCommentAction);
    add("setCommentStatus", 1, { commentId: idOf("comment"), status: oneOf("OPEN", "RESOLVED") }, m.comments.setCommentStatusAction);
    add("submit", 0, { reportId: idOf("report") }, m.submit.submitReportAction);
    add("withdraw", 0, { reportId: idOf("report"), revision: int }, m.withdraw.withdrawReportAction);
    add("pullPassage", 0, { reportId: idOf("report"), sectionId: idOf("section"), sourceReportId: idOf("report"), sourceVersion: int, sourceSectionIndex: int, paragraph: int }, m.rollup.pullPassageAction);
    add("setFigureRule", 2, { metricId: idOf("templateMetric"), aggregation: oneOf("", "SUM", "MEAN", "RATIO", "GROWTH", "NONE", "BOGUS"), numeratorKey: oneOf("volunteers", "lectures", null, "Bad Key"), denominatorKey: oneOf("lectures", "volunteers", null) }, m.rollup.setFigureRuleAction);
    const templateDraft = fc.record({
      name: str,
      description: oneOf("", "说明"),
      titlePattern: oneOf("{year}年{unit}工作总结", "工作总结", "{year}{bogus}"),
      sections: fc.oneof(
        fc.array(fc.record({ ref: oneOf("", "x"), kind: oneOf("OPENING", "ACHIEVEMENT", "PLAN", "BOGUS"), heading: str, body: str }), { maxLength: 3 }),
        junk,
      ),
      metrics: fc.oneof(
        fc.array(fc.record({ key: oneOf("lectures", "Bad Key", "x"), label: str, unit: oneOf("场", ""), aggregation: oneOf("", "SUM", "RATIO", "BOGUS"), numeratorKey: oneOf("", "lectures"), denominatorKey: oneOf("", "x") }), { maxLength: 3 }),
        junk,
      ),
    });
    add("createTemplate", 2, { draft: templateDraft }, m.templates.createTemplateAction);
    add("saveTemplate", 2, { templateId: idOf("template"), baseVersion: int, draft: templateDraft }, m.templates.saveTemplateAction);
    add("takeFigure", 0, { reportId: idOf("report"), key: oneOf("lectures", "volunteer_growth", "Bad Key", "nope") }, m.rollup.takeFigureAction);
  }

  async function fingerprint() {
    const d = t.db;
    const [sections, metrics, plans, reviews, comments, users, memberships, rounds, steps, audit, reports, versions] = await Promise.all([
      d.section.findMany({ select: { id: true, version: true, position: true, ownerId: true } }),
      d.metric.findMany({ select: { id: true, version: true } }),
      d.planItem.findMany({ select: { id: true, version: true, position: true } }),
      d.planReview.findMany({ select: { id: true, version: true } }),
      d.comment.count(),
      d.user.findMany({ select: { id: true, disabled: true } }),
      d.membership.count(),
      d.reportingRound.count(),
      d.approvalStep.count(),
      d.auditEvent.count(),
      d.report.findMany({ select: { id: true, status: true, revision: true, updatedAt: true } }),
      d.reportVersion.count(),
    ]);
    return JSON.stringify({ sections, metrics, plans, reviews, comments, users, memberships, rounds, steps, audit, reports, versions });
  }

  it("no action throws, whatever the input; a refused one stores nothing", async (c) => {
    if (skip) return c.skip();
    register();
    const stats = { calls: 0, refused: 0, accepted: 0 };
    const reasons = new Map<string, number>();
    for (const action of ACTIONS) {
      const input = fc.oneof({ weight: 12, arbitrary: fc.record(action.fields) }, { weight: 1, arbitrary: fc.anything() }, { weight: 1, arbitrary: fc.record(action.fields, { requiredKeys: [] }) });
      const actor = fc.oneof({ weight: 3, arbitrary: fc.constant(action.actor) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: actors.length - 1 }) });
      await fc.assert(
        fc.asyncProperty(input, actor, async (raw, who) => {
          state.actor = actors[who];
          const before = await fingerprint();
          let result: { ok: boolean; error?: string };
          try {
            result = (await action.run(raw as never)) as { ok: boolean; error?: string };
          } catch (e) {
            throw new Error(`${action.name} threw (a 500) on ${JSON.stringify(raw)?.slice(0, 300)}: ${(e as Error).message}`);
          }
          stats.calls++;
          expect(typeof result.ok).toBe("boolean");
          if (!result.ok) {
            stats.refused++;
            reasons.set(result.error!, (reasons.get(result.error!) ?? 0) + 1);
            expect(result.error).toMatch(/^[a-zA-Z]+\.[a-zA-Z.]+$/);
            expect(await fingerprint(), `${action.name} refused (${result.error}) but stored something`).toBe(before);
          } else stats.accepted++;
        }),
        { numRuns: RUNS, seed: Number(process.env.SUMMA_FUZZ_SEED ?? 20261202), endOnFailure: true },
      );
    }
    console.log(`[${kind}] fuzz: ${ACTIONS.length} actions, ${stats.calls} calls, ${stats.refused} refused (nothing stored), ${stats.accepted} accepted, 0 throws`);
    console.log(`[${kind}] refusals: ${[...reasons].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ")}`);
  }, 600_000);
});
