// Sessions are rows (UserSession), on both engines and across app instances: signing out on one instance
// ends the session on the other at once, even while a kept copy of the cookie is used concurrently; and a
// re-enabled user's first sign-in works even when disable, enable and sign-in fall in the same second.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, ENGINES, pgAvailable, useEngine, type TestDb } from "./support/test-db";
import { hashPassword } from "@/lib/auth/password";

type Sessions = typeof import("@/lib/auth/sessions");
const PASSWORD = "Right-Password-1";

describe.each(ENGINES)("sessions on %s", (kind) => {
  let t: TestDb;
  let a: Sessions;
  let b: Sessions;
  let admin: typeof import("@/lib/admin/manage-users");
  let perms: typeof import("@/lib/permissions");
  let skip = false;

  beforeAll(async () => {
    if (kind === "postgres" && !(await pgAvailable())) {
      skip = true;
      return;
    }
    t = await createTestDb(kind);
    const passwordHash = await hashPassword(PASSWORD);
    const unit = await t.db.unit.create({ data: { code: "u", name: "单位" } });
    for (const email of ["keeper@x.cn", "again@x.cn", "admin@x.cn"]) {
      const u = await t.db.user.create({ data: { email, name: email, passwordHash } });
      await t.db.membership.create({ data: { userId: u.id, unitId: unit.id, role: email === "admin@x.cn" ? "ADMIN" : "STAFF" } });
    }
    const loadAll = async () => ({ s: await import("@/lib/auth/sessions"), m: await import("@/lib/admin/manage-users"), p: await import("@/lib/permissions") });
    const first = await useEngine(t, loadAll);
    a = first.s;
    admin = first.m;
    perms = first.p;
    // A second instance: its own client on PostgreSQL; on SQLite one client per process (see sign-in-limits.test.ts).
    b = kind === "postgres" ? (await useEngine(t, loadAll, t.newClient())).s : a;
  });
  afterAll(async () => t?.drop());

  const signIn = async (s: Sessions, email: string) => {
    const r = await s.attemptSignIn({ email, password: PASSWORD, ip: "10.1.1.1", userAgent: "t" });
    if (!r.ok) throw new Error(`sign-in refused: ${r.reason}`);
    return r;
  };

  it("sign-out on one instance ends the session on the other, for every concurrent use of the kept cookie", async (c) => {
    if (skip) return c.skip();
    const { user, sessionId } = await signIn(a, "keeper@x.cn");
    const other = await signIn(a, "keeper@x.cn"); // the same user in another browser
    expect(await b.sessionIsLive(user.id, sessionId)).toBe(true);
    const during = Promise.all(Array.from({ length: 20 }, () => b.sessionIsLive(user.id, sessionId)));
    await a.endSession(user.id, sessionId, { ip: "10.1.1.1", userAgent: "t" });
    await during; // whatever these saw, everything after the sign-out sees the session gone:
    const after = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).sessionIsLive(user.id, sessionId)));
    console.log(`[${kind}] after sign-out: ${after.filter(Boolean).length} of 20 concurrent checks of the kept session accepted`);
    expect(after.every((live) => !live)).toBe(true);
    // Only that session: the other browser stays signed in.
    expect(await b.sessionIsLive(user.id, other.sessionId)).toBe(true);
    // A session id is only good for its own user.
    const stranger = await t.db.user.findUniqueOrThrow({ where: { email: "again@x.cn" } });
    expect(await b.sessionIsLive(stranger.id, other.sessionId)).toBe(false);
    const events = await t.db.auditEvent.count({ where: { action: "auth.logout", actorId: user.id } });
    expect(events).toBe(1);
  });

  it("disable → enable → sign in, all within one second: the new session works, the old one stays dead", async (c) => {
    if (skip) return c.skip();
    const units = await t.db.unit.findMany({ select: { id: true, parentId: true } });
    const adminUser = await t.db.user.findUniqueOrThrow({ where: { email: "admin@x.cn" }, include: { memberships: true } });
    const ctx = { actor: perms.buildActor(adminUser, adminUser.memberships, units), meta: { ip: "10.0.0.1", userAgent: "t" } };
    const old = await signIn(a, "again@x.cn");
    const started = Date.now();
    await admin.setUserDisabled({ userId: old.user.id, disabled: true }, ctx);
    expect(await b.sessionIsLive(old.user.id, old.sessionId)).toBe(false);
    await admin.setUserDisabled({ userId: old.user.id, disabled: false }, ctx);
    const fresh = await signIn(b, "again@x.cn");
    const tookMs = Date.now() - started;
    expect(await a.sessionIsLive(fresh.user.id, fresh.sessionId)).toBe(true);
    expect(await a.sessionIsLive(old.user.id, old.sessionId)).toBe(false);
    console.log(`[${kind}] disable, enable and sign-in in ${tookMs} ms: the new session is live`);
    expect(tookMs).toBeLessThan(1000);
  });
});
