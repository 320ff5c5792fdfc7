// The audit chain's end is anchored (AuditHead), on both engines: deleting the newest event, or editing
// it and recomputing its hash, is detected; concurrent appends keep the chain and the head in step.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, ENGINES, pgAvailable, useEngine, type TestDb } from "./support/test-db";
import { auditEventHash } from "@/lib/audit/chain";

describe.each(ENGINES)("audit chain head on %s", (kind) => {
  let t: TestDb;
  let skip = false;
  let mod: { verify: typeof import("@/lib/audit/verify-audit-chain").verifyAuditChain; write: typeof import("@/lib/audit/write-audit").writeAudit; db: typeof import("@/lib/db").db };

  beforeAll(async () => {
    if (kind === "postgres" && !(await pgAvailable())) {
      skip = true;
      return;
    }
    t = await createTestDb(kind);
    mod = await useEngine(t, async () => ({
      verify: (await import("@/lib/audit/verify-audit-chain")).verifyAuditChain,
      write: (await import("@/lib/audit/write-audit")).writeAudit,
      db: (await import("@/lib/db")).db,
    }));
  });
  afterAll(async () => t?.drop());

  const append = (n: number) =>
    Promise.all(Array.from({ length: n }, (_, i) => mod.write(mod.db, { actorId: null, action: "seed.report", targetType: "Test", targetId: String(i) })));

  it("40 concurrent appends: intact, and the head matches", async (ctx) => {
    if (skip) return ctx.skip();
    await append(40);
    expect(await mod.verify(7)).toEqual({ ok: true, checked: 40 });
    expect(await t.db.auditHead.findUnique({ where: { id: 1 } })).toMatchObject({ seq: 40, count: 40 });
  });

  it("deleting the newest event is detected, and stays detected after more appends", async (ctx) => {
    if (skip) return ctx.skip();
    await t.db.auditEvent.delete({ where: { seq: 40 } });
    expect((await mod.verify()).brokenAt).toEqual({ seq: 40, reason: "head" });
    await append(1);
    expect((await mod.verify()).ok).toBe(false);
  });

  it("editing the newest event and recomputing its hash is detected", async (ctx) => {
    if (skip) return ctx.skip();
    const t2 = await createTestDb(kind);
    try {
      const m = await useEngine(t2, async () => ({
        verify: (await import("@/lib/audit/verify-audit-chain")).verifyAuditChain,
        write: (await import("@/lib/audit/write-audit")).writeAudit,
        db: (await import("@/lib/db")).db,
      }));
      for (let i = 0; i < 3; i++) await m.write(m.db, { actorId: null, action: "seed.report", targetType: "Test" });
      expect((await m.verify()).ok).toBe(true);
      const newest = await t2.db.auditEvent.findUniqueOrThrow({ where: { seq: 3 } });
      const edited = { ...newest, action: "report.approve" };
      await t2.db.auditEvent.update({ where: { seq: 3 }, data: { action: edited.action, hash: auditEventHash(edited) } });
      expect((await m.verify()).brokenAt).toEqual({ seq: 3, reason: "head" });
      await t2.db.auditHead.delete({ where: { id: 1 } });
      expect((await m.verify()).brokenAt?.reason).toBe("head");
    } finally {
      await t2.drop();
    }
  });
});
