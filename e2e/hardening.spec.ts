// Hardening (issue 11), driven from outside as an attacker would: a kept session cookie after sign-out,
// a forged X-Forwarded-For, a server action from a foreign origin, oversized and malformed requests.
import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "./support/accounts";
import { login, loginOk, logout } from "./support/login";
import { sql } from "./support/sql";

test.describe("hardening", () => {
  test("signing out ends the session on the server: 10 simultaneous requests with a kept copy of the cookie are all refused", async ({ page, browser }) => {
    await loginOk(page, ACCOUNTS.coDrafter.email, ACCOUNTS.coDrafter.name);
    const kept = await page.context().storageState();
    const copy = await browser.newContext({ storageState: kept });
    // The copy works while the session is open…
    const before = await copy.request.get("/", { maxRedirects: 0 });
    expect(before.status()).toBe(200);
    const sessions = () =>
      sql(`SELECT COUNT(*) AS n FROM "UserSession" s JOIN "User" u ON u."id" = s."userId" WHERE u."email" = ?`, [ACCOUNTS.coDrafter.email]).then((r) => Number(r[0].n));
    const open = await sessions();
    await logout(page);
    // …and not after, on any of many simultaneous requests.
    const after = await Promise.all(Array.from({ length: 10 }, () => copy.request.get("/", { maxRedirects: 0 })));
    for (const r of after) {
      expect(r.status()).toBe(307);
      expect(r.headers().location).toMatch(/\/login/);
    }
    // That session's row is gone (the user's other browsers, from earlier tests, stay signed in).
    expect(await sessions()).toBe(open - 1);
    await copy.close();
  });

  test("a forged X-Forwarded-For is not the client address (SUMMA_TRUST_PROXY=0)", async ({ page }) => {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.99, 198.51.100.7:1234" });
    await login(page, "forged-xff@qingshan.gov.cn", "wrong-password");
    await expect(page.getByTestId("login-error")).toHaveText("邮箱或密码不正确。");
    const rows = await sql(`SELECT "ip" FROM "AuditEvent" WHERE "action" = 'auth.login_failed' AND "data" LIKE ? ORDER BY "seq" DESC`, ["%forged-xff%"]);
    expect(rows.length).toBe(1);
    expect(rows[0].ip).toBe("127.0.0.1");
    const keys = await sql(`SELECT DISTINCT "key" FROM "LoginFailure" WHERE "key" LIKE 'ip:%'`);
    expect(keys.map((k) => k.key)).not.toContain("ip:203.0.113.99");
    expect(keys.map((k) => k.key)).not.toContain("ip:198.51.100.7");
  });

  test("a server action posted from another origin answers 403, an oversized one 413, a malformed path 400", async ({ request, baseURL }) => {
    const headers = { "Next-Action": "0000000000000000000000000000000000000000", "Content-Type": "text/plain;charset=UTF-8" };
    const foreign = await request.post("/", { headers: { ...headers, Origin: "http://evil.example" }, data: "[]" });
    expect(foreign.status()).toBe(403);
    const big = await request.post("/", { headers: { ...headers, Origin: baseURL! }, data: "x".repeat(1024 * 1024 + 10) });
    expect(big.status()).toBe(413);
    expect(await big.text()).toContain("1 MB");
    // Malformed bodies Next could not decode: refused before they reach it.
    for (const [type, data] of [["text/plain;charset=UTF-8", "["], ["text/plain", "not json"], ["multipart/form-data; boundary=xyz", "garbage"], ["multipart/form-data", "--x"]]) {
      const r = await request.post("/login", { headers: { ...headers, Origin: baseURL!, "Content-Type": type }, data });
      expect(r.status(), `${type}: ${data}`).toBe(400);
      expect(await r.text()).toContain("提交的数据格式无效");
    }
    for (const path of ["/reports/%E0%A4%A/edit", "/%zz", "/admin/chains/%C0", "/reports/%00", "/reports/%ED%A0%80/edit"]) {
      const r = await request.get(path);
      expect(r.status(), path).toBe(400);
    }
  });

  test("a leader who can see a unit gets 404, not 500, for its approval-chain editor", async ({ page }) => {
    await loginOk(page, ACCOUNTS.leader2.email, ACCOUNTS.leader2.name);
    const [unit] = await sql(`SELECT "id" FROM "Unit" WHERE "code" = 'qingshan-xcb'`);
    const res = await page.goto(`/admin/chains/${unit.id}`);
    expect(res?.status()).toBe(404);
  });
});
