// Drafting limits at the domain level, on both engines: caps on sections, plan items and figures; a
// conflicting save leaves the report's last-edited time alone; the report with 100+ numbered sections
// still renders its numbers; negative last-year and target values are refused for count units.
import { beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "./support/test-db";
import { seededDomain } from "./support/domain-db";
import { REPORT_CAPS } from "@/lib/validation/limits";
import { ZUpdateMetricSchema } from "@/lib/validation/report-schemas";
import { sectionNumber } from "@/lib/reports/text/numbering";
import type { ActionContext } from "@/lib/domain/action-context";

describe.each(ENGINES)("drafting hardening on %s", (kind) => {
  const d = seededDomain(kind, async () => ({
    structure: await import("@/lib/reports/section-structure"),
    plans: await import("@/lib/reports/plan-items"),
    metrics: await import("@/lib/reports/metric-register"),
    save: await import("@/lib/reports/save-section"),
  }));
  let ctx: ActionContext;
  let reportId = "";

  beforeAll(async () => {
    if (d.skip) return;
    ctx = await d.ctxOf("wangfang@qingshan.gov.cn");
    reportId = await d.reportOf("qingshan-xcb", 2025);
  });

  it("a conflicting save does not move the report's last-edited time; a saved one does", async (c) => {
    if (d.skip) return c.skip();
    const section = await d.t.db.section.findFirstOrThrow({ where: { reportId, kind: "ACHIEVEMENT" } });
    const before = (await d.t.db.report.findUniqueOrThrow({ where: { id: reportId } })).updatedAt;
    await new Promise((r) => setTimeout(r, 20));
    const conflict = await d.m.save.saveSection({ sectionId: section.id, baseVersion: section.version + 5, heading: "冲突", body: "冲突" }, ctx);
    expect(conflict.status).toBe("conflict");
    expect((await d.t.db.report.findUniqueOrThrow({ where: { id: reportId } })).updatedAt).toEqual(before);
    const saved = await d.m.save.saveSection({ sectionId: section.id, baseVersion: section.version, heading: "新标题", body: "正文" }, ctx);
    expect(saved.status).toBe("saved");
    expect((await d.t.db.report.findUniqueOrThrow({ where: { id: reportId } })).updatedAt.getTime()).toBeGreaterThan(before.getTime());
  });

  it(`caps: sections at ${REPORT_CAPS.sections}, plan items at ${REPORT_CAPS.planItems}, figures at ${REPORT_CAPS.metrics}, refused with a message`, async (c) => {
    if (d.skip) return c.skip();
    const fill = async (n: () => Promise<number>, cap: number, add: () => Promise<unknown>) => {
      for (let i = await n(); i < cap; i++) expect(await d.outcome(add())).toBe("ok");
      return d.outcome(add());
    };
    expect(await fill(() => d.t.db.section.count({ where: { reportId } }), REPORT_CAPS.sections, () => d.m.structure.addSection({ reportId, kind: "ACHIEVEMENT" }, ctx))).toBe("tooManySections");
    expect(await fill(() => d.t.db.planItem.count({ where: { reportId } }), REPORT_CAPS.planItems, () => d.m.plans.addPlanItem({ reportId, text: "计划", targetMetricId: null, ownerId: null }, ctx))).toBe("tooManyPlanItems");
    let k = 0;
    expect(
      await fill(() => d.t.db.metric.count({ where: { reportId } }), REPORT_CAPS.metrics, () =>
        d.m.metrics.addMetric({ reportId, key: `cap_${k++}`, label: "指标", unit: "场", value: 1, previousValue: null, target: null, note: "" }, ctx),
      ),
    ).toBe("tooManyMetrics");
    // More than 99 achievement sections: every number renders (the page used to answer 500 at the 100th).
    const n = await d.t.db.section.count({ where: { reportId, kind: "ACHIEVEMENT" } });
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
