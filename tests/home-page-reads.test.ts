// The home page's drafter lists — owed reports and reports with open comments — take their reports from
// the drafter's own list (listMyReports, read once per request) instead of reading reports again. That is
// only right while report.create and report.edit reach the same units, and while the lists come out as
// they did when each read its own reports: both are held here, on both engines.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, ENGINES, pgAvailable, useEngine, type TestDb } from "./support/test-db";
import { seedLargeReport } from "@/bench/support/seed-large-report";
import { ROLE_ACTIONS } from "@/lib/permissions/actions";
import type { Actor } from "@/lib/permissions";

it("every role that may start a report may also edit it (the owed list reads the drafter's reports)", () => {
  for (const [role, actions] of Object.entries(ROLE_ACTIONS)) {
    if (actions.includes("report.create")) expect(actions, role).toContain("report.edit");
  }
});

describe.each(ENGINES)("home page lists on %s", (kind) => {
  let t: TestDb;
  let skip = false;
  let drafter: Actor;
  let m: {
    owed: typeof import("@/lib/reports/list-owed-reports");
    lists: typeof import("@/lib/reports/list-reports");
    comments: typeof import("@/lib/comments/list-comments");
    perms: typeof import("@/lib/permissions");
  };

  beforeAll(async () => {
    if (kind === "postgres" && !(await pgAvailable())) {
      skip = true;
      return;
    }
    t = await createTestDb(kind, { seed: true });
    await seedLargeReport(t.db);
    m = await useEngine(t, async () => ({
      owed: await import("@/lib/reports/list-owed-reports"),
      lists: await import("@/lib/reports/list-reports"),
      comments: await import("@/lib/comments/list-comments"),
      perms: await import("@/lib/permissions"),
    }));
    const units = await t.db.unit.findMany({ select: { id: true, parentId: true } });
    const u = await t.db.user.findUniqueOrThrow({ where: { email: "wangfang@qingshan.gov.cn" }, include: { memberships: true } });
    drafter = m.perms.buildActor(u, u.memberships, units);
  }, 180_000);
  afterAll(async () => t?.drop());

  it("owed reports: open rounds of the drafter's units without a report, and whether last year's exists", async (c) => {
    if (skip) return c.skip();
    const unitId = m.perms.unitIdsFor(drafter, "report.create")[0]!;
    const { templateId } = await t.db.reportingRound.findFirstOrThrow({ select: { templateId: true } });
    const round = (year: number, unitIds: string[]) =>
      t.db.reportingRound.create({
        data: { year, title: `${year}年度工作总结`, deadline: new Date(`${year + 1}-01-20T00:00:00Z`), templateId, units: { create: unitIds.map((u) => ({ unitId: u })) } },
      });
    const report = (year: number, roundId: string) =>
      t.db.report.create({ data: { unitId, year, title: `${year}年工作总结`, roundId, templateId, planTitle: "2026年工作计划", createdById: drafter.id } });
    // Two open rounds for the drafter's unit: one with last year's report there, one without.
    const withPrevious = await round(2051, [unitId]);
    const without = await round(2061, [unitId]);
    // last year's report of the first (in a round of its own that owes nothing)
    await report(2050, (await round(2050, [])).id);
    const owed = await m.owed.listOwedReports(drafter);
    const mine = owed.filter((o) => o.roundId === withPrevious.id || o.roundId === without.id);
    expect(mine.map((o) => [o.roundId, o.hasPrevious])).toEqual([
      [withPrevious.id, true],
      [without.id, false],
    ]);
    // Once started, a round's report is no longer owed.
    await report(2061, without.id);
    expect((await m.owed.listOwedReports(drafter)).map((o) => o.roundId)).not.toContain(without.id);
  });

  it("open comments: each report of the drafter's with open threads, its count, newest first", async (c) => {
    if (skip) return c.skip();
    const units = m.perms.unitIdsFor(drafter, "report.edit");
    const expected = await t.db.report.findMany({
      where: { unitId: { in: units }, status: { not: "APPROVED" }, comments: { some: { parentId: null, status: "OPEN" } } },
      select: { id: true, _count: { select: { comments: { where: { parentId: null, status: "OPEN" } } } } },
      orderBy: { updatedAt: "desc" },
    });
    expect(expected.length).toBeGreaterThan(0);
    const rows = await m.comments.listOpenCommentsForDrafter(drafter);
    expect(rows.map((r) => [r.id, r.openComments])).toEqual(expected.map((r) => [r.id, r._count.comments]));
    expect(rows.every((r) => r.title.length > 0 && r.unit.name.length > 0)).toBe(true);
  });

  it("returned drafts (the header's count on every page): drafts sent back or reopened, newest first", async (c) => {
    if (skip) return c.skip();
    const units = m.perms.unitIdsFor(drafter, "report.edit");
    const drafts = await t.db.report.findMany({ where: { unitId: { in: units }, status: "DRAFT" }, select: { id: true }, orderBy: { updatedAt: "asc" } });
    expect(drafts.length).toBeGreaterThan(1);
    // Two of them sent back / reopened, the older one touched last.
    await t.db.report.update({ where: { id: drafts[1]!.id }, data: { returnReason: "请补充数据", returnKind: "RETURNED" } });
    await t.db.report.update({ where: { id: drafts[0]!.id }, data: { returnReason: "重新打开修改落款", returnKind: "REOPENED" } });
    const expected = await t.db.report.findMany({
      where: { unitId: { in: units }, status: "DRAFT", returnReason: { not: null } },
      select: { id: true, returnKind: true },
      orderBy: { updatedAt: "desc" },
    });
    expect(expected.map((r) => r.id).slice(0, 2)).toEqual([drafts[0]!.id, drafts[1]!.id]);
    const rows = await m.lists.listReturnedToMe(drafter);
    expect(rows.map((r) => [r.id, r.returnKind])).toEqual(expected.map((r) => [r.id, r.returnKind]));
  });
});
