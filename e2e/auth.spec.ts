import { expect, test } from "@playwright/test";
import { ACCOUNTS, PASSWORD } from "./support/accounts";
import { login, loginOk, logout } from "./support/login";
import { sql } from "./support/sql";

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

  test("an admin disables a user: their sessions end at once, sign-in is refused, and enabling does not revive old sessions", async ({ browser }) => {
    const user = await browser.newPage();
    const admin = await browser.newPage();
    await loginOk(user, ACCOUNTS.disableMe.email, ACCOUNTS.disableMe.name);
    const oldSession = await user.context().storageState();
    await loginOk(admin, ACCOUNTS.admin.email, ACCOUNTS.admin.name);
    await admin.goto("/admin");
    const row = admin.getByRole("group", { name: `管理 ${ACCOUNTS.disableMe.name}` });
    await row.getByRole("button", { name: "停用账号" }).click();
    await expect(row.getByRole("button", { name: "启用账号" })).toBeVisible();

    await user.reload();
    await expect(user).toHaveURL(/\/login/);
    await login(user, ACCOUNTS.disableMe.email);
    await expect(user.getByTestId("login-error")).toHaveText("邮箱或密码不正确。");

    await row.getByRole("button", { name: "启用账号" }).click();
    await expect(row.getByRole("button", { name: "停用账号" })).toBeVisible();
    const revived = await browser.newContext({ storageState: oldSession });
    const oldPage = await revived.newPage();
    await oldPage.goto("/");
    await expect(oldPage).toHaveURL(/\/login/);
    await loginOk(user, ACCOUNTS.disableMe.email, ACCOUNTS.disableMe.name);

    const events = await sql(`SELECT "action" FROM "AuditEvent" WHERE "action" IN ('admin.user_disable', 'admin.user_enable') ORDER BY "seq"`);
    expect(events.map((e) => e.action).slice(-2)).toEqual(["admin.user_disable", "admin.user_enable"]);
    await revived.close();
    await user.close();
    await admin.close();
  });

  test("an admin changes a user's roles: the next request shows the new role", async ({ browser }) => {
    const user = await browser.newPage();
    const admin = await browser.newPage();
    await loginOk(user, ACCOUNTS.disableMe.email, ACCOUNTS.disableMe.name);
    await expect(user.getByRole("heading", { name: "我的报告" })).toBeVisible();
    await loginOk(admin, ACCOUNTS.admin.email, ACCOUNTS.admin.name);
    await admin.goto("/admin");
    const row = admin.getByRole("group", { name: `管理 ${ACCOUNTS.disableMe.name}` });
    await row.getByLabel("单位", { exact: true }).selectOption({ label: "南苑社区" });
    await row.getByLabel("角色", { exact: true }).selectOption({ label: "审核领导" });
    await row.getByRole("button", { name: "添加角色" }).click();
    await row.getByRole("button", { name: "移除角色：南苑社区·起草人" }).click();
    await expect(row.getByRole("button", { name: "移除角色：南苑社区·审核领导" })).toBeVisible();
    await expect(row.getByRole("button", { name: "移除角色：南苑社区·起草人" })).toHaveCount(0);

    await user.reload();
    await expect(user.getByRole("heading", { name: "待我审核" })).toBeVisible();
    await expect(user.getByRole("heading", { name: "我的报告" })).toHaveCount(0);

    // Back as it was; adding a role twice is refused with a message.
    await row.getByLabel("角色", { exact: true }).selectOption({ label: "起草人" });
    await row.getByRole("button", { name: "添加角色" }).click();
    await expect(row.getByRole("button", { name: "移除角色：南苑社区·起草人" })).toBeVisible();
    await row.getByRole("button", { name: "添加角色" }).click();
    await expect(row.getByTestId("field-error")).toHaveText("该用户在此单位已有这个角色。");
    await row.getByRole("button", { name: "移除角色：南苑社区·审核领导" }).click();
    await expect(row.getByRole("button", { name: "移除角色：南苑社区·审核领导" })).toHaveCount(0);
    await user.reload();
    await expect(user.getByRole("heading", { name: "我的报告" })).toBeVisible();
    await user.close();
    await admin.close();
  });

  // The app keeps each session's actor between requests while the database's AuthzVersion counter stays
  // put; triggers raise it, so a change that never went through this app process counts as well.
  test("a role or a disabled account changed straight in the database counts on the next request", async ({ page }) => {
    const [{ id: userId }] = await sql(`SELECT "id" FROM "User" WHERE "email" = ?`, [ACCOUNTS.disableMe.email]);
    const [m] = await sql(`SELECT "id", "role", "unitId" FROM "Membership" WHERE "userId" = ? ORDER BY "createdAt" LIMIT 1`, [userId]);
    await loginOk(page, ACCOUNTS.disableMe.email, ACCOUNTS.disableMe.name);
    await expect(page.getByRole("heading", { name: "我的报告" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { name: "待我审核" })).toHaveCount(0);
    try {
      await sql(`UPDATE "Membership" SET "role" = 'LEADER' WHERE "id" = ?`, [m.id]);
      await page.reload();
      await expect(page.getByRole("heading", { name: "待我审核" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "我的报告" })).toHaveCount(0);
    } finally {
      await sql(`UPDATE "Membership" SET "role" = ? WHERE "id" = ?`, [m.role, m.id]);
    }
    await page.reload();
    await expect(page.getByRole("heading", { name: "我的报告" })).toBeVisible();
    await sql(`UPDATE "User" SET "disabled" = TRUE WHERE "id" = ?`, [userId]);
    try {
      await page.reload();
      await expect(page).toHaveURL(/\/login/);
    } finally {
      await sql(`UPDATE "User" SET "disabled" = FALSE WHERE "id" = ?`, [userId]);
    }
  });

  test("an admin creates a user who can then sign in; bad input keeps what was typed", async ({ page }) => {
    await loginOk(page, ACCOUNTS.admin.email, ACCOUNTS.admin.name);
    await page.goto("/admin");
    const form = page.getByRole("form", { name: "新建用户" });
    await form.getByLabel("姓名").fill("吴新");
    await form.getByLabel("电子邮箱").fill("wuxin@qingshan.gov.cn");
    await form.getByLabel("初始密码（至少 10 位）").fill("short");
    await form.getByLabel("单位").selectOption({ label: "西山社区" });
    await form.getByRole("button", { name: "创建用户" }).click();
    await expect(form.getByTestId("field-error")).toHaveText("密码至少需要 10 位。");
    await expect(form.getByLabel("姓名")).toHaveValue("吴新");
    await form.getByLabel("初始密码（至少 10 位）").fill("Welcome#2026");
    await form.getByRole("button", { name: "创建用户" }).click();
    await expect(form.getByRole("status")).toHaveText("用户已创建，请当面告知初始密码。");
    await form.getByLabel("姓名").fill("吴新");
    await form.getByLabel("电子邮箱").fill("wuxin@qingshan.gov.cn");
    await form.getByLabel("初始密码（至少 10 位）").fill("Welcome#2026");
    await form.getByRole("button", { name: "创建用户" }).click();
    await expect(form.getByTestId("field-error")).toHaveText("邮箱“wuxin@qingshan.gov.cn”已被使用。");
    await logout(page);
    await login(page, "wuxin@qingshan.gov.cn", "Welcome#2026");
    await expect(page.getByTestId("signed-in-as")).toContainText("吴新");
  });
});
