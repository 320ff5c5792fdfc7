// Units admin on each engine, through the domain functions: an admin reaches only their own tree (another
// tree's unit is not found), a move never makes a cycle, and a disabled unit cannot owe a report in a new
// round even if a forged request names it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, ENGINES, pgAvailable, useEngine, type TestDb } from "./support/test-db";

describe.each(ENGINES)("units admin on %s", (kind) => {
  let t: TestDb;
  let skip = false;
  let units: typeof import("@/lib/admin/manage-units");
  let rounds: typeof import("@/lib/reports/create-round");
  let perms: typeof import("@/lib/permissions");
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    if (kind === "postgres" && !(await pgAvailable())) {
      skip = true;
      return;
    }
    t = await createTestDb(kind);
    const mk = async (code: string, parentId: string | null) => (ids[code] = (await t.db.unit.create({ data: { code, name: code, parentId } })).id);
    await mk("jd", null);
    await mk("sq", ids.jd);
    await mk("other", null);
    const admin = await t.db.user.create({ data: { email: "a@x.cn", name: "管理员", passwordHash: "x" } });
    ids.admin = admin.id;
    await t.db.membership.create({ data: { userId: admin.id, unitId: ids.jd, role: "ADMIN" } });
    ids.tpl = (await t.db.template.create({ data: { code: "t", name: "模板", titlePattern: "{year}" } })).id;
    const loaded = await useEngine(t, async () => ({ u: await import("@/lib/admin/manage-units"), r: await import("@/lib/reports/create-round"), p: await import("@/lib/permissions") }));
    units = loaded.u;
    rounds = loaded.r;
    perms = loaded.p;
  });
  afterAll(async () => t?.drop());

  async function ctx() {
    const user = await t.db.user.findUniqueOrThrow({ where: { id: ids.admin }, include: { memberships: true } });
    const all = await t.db.unit.findMany({ select: { id: true, parentId: true } });
    return { actor: perms.buildActor(user, user.memberships, all), meta: { ip: "127.0.0.1", userAgent: null } };
  }

  it("creates, moves and refuses a cycle; another tree is out of reach", async () => {
    if (skip) return;
    const { id } = await units.createUnit({ name: "新社区", code: "new", parentId: ids.jd }, await ctx());
    await units.moveUnit({ unitId: id, parentId: ids.sq }, await ctx());
    expect((await t.db.unit.findUniqueOrThrow({ where: { id } })).parentId).toBe(ids.sq);
    await expect(units.moveUnit({ unitId: ids.sq, parentId: id }, await ctx())).rejects.toMatchObject({ code: "unitErrors.moveIntoItself" });
    await expect(units.moveUnit({ unitId: id, parentId: ids.other }, await ctx())).rejects.toBeInstanceOf(perms.NotFoundError);
    await expect(units.renameUnit({ unitId: ids.other, name: "x" }, await ctx())).rejects.toBeInstanceOf(perms.NotFoundError);
    await expect(units.createUnit({ name: "重复", code: "new", parentId: ids.jd }, await ctx())).rejects.toMatchObject({ code: "unitErrors.codeTaken" });
  });

  it("disables bottom-up only, and a disabled unit cannot owe a report in a new round", async () => {
    if (skip) return;
    await expect(units.setUnitDisabled({ unitId: ids.sq, disabled: true }, await ctx())).rejects.toMatchObject({ code: "unitErrors.hasEnabledChildren" });
    const child = await t.db.unit.findUniqueOrThrow({ where: { code: "new" } });
    await units.setUnitDisabled({ unitId: child.id, disabled: true }, await ctx());
    await units.setUnitDisabled({ unitId: ids.sq, disabled: true }, await ctx());
    await expect(units.setUnitDisabled({ unitId: child.id, disabled: false }, await ctx())).rejects.toMatchObject({ code: "unitErrors.parentDisabled" });
    await expect(units.setUnitDisabled({ unitId: ids.jd, disabled: true }, await ctx())).rejects.toMatchObject({ code: "unitErrors.ownUnit" });
    await expect(
      rounds.createRound({ year: 2048, title: "2048", deadline: "2049-01-15", templateId: ids.tpl, unitIds: [ids.sq] }, await ctx()),
    ).rejects.toMatchObject({ code: "unitErrors.unitDisabled" });
    expect(await t.db.reportingRound.count()).toBe(0);
    expect(await t.db.auditEvent.count({ where: { targetType: "Unit", action: "unit.disable" } })).toBe(2);
  });
});
