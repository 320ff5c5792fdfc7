// Template versions on each engine, through the domain functions: a report created before an edit keeps the
// version it started from (its sections and figures), one created after gets the new one; the round records
// the version it opened on; a save on a stale version, an unchanged save and a second template of the same
// name are refused; only an admin edits; each save is audited.
import { beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "./support/test-db";
import { seededDomain } from "./support/domain-db";
import type { ZTemplateDraft } from "@/lib/validation/template-schemas";

const draft: ZTemplateDraft = {
  name: "社区志愿服务总结",
  description: "",
  titlePattern: "{year}年{unit}志愿服务总结",
  sections: [
    { ref: "", kind: "OPENING", heading: "", body: "今年以来，社区志愿服务稳步推进。" },
    { ref: "", kind: "ACHIEVEMENT", heading: "壮大志愿队伍。", body: "新增志愿者X人。" },
  ],
  metrics: [{ key: "volunteers", label: "新增志愿者", unit: "人", aggregation: "", numeratorKey: "", denominatorKey: "" }],
};

describe.each(ENGINES)("template versions on %s", (kind) => {
  // An organisation of its own (no demo data): a street with two communities, an admin and a drafter.
  const d = seededDomain(
    kind,
    async () => ({
      tpl: await import("@/lib/templates/save-template"),
      rounds: await import("@/lib/reports/create-round"),
      reports: await import("@/lib/reports/create-report"),
      figures: await import("@/lib/templates/round-figures"),
    }),
    { seed: false },
  );
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    if (d.skip) return;
    const db = d.t.db;
    ids.jd = (await db.unit.create({ data: { code: "jd", name: "街道", parentId: null } })).id;
    ids.sq = (await db.unit.create({ data: { code: "sq", name: "东湖社区", parentId: ids.jd } })).id;
    ids.sq2 = (await db.unit.create({ data: { code: "sq2", name: "西山社区", parentId: ids.jd } })).id;
    const admin = await db.user.create({ data: { email: "a@x.cn", name: "管理员", passwordHash: "x" } });
    await db.membership.create({ data: { userId: admin.id, unitId: ids.jd, role: "ADMIN" } });
    const staff = await db.user.create({ data: { email: "s@x.cn", name: "起草人", passwordHash: "x" } });
    await db.membership.create({ data: { userId: staff.id, unitId: ids.sq, role: "STAFF" } });
    await db.membership.create({ data: { userId: staff.id, unitId: ids.sq2, role: "STAFF" } });
  });
  const asAdmin = () => d.ctxOf("a@x.cn");
  const asStaff = () => d.ctxOf("s@x.cn");
  const sectionsOf = async (reportId: string) =>
    (await d.t.db.section.findMany({ where: { reportId }, orderBy: { position: "asc" }, select: { heading: true } })).map((s) => s.heading);
  const metricsOf = async (reportId: string) => (await d.t.db.metric.findMany({ where: { reportId }, orderBy: { position: "asc" }, select: { key: true } })).map((m) => m.key);

  it("a report keeps the version it started from; one created after the edit gets the new one", async (c) => {
    if (d.skip) return c.skip();
    const admin = await asAdmin();
    const created = await d.m.tpl.createTemplate({ draft }, admin);
    expect(created.version).toBe(1);
    const round = await d.m.rounds.createRound({ year: 2065, title: "2065", deadline: "2066-01-15", templateId: created.id, unitIds: [ids.sq, ids.sq2] }, admin);
    const v1 = await d.t.db.templateVersion.findUniqueOrThrow({ where: { templateId_number: { templateId: created.id, number: 1 } } });
    expect((await d.t.db.reportingRound.findUniqueOrThrow({ where: { id: round.id } })).templateVersionId).toBe(v1.id);

    const before = await d.m.reports.createReport({ roundId: round.id, unitId: ids.sq, source: "template" }, await asStaff());

    // The edit: a section and a figure added, the existing section's refs kept.
    const current = await d.t.db.templateSection.findMany({ where: { templateId: created.id }, orderBy: { position: "asc" } });
    const edited: ZTemplateDraft = {
      ...draft,
      sections: [...current.map((s) => ({ ref: s.id, kind: s.kind, heading: s.heading, body: s.body })), { ref: "", kind: "PROBLEM", heading: "活动形式较单一。", body: "" }],
      metrics: [...draft.metrics, { key: "hours", label: "服务时长", unit: "小时", aggregation: "", numeratorKey: "", denominatorKey: "" }],
    };
    const saved = await d.m.tpl.saveTemplate({ templateId: created.id, baseVersion: 1, draft: edited }, admin);
    expect(saved.version).toBe(2);
    const v2 = await d.t.db.templateVersion.findUniqueOrThrow({ where: { templateId_number: { templateId: created.id, number: 2 } } });
    expect(JSON.parse(v2.changes)).toEqual([
      { kind: "sectionAdded", heading: "活动形式较单一。" },
      { kind: "figureAdded", key: "hours", label: "服务时长" },
    ]);

    const after = await d.m.reports.createReport({ roundId: round.id, unitId: ids.sq2, source: "template" }, await asStaff());
    const [r1, r2] = await Promise.all([d.t.db.report.findUniqueOrThrow({ where: { id: before.id } }), d.t.db.report.findUniqueOrThrow({ where: { id: after.id } })]);
    expect(r1.templateVersionId).toBe(v1.id);
    expect(r2.templateVersionId).toBe(v2.id);
    expect(r2.title).toBe("2065年西山社区志愿服务总结");
    expect(await sectionsOf(before.id)).not.toContain("活动形式较单一。");
    expect(await sectionsOf(after.id)).toContain("活动形式较单一。");
    expect(await metricsOf(before.id)).toEqual(["volunteers"]);
    expect(await metricsOf(after.id)).toEqual(["volunteers", "hours"]);
    // Version 1's snapshot is as it was: versions are never rewritten.
    expect(JSON.parse(v1.snapshot).metrics.map((m: { key: string }) => m.key)).toEqual(["volunteers"]);
    // The round's roll-up covers the figures of both versions its reports use.
    expect((await d.m.figures.figureDefinitionsForRound(round.id)).map((d) => d.key)).toEqual(["volunteers", "hours"]);

    const events = await d.t.db.auditEvent.findMany({ where: { targetType: "Template", targetId: created.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["template.create", "template.version"]);
  });

  it("refuses a stale or unchanged save, a taken name, and anyone but an admin", async (c) => {
    if (d.skip) return c.skip();
    const admin = await asAdmin();
    const template = await d.t.db.template.findFirstOrThrow({ where: { name: draft.name } });
    const sections = await d.t.db.templateSection.findMany({ where: { templateId: template.id }, orderBy: { position: "asc" } });
    const metrics = await d.t.db.templateMetric.findMany({ where: { templateId: template.id }, orderBy: { position: "asc" } });
    const same: ZTemplateDraft = {
      ...draft,
      sections: sections.map((s) => ({ ref: s.id, kind: s.kind, heading: s.heading, body: s.body })),
      metrics: metrics.map((m) => ({ key: m.key, label: m.label, unit: m.unit, aggregation: "", numeratorKey: "", denominatorKey: "" })),
    };
    await expect(d.m.tpl.saveTemplate({ templateId: template.id, baseVersion: 2, draft: same }, admin)).rejects.toMatchObject({ code: "templates.errors.unchanged" });
    await expect(d.m.tpl.saveTemplate({ templateId: template.id, baseVersion: 1, draft: { ...same, name: "另一个名称" } }, admin)).rejects.toMatchObject({
      code: "templates.errors.staleVersion",
    });
    await expect(d.m.tpl.createTemplate({ draft }, admin)).rejects.toMatchObject({ code: "templates.errors.nameTaken" });
    expect(await d.outcome(d.m.tpl.saveTemplate({ templateId: template.id, baseVersion: 2, draft: { ...same, name: "另一个名称" } }, await asStaff()))).toBe("notFound");
    expect(await d.t.db.templateVersion.count({ where: { templateId: template.id } })).toBe(2);
    expect((await d.t.db.template.findUniqueOrThrow({ where: { id: template.id } })).version).toBe(2);
  });

  it("a template written without the editor gets its version 1 when a round opens on it", async (c) => {
    if (d.skip) return c.skip();
    const raw = await d.t.db.template.create({
      data: { code: "raw", name: "旧模板", titlePattern: "{year}年{unit}总结", sections: { create: [{ kind: "ACHIEVEMENT", position: 0, heading: "一、", body: "" }] } },
    });
    const round = await d.m.rounds.createRound({ year: 2066, title: "2066", deadline: "2067-01-15", templateId: raw.id, unitIds: [ids.sq] }, await asAdmin());
    const v = await d.t.db.templateVersion.findUniqueOrThrow({ where: { templateId_number: { templateId: raw.id, number: 1 } } });
    expect((await d.t.db.reportingRound.findUniqueOrThrow({ where: { id: round.id } })).templateVersionId).toBe(v.id);
    expect(JSON.parse(v.changes)).toEqual([{ kind: "created", sections: 1, figures: 0 }]);
  });
});
