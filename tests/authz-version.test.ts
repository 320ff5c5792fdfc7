// The AuthzVersion counter (prisma/models.prisma, triggers in the migration) on both engines: every change
// to what an actor or the unit directory is built from raises it — through Prisma or in plain SQL, as
// another process or a script would — and the frequent writes that cannot affect a kept actor (a new
// session, a password change) leave it alone, so they do not empty every process's cache.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, ENGINES, pgAvailable, type TestDb } from "./support/test-db";

describe.each(ENGINES)("AuthzVersion on %s", (kind) => {
  let t: TestDb;
  let available = true;
  beforeAll(async () => {
    if (kind === "postgres" && !(await pgAvailable())) {
      available = false;
      return;
    }
    t = await createTestDb(kind);
  });
  afterAll(async () => t?.drop());

  const version = async () => (await t.db.authzVersion.findUniqueOrThrow({ where: { id: 1 } })).n;
  /** How far `change` moved the counter. */
  const raises = async (change: () => Promise<unknown>) => {
    const before = await version();
    await change();
    return (await version()) - before;
  };

  it("moves with users, memberships, units, delegations and ended sessions, and not otherwise", async () => {
    if (!available) return;
    const db = t.db;
    const parent = await db.unit.create({ data: { code: "p", name: "上级" } });
    let unit = { id: "" };
    expect(await raises(async () => (unit = await db.unit.create({ data: { code: "c", name: "下级", parentId: parent.id } })))).toBe(1);
    const user = await db.user.create({ data: { email: "a@x.cn", name: "甲", passwordHash: "h" } });
    const other = await db.user.create({ data: { email: "b@x.cn", name: "乙", passwordHash: "h" } });
    let membershipId = "";
    expect(await raises(async () => (membershipId = (await db.membership.create({ data: { userId: user.id, unitId: unit.id, role: "STAFF" } })).id))).toBe(1);
    expect(await raises(() => db.membership.update({ where: { id: membershipId }, data: { role: "LEADER" } }))).toBe(1);
    expect(await raises(() => db.unit.update({ where: { id: unit.id }, data: { name: "下级单位" } }))).toBe(1);
    expect(await raises(() => db.unit.update({ where: { id: unit.id }, data: { parentId: null } }))).toBe(1);
    expect(await raises(() => db.user.update({ where: { id: user.id }, data: { disabled: true } }))).toBe(1);
    expect(await raises(() => db.user.update({ where: { id: user.id }, data: { name: "甲二" } }))).toBe(1);
    const session = { id: `s-${kind}`, userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) };
    // Nothing can have kept what did not exist, nor does a password or a unit's order change an actor.
    expect(await raises(() => db.userSession.create({ data: session }))).toBe(0);
    expect(await raises(() => db.user.update({ where: { id: user.id }, data: { passwordHash: "h2" } }))).toBe(0);
    expect(await raises(() => db.unit.update({ where: { id: unit.id }, data: { sortOrder: 3 } }))).toBe(0);
    expect(await raises(() => db.user.create({ data: { email: "c@x.cn", name: "丙", passwordHash: "h" } }))).toBe(0);
    let delegationId = "";
    const window = { fromUserId: other.id, toUserId: user.id, startDay: "2026-01-01", endDay: "2026-12-31", createdById: other.id };
    expect(await raises(async () => (delegationId = (await db.delegation.create({ data: window })).id))).toBe(1);
    expect(await raises(() => db.delegation.update({ where: { id: delegationId }, data: { cancelledAt: new Date() } }))).toBe(1);
    expect(await raises(() => db.userSession.deleteMany({ where: { id: session.id } }))).toBe(1);
    // Plain SQL, as a script or an administrator at the database would write it.
    expect(await raises(() => db.$executeRawUnsafe(`UPDATE "Membership" SET "role" = 'STAFF' WHERE "id" = '${membershipId}'`))).toBe(1);
    expect(await raises(() => db.$executeRawUnsafe(`DELETE FROM "Membership" WHERE "id" = '${membershipId}'`))).toBe(1);
    // A deleted user takes their delegations with them (cascade), which counts as well.
    expect(await raises(() => db.user.delete({ where: { id: other.id } }))).toBeGreaterThanOrEqual(1);
    expect(await raises(() => db.unit.delete({ where: { id: unit.id } }))).toBe(1);
  });
});
