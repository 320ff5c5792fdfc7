// The e-mail outbox against a real SMTP server (the same local sink the browser tests use), on each engine:
// queued copies are sent once even when two instances deliver at the same moment; a copy left half-sent by a
// stopped instance is requeued; an unreachable server is retried, then given up.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, ENGINES, pgAvailable, useEngine, type TestDb } from "./support/test-db";
import { capturedMails, startSmtpSink } from "../e2e/support/smtp-sink";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

type Outbox = typeof import("@/lib/notifications/deliver-email");

describe.each(ENGINES)("e-mail outbox on %s", (kind) => {
  let t: TestDb;
  let skip = false;
  let stop: (() => Promise<void>) | null = null;
  let port = 0;
  let dir = "";
  let a: Outbox;
  let b: Outbox;
  const users: string[] = [];

  beforeAll(async () => {
    if (kind === "postgres" && !(await pgAvailable())) {
      skip = true;
      return;
    }
    t = await createTestDb(kind);
    port = await freePort();
    dir = mkdtempSync(path.join(tmpdir(), "summa-mail-"));
    stop = await startSmtpSink(port, dir);
    process.env.SUMMA_SMTP_HOST = "127.0.0.1";
    process.env.SUMMA_SMTP_PORT = String(port);
    process.env.SUMMA_PUBLIC_URL = "https://summa.example.cn";
    for (const n of [1, 2, 3]) users.push((await t.db.user.create({ data: { email: `m${n}@x.cn`, name: `收件人${n}`, passwordHash: "x" } })).id);
    a = await useEngine(t, () => import("@/lib/notifications/deliver-email"));
    b = kind === "postgres" ? await useEngine(t, () => import("@/lib/notifications/deliver-email"), t.newClient()) : a;
  });
  afterAll(async () => {
    await stop?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
    delete process.env.SUMMA_SMTP_HOST;
    delete process.env.SUMMA_SMTP_PORT;
    delete process.env.SUMMA_PUBLIC_URL;
    (globalThis as { summaMail?: unknown }).summaMail = undefined;
    await t?.drop();
  });

  const queue = (userId: string, extra: Record<string, unknown> = {}) =>
    t.db.notification.create({
      data: { userId, kind: "RETURNED", href: "/reports/r1/edit", data: JSON.stringify({ report: "2046年度总结", actor: "程远" }), emailState: "PENDING", ...extra },
    });

  it("sends each queued copy once, however many instances deliver at once", async () => {
    if (skip) return;
    await queue(users[0]);
    await queue(users[1]);
    const results = await Promise.all([a.deliverPendingEmails(), b.deliverPendingEmails(), a.deliverPendingEmails()]);
    expect(results.reduce((s, r) => s + r.sent, 0)).toBe(2);
    const mails = capturedMails(dir);
    expect(mails.map((m) => m.to[0]).sort()).toEqual(["m1@x.cn", "m2@x.cn"]);
    expect(mails[0].subject).toBe("【Summa】《2046年度总结》被程远退回修改。");
    expect(mails[0].text).toContain("打开：https://summa.example.cn/reports/r1/edit");
    expect(await t.db.notification.count({ where: { emailState: "SENT", emailedAt: { not: null } } })).toBe(2);
  });

  it("requeues a copy a stopped instance left half-sent, then sends it", async () => {
    if (skip) return;
    const n = await queue(users[2], { emailState: "SENDING", emailTries: 1, emailClaimedAt: new Date(Date.now() - 11 * 60_000) });
    const fresh = await queue(users[2], { emailState: "SENDING", emailTries: 1, emailClaimedAt: new Date() });
    expect(await a.requeueStaleEmails()).toBe(1);
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: fresh.id } })).emailState).toBe("SENDING");
    expect((await a.deliverPendingEmails()).sent).toBe(1);
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: n.id } })).emailState).toBe("SENT");
    expect(capturedMails(dir).filter((m) => m.to[0] === "m3@x.cn")).toHaveLength(1);
  });

  it("retries while the SMTP server is unreachable, and gives up after the last try", async () => {
    if (skip) return;
    await stop?.();
    stop = null;
    const n = await queue(users[0]);
    for (let i = 1; i <= a.EMAIL_MAX_TRIES; i++) {
      expect((await a.deliverPendingEmails()).failed).toBe(1);
      const row = await t.db.notification.findUniqueOrThrow({ where: { id: n.id } });
      expect(row.emailTries).toBe(i);
      expect(row.emailState).toBe(i < a.EMAIL_MAX_TRIES ? "PENDING" : "FAILED");
    }
  });
});
