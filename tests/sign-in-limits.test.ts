// Both sign-in limits under concurrency, on both engines, with two app instances (two clients on one
// database): attempts are reserved before the password is verified, so a burst gets at most the limit
// evaluated, and once the limit is reached the right password opens no session.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, ENGINES, pgAvailable, useEngine, type TestDb } from "./support/test-db";
import { hashPassword } from "@/lib/auth/password";

type Sessions = typeof import("@/lib/auth/sessions");
const PASSWORD = "Right-Password-1";

describe.each(ENGINES)("sign-in limits on %s", (kind) => {
  let t: TestDb;
  let instances: Sessions[];
  let skip = false;

  beforeAll(async () => {
    if (kind === "postgres" && !(await pgAvailable())) {
      skip = true;
      return;
    }
    t = await createTestDb(kind);
    const passwordHash = await hashPassword(PASSWORD);
    for (const email of ["burst@x.cn", "mixed@x.cn", "late@x.cn", "ipvictim1@x.cn", "procs@x.cn"]) {
      await t.db.user.create({ data: { email, name: email, passwordHash } });
    }
    const load = () => import("@/lib/auth/sessions");
    // PostgreSQL: two app instances (two clients, two pools). SQLite: one client per process — two in one
    // process would block each other's event loop in better-sqlite3's synchronous busy wait; separate
    // processes are serialized by SQLite's file lock, which the reservation takes before it counts.
    instances = kind === "postgres" ? [await useEngine(t, load), await useEngine(t, load, t.newClient())] : [await useEngine(t, load)];
  });
  afterAll(async () => t?.drop());

  const attempt = (i: number, email: string, password: string, ip = `10.0.${i % 250}.1`) =>
    instances[i % instances.length].attemptSignIn({ email, password, ip, userAgent: "test" });
  const evaluated = async (email: string) =>
    t.db.auditEvent.count({ where: { action: "auth.login_failed", data: { contains: email } } });

  it("30 simultaneous wrong passwords for one account: at most 10 evaluated, the rest refused as limited", async (ctx) => {
    if (skip) return ctx.skip();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt(i, "burst@x.cn", `wrong-${i}`)));
    const invalid = results.filter((r) => !r.ok && r.reason === "invalid").length;
    const limited = results.filter((r) => !r.ok && r.reason === "rateLimited").length;
    console.log(`[${kind}] 30 concurrent wrong passwords → ${invalid} evaluated, ${limited} refused as limited`);
    expect(invalid).toBe(10);
    expect(limited).toBe(20);
    expect(await evaluated("burst@x.cn")).toBe(10);
    // The right password now is refused too, and opens no session.
    const after = await attempt(99, "burst@x.cn", PASSWORD);
    expect(after).toEqual({ ok: false, reason: "rateLimited" });
  });

  it("12 wrong passwords in flight and then the right one: 10 evaluated, the right one refused, no session", async (ctx) => {
    if (skip) return ctx.skip();
    const wrong = Array.from({ length: 12 }, (_, i) => attempt(i, "mixed@x.cn", `wrong-${i}`));
    // The right one arrives while the wrong ones are still being verified, once 10 are reserved.
    while ((await t.db.loginFailure.count({ where: { key: "acct:mixed@x.cn" } })) < 10) await new Promise((r) => setTimeout(r, 5));
    const right = await attempt(12, "mixed@x.cn", PASSWORD);
    await Promise.all(wrong);
    const wrongEvaluated = await evaluated("mixed@x.cn");
    console.log(`[${kind}] 12 wrong in flight + right → ${wrongEvaluated} wrong evaluated; right one: ${right.ok ? "signed in" : right.reason}`);
    expect(right).toEqual({ ok: false, reason: "rateLimited" });
    expect(wrongEvaluated).toBe(10);
    expect(await t.db.userSession.count({ where: { user: { email: "mixed@x.cn" } } })).toBe(0);
  });

  it("after the limit, a burst holding the right password gets no session", async (ctx) => {
    if (skip) return ctx.skip();
    for (let i = 0; i < 10; i++) expect((await attempt(i, "late@x.cn", `wrong-${i}`)).ok).toBe(false);
    const results = await Promise.all(Array.from({ length: 13 }, (_, i) => attempt(i, "late@x.cn", i % 4 === 0 ? PASSWORD : `w${i}`)));
    expect(results.every((r) => !r.ok && r.reason === "rateLimited")).toBe(true);
    expect(await t.db.userSession.count({ where: { user: { email: "late@x.cn" } } })).toBe(0);
  });

  it("the per-address limit: 150 simultaneous failures from one address across many accounts → 100 evaluated", async (ctx) => {
    if (skip) return ctx.skip();
    const results = await Promise.all(
      Array.from({ length: 150 }, (_, i) => attempt(i, `nobody${i}@x.cn`, "wrong", "192.0.2.66")),
    );
    const invalid = results.filter((r) => !r.ok && r.reason === "invalid").length;
    console.log(`[${kind}] 150 concurrent failures from one address → ${invalid} evaluated`);
    expect(invalid).toBe(100);
    // Another address is not affected; the locked one stays locked even for a real account.
    expect(await attempt(1, "ipvictim1@x.cn", PASSWORD, "192.0.2.67")).toMatchObject({ ok: true });
    expect(await attempt(1, "ipvictim1@x.cn", PASSWORD, "192.0.2.66")).toEqual({ ok: false, reason: "rateLimited" });
  });

  it("three app processes, 10 simultaneous wrong passwords each: 10 evaluated in all", async (ctx) => {
    if (skip) return ctx.skip();
    const root = path.resolve(import.meta.dirname, "..");
    const startAt = Date.now() + 4000;
    const run = () =>
      new Promise<string[]>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ["--conditions=react-server", "--import", "tsx", "tests/support/sign-in-worker.ts", "procs@x.cn", "10", String(startAt)],
          { cwd: root, env: { ...t.env, AUTH_SECRET: "test-secret-test-secret-test-secret-0123" } },
        );
        let out = "";
        let err = "";
        child.stdout.on("data", (d) => (out += d));
        child.stderr.on("data", (d) => (err += d));
        child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!)) : reject(new Error(err))));
      });
    const outcomes = (await Promise.all([run(), run(), run()])).flat();
    const invalid = outcomes.filter((o) => o === "invalid").length;
    console.log(`[${kind}] 3 processes × 10 concurrent wrong passwords → ${invalid} evaluated, ${outcomes.length - invalid} refused as limited`);
    expect(outcomes).toHaveLength(30);
    expect(invalid).toBe(10);
    expect(await evaluated("procs@x.cn")).toBe(10);
  }, 120_000);
});
