// Several app processes on one database (README, "Several processes"): a second process of the same
// build is started beside the suite's server. A session opened on one is valid on the other, and a
// sign-out on one ends it on the other at once — the session memo (lib/auth/session-memo.ts) keeps
// nothing that outlives the session row.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "./support/accounts";
import { loginOk, logout } from "./support/login";

test.describe.configure({ mode: "serial" });

const port2 = Number(process.env.E2E_PORT ?? 3100) + 50;
const second = `http://127.0.0.1:${port2}`;
let child: ChildProcess | null = null;
let output = "";

test.beforeAll(async () => {
  child = spawn(process.execPath, ["scripts/start.mjs"], { env: { ...process.env, PORT: String(port2), NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`second process exited:\n${output}`);
    const ok = await fetch(`${second}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`second process did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
});

test.afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
});

test("a session works on both processes and a sign-out on one ends it on the other", async ({ page }) => {
  await loginOk(page, ACCOUNTS.staff.email, ACCOUNTS.staff.name);
  // the same browser (cookies are per host, not per port) on the second process
  await page.goto(`${second}/`);
  await expect(page.getByTestId("signed-in-as")).toContainText(ACCOUNTS.staff.name);
  await page.reload();
  await expect(page.getByTestId("signed-in-as")).toContainText(ACCOUNTS.staff.name);
  // sign out on the first process; the second refuses the session on its next request
  await page.goto("/");
  await logout(page);
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.includes("session-token"))).toBe(false);
  await page.goto(`${second}/`);
  await expect(page).toHaveURL(/\/login/);
});

test("a kept copy of the cookie is refused on both processes after signing out", async ({ page, context }) => {
  await loginOk(page, ACCOUNTS.staff.email, ACCOUNTS.staff.name);
  await page.goto(`${second}/`);
  await expect(page.getByTestId("signed-in-as")).toContainText(ACCOUNTS.staff.name);
  const kept = (await context.cookies()).filter((c) => c.name.includes("session-token"));
  expect(kept.length).toBeGreaterThan(0);
  await page.goto("/");
  await logout(page);
  // put the old cookie back: both processes read the session row, gone now
  await context.addCookies(kept);
  for (const base of ["", second]) {
    await page.goto(`${base}/`);
    await expect(page).toHaveURL(/\/login/);
  }
});
