// Drafting limits at the domain level, on both engines: caps on sections, plan items and figures; a
// conflicting save leaves the report's last-edited time alone; the report with 100+ numbered sections
// still renders its numbers; negative last-year and target values are refused for count units.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, ENGINES, pgAvailable, useEngine, type TestDb } from "./support/test-db";
import { REPORT_CAPS } from "@/lib/validation/limits";
import { ZUpdateMetricSchema } from "@/lib/validation/report-schemas";
import { sectionNumber } from "@/lib/reports/text/numbering";
import type { Actor } from "@/lib/permissions";

describe.each(ENGINES)("drafting hardening on %s", (kind) => {
  let t: TestDb;
  let skip = false;
  let m: {
    structure: typeof import("@/lib/reports/section-structure");
    plans: typeof import("@/lib/reports/plan-items");
    metrics: typeof import("@/lib/reports/metric-register");
    save: typeof import("@/lib/reports/save-section");
    perms: typeof import("@/lib/permissions");
    errors: typeof import("@/lib/errors");
  };
  let ctx: { actor: Actor; meta: { ip: string; userAgent: string } };
  let reportId = "";

  beforeAll(async () => {
    if (kind === "postgres" && !(await pgAvailable())) {
      skip = true;
      return;
    }
    t = await createTestDb(kind, { seed: true });
    m = await useEngine(t, async () => ({
      structure: await import("@/lib/reports/section-structure"),
      plans: await import("@/lib/reports/plan-items"),
      metrics: await import("@/lib/reports/metric-register"),
      save: await import("@/lib/reports/save-section"),
      perms: await import("@/lib/permissions"),
      errors: await import("@/lib/errors"),
    }));
    const units = await t.db.unit.findMany({ select: { id: true, parentId: true } });
    const u = await t.db.user.findUniqueOrThrow({ where: { email: "wangfang@qingshan.gov.cn" }, include: { memberships: true } });
    ctx = { actor: m.perms.buildActor(u, u.memberships, units), meta: { ip: "127.0.0.1", userAgent: "t" } };
    const unit = await t.db.unit.findUniqueOrThrow({ where: { code: "qingshan-xcb" } });
    reportId = (await t.db.report.findFirstOrThrow({ where: { unitId: unit.id, year: 2025 } })).id;
  }, 120_000);
  afterAll(async () => t?.drop());

  const code = async (p: Promise<unknown>) => {
    try {
      await p;
      return "ok";
    } catch (e) {
      if (e instanceof m.errors.DomainError) return e.code;
      throw e;
    }
  };

  it("a conflicting save does not move the report's last-edited time; a saved one does", async (c) => {
    if (skip) return c.skip();
    const section = await t.db.section.findFirstOrThrow({ where: { reportId, kind: "ACHIEVEMENT" } });
    const before = (await t.db.report.findUniqueOrThrow({ where: { id: reportId } })).updatedAt;
    await new Promise((r) => setTimeout(r, 20));
    const conflict = await m.save.saveSection({ sectionId: section.id, baseVersion: section.version + 5, heading: "冲突", body: "冲突" }, ctx);
    expect(conflict.status).toBe("conflict");
    expect((await t.db.report.findUniqueOrThrow({ where: { id: reportId } })).updatedAt).toEqual(before);
    const saved = await m.save.saveSection({ sectionId: section.id, baseVersion: section.version, heading: "新标题", body: "正文" }, ctx);
    expect(saved.status).toBe("saved");
    expect((await t.db.report.findUniqueOrThrow({ where: { id: reportId } })).updatedAt.getTime()).toBeGreaterThan(before.getTime());
  });

  it(`caps: sections at ${REPORT_CAPS.sections}, plan items at ${REPORT_CAPS.planItems}, figures at ${REPORT_CAPS.metrics}, refused with a message`, async (c) => {
    if (skip) return c.skip();
    const fill = async (n: () => Promise<number>, cap: number, add: () => Promise<unknown>) => {
      for (let i = await n(); i < cap; i++) expect(await code(add())).toBe("ok");
      return code(add());
    };
    expect(await fill(() => t.db.section.count({ where: { reportId } }), REPORT_CAPS.sections, () => m.structure.addSection({ reportId, kind: "ACHIEVEMENT" }, ctx))).toBe("tooManySections");
    expect(await fill(() => t.db.planItem.count({ where: { reportId } }), REPORT_CAPS.planItems, () => m.plans.addPlanItem({ reportId, text: "计划", targetMetricId: null, ownerId: null }, ctx))).toBe("tooManyPlanItems");
    let k = 0;
    expect(
      await fill(() => t.db.metric.count({ where: { reportId } }), REPORT_CAPS.metrics, () =>
        m.metrics.addMetric({ reportId, key: `cap_${k++}`, label: "指标", unit: "场", value: 1, previousValue: null, target: null, note: "" }, ctx),
      ),
    ).toBe("tooManyMetrics");
    // More than 99 achievement sections: every number renders (the page used to answer 500 at the 100th).
    const n = await t.db.section.count({ where: { reportId, kind: "ACHIEVEMENT" } });
    expect(n).toBeGreaterThan(99);
    expect(Array.from({ length: n }, (_, i) => sectionNumber(2, i + 1)).at(99)).toBe("（一百）");
  }, 120_000);

  it("negative last-year and target values are refused for count units, allowed for percentages", () => {
    const base = { metricId: "m1", baseVersion: 1, label: "场次", unit: "场", value: "3", previousValue: "", target: "", note: "" };
    expect(ZUpdateMetricSchema.safeParse({ ...base, previousValue: "-1" }).error?.issues[0]).toMatchObject({ message: "metricNegative", path: ["previousValue"] });
    expect(ZUpdateMetricSchema.safeParse({ ...base, target: "-5" }).error?.issues[0]).toMatchObject({ message: "metricNegative", path: ["target"] });
    expect(ZUpdateMetricSchema.safeParse({ ...base, unit: "%", previousValue: "-1", target: "-5" }).success).toBe(true);
  });
});
