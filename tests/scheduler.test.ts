// The scheduler's safety with several app instances, on each engine: the lease (one conditional update) is
// held by one claimer at a time — two clients racing, and two processes racing on the same database file —
// and a deadline reminder is sent once even when two instances run the reminders at the same moment. Also: a
// user opens only their own notifications.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, ENGINES, pgAvailable, useEngine, type TestDb } from "./support/test-db";
import { claimLease, releaseLease } from "@/lib/scheduler/lease";

const root = path.resolve(import.meta.dirname, "..");
const DAY = 86_400_000;

describe.each(ENGINES)("scheduler on %s", (kind) => {
  let t: TestDb;
  let skip = false;

  beforeAll(async () => {
    if (kind === "postgres" && !(await pgAvailable())) {
      skip = true;
      return;
    }
    t = await createTestDb(kind);
  });
  afterAll(async () => t?.drop());

  it("a lease is held by one instance until it expires, then taken over", async () => {
    if (skip) return;
    // A second client stands for a second instance on PostgreSQL; on SQLite a second instance is a second
    // process (next test): two connections in one process would block each other's event loop.
    const a = t.db;
    const b = kind === "postgres" ? t.newClient() : a;
    const now = new Date("2047-01-10T00:00:00Z");
    expect(await claimLease(a, "job", "A", 10_000, now)).toBe(true);
    expect(await claimLease(b, "job", "B", 10_000, new Date(now.getTime() + 5_000))).toBe(false);
    expect(await claimLease(a, "job", "A", 10_000, new Date(now.getTime() + 6_000))).toBe(true); // renewed to +16 s
    expect(await claimLease(b, "job", "B", 10_000, new Date(now.getTime() + 12_000))).toBe(false);
    expect(await claimLease(b, "job", "B", 10_000, new Date(now.getTime() + 17_000))).toBe(true); // A stopped renewing
    expect(await claimLease(a, "job", "A", 10_000, new Date(now.getTime() + 18_000))).toBe(false);
    await releaseLease(b, "job", "B");
    expect(await claimLease(a, "job", "A", 10_000, new Date(now.getTime() + 19_000))).toBe(true);
  });

  it("two clients claiming at the same moment: exactly one wins, every time", async () => {
    if (skip) return;
    const a = t.db;
    const b = kind === "postgres" ? t.newClient() : a;
    const wins = { A: 0, B: 0 };
    for (let i = 0; i < 25; i++) {
      const [x, y] = await Promise.all([claimLease(a, `race-${i}`, "A", 60_000), claimLease(b, `race-${i}`, "B", 60_000)]);
      expect(Number(x) + Number(y)).toBe(1);
      if (x) wins.A++;
      else wins.B++;
    }
    expect(wins.A + wins.B).toBe(25);
  });

  it("two processes racing for 20 leases: each lease has exactly one holder", async () => {
    if (skip) return;
    const startAt = Date.now() + 4000; // both processes started and connected by then
    const run = (order: "asc" | "desc") =>
      new Promise<string[]>((resolve, reject) => {
        const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/lease-worker.ts", "proc", "20", String(startAt), order], {
          cwd: root,
          env: t.env,
        });
        let out = "";
        let err = "";
        child.stdout.on("data", (d) => (out += d));
        child.stderr.on("data", (d) => (err += d));
        child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!)) : reject(new Error(err))));
      });
    const [p, q] = await Promise.all([run("asc"), run("desc")]);
    console.log(`[${kind}] 2 processes × 20 leases → ${p.length} + ${q.length} claimed`);
    expect([...p, ...q].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `proc-${i}`).sort());
    expect(p.filter((x) => q.includes(x))).toEqual([]);
  });

  it("a deadline reminder goes out once, however many instances send reminders at once", async () => {
    if (skip) return;
    const db = t.db;
    const tpl = await db.template.create({ data: { code: "tpl", name: "模板", titlePattern: "{year}年{unit}工作总结" } });
    const root = await db.unit.create({ data: { code: "root", name: "街道" } });
    const units = await Promise.all(["甲社区", "乙社区", "丙社区"].map((name, i) => db.unit.create({ data: { code: `u${i}`, name, parentId: root.id, sortOrder: i } })));
    for (const [i, u] of units.entries()) {
      for (const n of [1, 2]) {
        const user = await db.user.create({ data: { email: `d${i}${n}@x.cn`, name: `起草${i}${n}`, passwordHash: "x" } });
        await db.membership.create({ data: { userId: user.id, unitId: u.id, role: "STAFF" } });
      }
    }
    const now = new Date();
    const round = await db.reportingRound.create({
      data: { year: 2047, title: "2047年度总结", deadline: new Date(now.getTime() + 2 * DAY), templateId: tpl.id, units: { create: units.map((u) => ({ unitId: u.id })) } },
    });
    // 丙社区 has submitted: it owes nothing and is not reminded.
    const someone = await db.user.findFirstOrThrow({ where: { email: "d21@x.cn" } });
    await db.report.create({
      data: { unitId: units[2].id, roundId: round.id, templateId: tpl.id, year: 2047, title: "丙", status: "IN_REVIEW", planTitle: "计划", createdById: someone.id },
    });

    const load = () => import("@/lib/scheduler/deadline-reminders");
    const first = await useEngine(t, load);
    const second = kind === "postgres" ? await useEngine(t, load, t.newClient()) : first;
    const sent = await Promise.all([first.sendDeadlineReminders(now, [3, 1]), second.sendDeadlineReminders(now, [3, 1]), first.sendDeadlineReminders(now, [3, 1])]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(2); // 甲 and 乙, once each

    const reminders = await db.notification.findMany({ where: { kind: "REMINDER", roundId: round.id }, select: { userId: true, data: true } });
    expect(reminders).toHaveLength(4); // two drafters in each of two units
    expect(new Set(reminders.map((r) => r.userId)).size).toBe(4);
    expect(JSON.parse(reminders[0].data)).toMatchObject({ auto: 1, days: 3, round: "2047年度总结" });
    expect(await db.reminderSent.count({ where: { roundId: round.id, key: "before:3" } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "round.remind", targetId: round.id } })).toBe(2);

    // Later runs of the same reminder send nothing; one day before, the 1-day reminder goes out (once).
    expect(await first.sendDeadlineReminders(new Date(now.getTime() + 3_600_000), [3, 1])).toBe(0);
    const dayBefore = new Date(now.getTime() + DAY + 3_600_000);
    const again = await Promise.all([first.sendDeadlineReminders(dayBefore, [3, 1]), second.sendDeadlineReminders(dayBefore, [3, 1])]);
    expect(again[0] + again[1]).toBe(2);
    expect(await db.notification.count({ where: { kind: "REMINDER", roundId: round.id } })).toBe(8);
  });

  it("opens only the user's own notifications", async () => {
    if (skip) return;
    const inbox = await useEngine(t, () => import("@/lib/notifications/inbox"));
    const perms = await import("@/lib/permissions");
    const [mine] = await t.db.notification.findMany({ take: 1, select: { id: true, userId: true } });
    const other = await t.db.user.findFirstOrThrow({ where: { id: { not: mine.userId } } });
    const ctx = (userId: string) => ({ actor: { id: userId, name: "x", email: "x", memberships: [], reach: new Map() } as unknown as import("@/lib/permissions").Actor, meta: { ip: "127.0.0.1", userAgent: null } });
    await expect(inbox.openNotification({ id: mine.id }, ctx(other.id))).rejects.toBeInstanceOf(perms.NotFoundError);
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toBeNull();
    expect(await inbox.openNotification({ id: mine.id }, ctx(mine.userId))).toEqual({ href: expect.stringMatching(/^\//) });
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).not.toBeNull();
    const unread = await t.db.notification.count({ where: { userId: other.id, readAt: null } });
    expect(unread).toBeGreaterThan(0);
    expect(await inbox.markNotificationsRead({ ids: [mine.id] }, ctx(other.id))).toEqual({ count: 0 });
    expect(await inbox.markNotificationsRead({ ids: [] }, ctx(other.id))).toEqual({ count: unread });
    expect(await t.db.notification.count({ where: { userId: other.id, readAt: null } })).toBe(0);
  });
});
