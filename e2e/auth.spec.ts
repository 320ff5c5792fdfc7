import { expect, test } from "@playwright/test";
import { ACCOUNTS, PASSWORD } from "./support/accounts";
import { login, loginOk } from "./support/login";
import { sql, sqlBool } from "./support/sql";

test.describe("sign-in and roles", () => {
  test("anonymous users are sent to the sign-in page and come back afterwards", async ({ page }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin/);
    await page.getByLabel("电子邮箱").fill(ACCOUNTS.admin.email);
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { name: "系统管理" })).toBeVisible();
  });

  test("a staff member sees their reports and no admin or review areas", async ({ page }) => {
    await loginOk(page, ACCOUNTS.staff.email, ACCOUNTS.staff.name);
    const mine = page.getByRole("list", { name: "我的报告" });
    await expect(mine.getByRole("link", { name: "2025年青山街道宣传文化与志愿服务工作总结" })).toBeVisible();
    await expect(mine.getByRole("link", { name: "2024年青山街道宣传文化与志愿服务工作总结" })).toBeVisible();
    await expect(page.getByRole("link", { name: "系统管理" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "待我审核" })).toHaveCount(0);
    const admin = await page.goto("/admin");
    expect(admin?.status()).toBe(404);
  });

  test("a leader sees the review area and no drafting list", async ({ page }) => {
    await loginOk(page, ACCOUNTS.leader.email, ACCOUNTS.leader.name);
    await expect(page.getByRole("heading", { name: "待我审核" })).toBeVisible();
    await expect(page.getByText("暂无待您审核的报告。")).toBeVisible();
    await expect(page.getByRole("heading", { name: "我的报告" })).toHaveCount(0);
  });

  test("an admin sees units and users from the database", async ({ page }) => {
    await loginOk(page, ACCOUNTS.admin.email, ACCOUNTS.admin.name);
    await page.getByRole("link", { name: "系统管理" }).click();
    const units = page.getByRole("region", { name: "组织单位" });
    await expect(units.locator("tbody tr td:first-child")).toHaveText(["青山街道", "青山街道宣传办", "东湖社区", "西山社区", "南苑社区"]);
    const users = page.getByRole("region", { name: "用户" });
    await expect(users.getByRole("cell", { name: ACCOUNTS.leader.email })).toBeVisible();
    await expect(users.getByRole("row", { name: new RegExp(ACCOUNTS.staff.email) })).toContainText("青山街道宣传办·起草人");
  });

  test("a wrong password and an unknown account get the same message, and the e-mail stays typed", async ({ page }) => {
    await login(page, ACCOUNTS.coDrafter.email, "wrong-password");
    await expect(page.getByTestId("login-error")).toHaveText("邮箱或密码不正确。");
    await expect(page.getByLabel("电子邮箱")).toHaveValue(ACCOUNTS.coDrafter.email);
    await login(page, "nobody@qingshan.gov.cn", "whatever");
    await expect(page.getByTestId("login-error")).toHaveText("邮箱或密码不正确。");
    await login(page, "not-an-email", "x");
    await expect(page.getByTestId("login-error")).toHaveText("请输入有效的邮箱和密码。");
    await expect(page.getByLabel("电子邮箱")).toHaveValue("not-an-email");
  });

  test("ten failures lock the account for 15 minutes, even with the right password", async ({ page }) => {
    const email = ACCOUNTS.rateLimitVictim.email;
    for (let i = 0; i < 10; i++) {
      await login(page, email, `guess-${i}`);
      await expect(page.getByTestId("login-error")).toHaveText("邮箱或密码不正确。");
    }
    await login(page, email, PASSWORD);
    await expect(page.getByTestId("login-error")).toHaveText("登录失败次数过多，请 15 分钟后再试。");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the raw sign-in endpoint answers 429 once the account is locked", async ({ request }) => {
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    const res = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: ACCOUNTS.rateLimitVictim.email, password: PASSWORD },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(429);
    expect(res.headers()["retry-after"]).toBe("900");
  });

  test("signing out ends the session", async ({ page }) => {
    await loginOk(page, ACCOUNTS.staff.email, ACCOUNTS.staff.name);
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1/);
    await expect(page.getByText("您已退出登录。")).toBeVisible();
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });

  test("disabling a user takes effect on their next request and blocks sign-in", async ({ page }) => {
    await loginOk(page, ACCOUNTS.disableMe.email, ACCOUNTS.disableMe.name);
    await sql(`UPDATE "User" SET "disabled" = ? WHERE "email" = ?`, [await sqlBool(true), ACCOUNTS.disableMe.email]);
    try {
      await page.reload();
      await expect(page).toHaveURL(/\/login/);
      await login(page, ACCOUNTS.disableMe.email);
      await expect(page.getByTestId("login-error")).toHaveText("邮箱或密码不正确。");
    } finally {
      await sql(`UPDATE "User" SET "disabled" = ? WHERE "email" = ?`, [await sqlBool(false), ACCOUNTS.disableMe.email]);
    }
  });

  test("a role change takes effect on the next request", async ({ page }) => {
    await loginOk(page, ACCOUNTS.disableMe.email, ACCOUNTS.disableMe.name);
    await expect(page.getByRole("heading", { name: "我的报告" })).toBeVisible();
    await sql(
      `UPDATE "Membership" SET "role" = 'LEADER' WHERE "userId" = (SELECT "id" FROM "User" WHERE "email" = ?)`,
      [ACCOUNTS.disableMe.email],
    );
    try {
      await page.reload();
      await expect(page.getByRole("heading", { name: "待我审核" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "我的报告" })).toHaveCount(0);
    } finally {
      await sql(
        `UPDATE "Membership" SET "role" = 'STAFF' WHERE "userId" = (SELECT "id" FROM "User" WHERE "email" = ?)`,
        [ACCOUNTS.disableMe.email],
      );
    }
  });
});
