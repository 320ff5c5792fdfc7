import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "./support/accounts";
import { loginOk } from "./support/login";
import { sql } from "./support/sql";

/** The demo reports of 青山街道宣传办. */
async function reportId(year: number): Promise<string> {
  const rows = await sql(
    `SELECT r."id" FROM "Report" r JOIN "Unit" u ON u."id" = r."unitId" WHERE r."year" = ? AND u."code" = 'qingshan-xcb'`,
    [year],
  );
  return String(rows[0].id);
}

test.describe("report view, scoping, language and layout", () => {
  test("the report page shows the sections read-only, with figures as numbers", async ({ page }) => {
    await loginOk(page, ACCOUNTS.staff.email, ACCOUNTS.staff.name);
    await page.getByRole("link", { name: "2024年青山街道宣传文化与志愿服务工作总结" }).click();
    const doc = page.getByTestId("report-document");
    await expect(doc.getByRole("heading", { level: 1 })).toHaveText("2024年青山街道宣传文化与志愿服务工作总结");
    await expect(doc).toContainText("（一）理论宣讲扎实开展。组建宣讲小分队4支，全年开展宣讲86场");
    await expect(doc).toContainText("投资85万元");
    await expect(doc).not.toContainText("{{m:");
    await expect(doc.getByRole("heading", { name: "二、存在问题" })).toBeVisible();
    await expect(doc.getByRole("heading", { name: "三、2025年工作计划" })).toBeVisible();
    await expect(doc.getByTestId("draft-marking")).toHaveCount(0);
    await expect(page.getByRole("textbox")).toHaveCount(0);
  });

  test("a draft is marked as such", async ({ page }) => {
    await loginOk(page, ACCOUNTS.leader.email, ACCOUNTS.leader.name);
    await page.goto(`/reports/${await reportId(2025)}`);
    await expect(page.getByTestId("draft-marking")).toHaveText("征求意见稿");
  });

  test("a staff member of another unit gets 404 for the report", async ({ page }) => {
    await loginOk(page, ACCOUNTS.otherStaff.email, ACCOUNTS.otherStaff.name);
    await expect(page.getByRole("list", { name: "我的报告" })).toContainText("2024年东湖社区宣传文化与志愿服务工作总结");
    const res = await page.goto(`/reports/${await reportId(2025)}`);
    expect(res?.status()).toBe(404);
    await expect(page.getByText("您要找的页面不存在，或您无权查看。")).toBeVisible();
    const missing = await page.goto(`/reports/does-not-exist`);
    expect(missing?.status()).toBe(404);
  });

  test("a leader of the parent unit can read the report", async ({ page }) => {
    await loginOk(page, ACCOUNTS.leader2.email, ACCOUNTS.leader2.name);
    const res = await page.goto(`/reports/${await reportId(2024)}`);
    expect(res?.status()).toBe(200);
    await expect(page.getByTestId("report-document")).toContainText("注册志愿者达到1860人");
  });

  test("switching the language changes the UI and is remembered", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByLabel("E-mail").fill(ACCOUNTS.staff.email);
    await page.getByLabel("Password").fill("Summa@2025");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "My reports" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });

  test("an action's refusal comes in the language chosen: the server words it", async ({ page }) => {
    await loginOk(page, ACCOUNTS.admin.email, ACCOUNTS.admin.name);
    await page.goto("/admin");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const form = page.getByRole("form", { name: "New user" });
    await form.getByLabel("Name").fill("Wu Xin");
    await form.getByLabel("E-mail").fill(ACCOUNTS.staff.email);
    await form.getByLabel("First password (10+ characters)").fill("short");
    await form.getByLabel("Unit").selectOption({ label: "西山社区" });
    await form.getByRole("button", { name: "Create user" }).click();
    // the schema's refusal, then the domain's with a value in it: neither catalogue is on the page
    await expect(form.getByTestId("field-error")).toHaveText("The password needs at least 10 characters.");
    await form.getByLabel("First password (10+ characters)").fill("Welcome#2026");
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(form.getByTestId("field-error")).toHaveText(`The e-mail “${ACCOUNTS.staff.email}” is already used.`);
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    const zh = page.getByRole("form", { name: "新建用户" });
    await zh.getByLabel("姓名").fill("吴新");
    await zh.getByLabel("电子邮箱").fill(ACCOUNTS.staff.email);
    await zh.getByLabel("初始密码（至少 10 位）").fill("Welcome#2026");
    await zh.getByLabel("单位").selectOption({ label: "西山社区" });
    await zh.getByRole("button", { name: "创建用户" }).click();
    await expect(zh.getByTestId("field-error")).toHaveText(`邮箱“${ACCOUNTS.staff.email}”已被使用。`);
  });

  test("pages fit a 375 px phone screen without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await loginOk(page, ACCOUNTS.admin.email, ACCOUNTS.admin.name);
    for (const url of ["/", "/admin", `/reports/${await reportId(2024)}`]) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
  });

  test("the sign-in form works from the keyboard alone", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("电子邮箱").focus();
    await page.keyboard.type(ACCOUNTS.staff.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type("Summa@2025");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("signed-in-as")).toContainText(ACCOUNTS.staff.name);
  });

  test("health check and security headers", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    expect((await res.json()).status).toBe("ok");
    const page = await request.get("/login");
    expect(page.headers()["content-security-policy"]).toContain("default-src 'self'");
    expect(page.headers()["x-frame-options"]).toBe("DENY");
    expect(page.headers()["x-powered-by"]).toBeUndefined();
  });
});

test("the app has its own icon and tells search engines to stay out, with nothing fetched from elsewhere", async ({ page, request }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain("Disallow: /");
  const icon = await request.get("/favicon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  await page.goto("/login");
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /\/favicon\.svg/);
});
