// Totals and their parts (合计 / 其中), and last year's plan verdicts in the reviewer's diff — each on
// 东湖社区 reports of this spec's own years (2033 from the template, 2034 started from it).
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS } from "./support/accounts";
import { loginOk } from "./support/login";
import { caretToEnd, docEditor, expectAllSaved, openRound, region, selectText, startTemplateReport } from "./support/editor";
import { ensureDonghuChain, fillAllBlanksInDatabase, reportIdOf, submitForReview, withdrawSubmission } from "./support/review";
import { sql } from "./support/sql";

async function openEditor(page: Page, url: string) {
  await loginOk(page, ACCOUNTS.otherStaff.email, ACCOUNTS.otherStaff.name);
  await page.goto(url);
  await expect(docEditor(page, "开头")).toBeVisible();
}

async function addFigure(page: Page, f: { key: string; label: string; unit: string; value: string }) {
  const form = page.getByRole("form", { name: "新增指标" });
  await form.getByLabel("代码（英文）").fill(f.key);
  await form.getByLabel("名称").fill(f.label);
  await form.getByLabel("单位").fill(f.unit);
  await form.getByLabel("本年数值").fill(f.value);
  await form.getByRole("button", { name: "添加" }).click();
  await expect(region(page, "数据指标").getByLabel(`${f.label}（本年）`)).toHaveValue(f.value);
}

test("parts declared in the register and parts written in the text are checked against their total", async ({ page, browser }) => {
  const url = await startTemplateReport(browser, 2033);
  await openEditor(page, url);
  const warnings = page.getByTestId("problem-warnings");
  const register = region(page, "数据指标");

  // Idempotent on a retry: the figures may exist already.
  if ((await register.getByLabel("服务群众（本年）").count()) === 0) {
    await addFigure(page, { key: "served", label: "服务群众", unit: "人次", value: "5200" });
    await addFigure(page, { key: "served_elderly", label: "老年人", unit: "人次", value: "5600" });
  }
  await register.getByLabel("服务群众（本年）").fill("5200");
  await register.getByLabel("老年人（本年）").fill("5600");
  await register.getByLabel("老年人 属于").selectOption({ label: "其中：服务群众" });
  await expect(warnings).toContainText("指标“服务群众”：各分项之和 5600人次 超过本项 5200人次");
  await expect.poll(async () => (await sql(`SELECT "partOfKey" FROM "Metric" WHERE "key" = 'served_elderly' AND "reportId" = (SELECT "reportId" FROM "Metric" WHERE "key" = 'served' LIMIT 1)`))[0]?.partOfKey).toBe("served");

  // Corrected, the warning goes; declared a 合计, the parts must add up exactly.
  await register.getByLabel("老年人（本年）").fill("3100");
  await expect(warnings).not.toContainText("指标“服务群众”");
  await register.getByLabel("服务群众 的分项").selectOption({ label: "分项合计等于本项" });
  await expect(warnings).toContainText("指标“服务群众”：各分项合计 3100人次，与本项 5200人次 不符");
  await register.getByLabel("服务群众 的分项").selectOption({ label: "分项不超过本项" });
  await expect(warnings).not.toContainText("指标“服务群众”");

  // In the text: a 其中 whose parts exceed the whole, found and corrected.
  const editor = docEditor(page, "主要成效（五）");
  await caretToEnd(editor);
  await page.keyboard.type("全年服务群众5200人次，其中老年人3100人次、儿童2500人次。");
  const textWarning = warnings.getByTestId("warning-link").filter({ hasText: "各分项之和 5600人次 超过总数 5200人次" });
  await expect(textWarning).toContainText("主要成效（五）");
  await textWarning.click();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe("5200");
  await selectText(editor, "2500");
  await page.keyboard.type("2000");
  await expect(textWarning).toHaveCount(0);

  // A list that does not add up to its 合计.
  await page.keyboard.press("Control+End");
  await page.keyboard.type("开展理论宣讲40场、政策宣讲36场，合计86场。");
  await expect(warnings).toContainText("主要成效（五）：各项相加为 76场，与合计 86场 不符");
  await selectText(editor, "36场");
  await page.keyboard.type("46场");
  await expect(warnings).not.toContainText("与合计");
  await expectAllSaved(page);
});

test("the reviewer's diff shows last year's plan verdicts as they changed between submissions", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await ensureDonghuChain();
  await startTemplateReport(browser, 2033);
  // 2034, started from 2033's report: its plan items come in for a verdict.
  let id = await reportIdOf("donghu", 2034);
  if (!id) {
    if (!(await sql(`SELECT "id" FROM "ReportingRound" WHERE "year" = 2034`))[0]) await openRound(browser, 2034);
    await loginOk(page, ACCOUNTS.otherStaff.email, ACCOUNTS.otherStaff.name);
    const owed = page.getByRole("region", { name: "待起草的报告" }).getByRole("listitem").filter({ hasText: "2034年度宣传文化工作总结" });
    await owed.getByRole("button", { name: "以2033年报告为基础起草" }).click();
    await expect(page).toHaveURL(/\/reports\/[^/]+\/edit$/);
    id = await reportIdOf("donghu", 2034);
  } else {
    await loginOk(page, ACCOUNTS.otherStaff.email, ACCOUNTS.otherStaff.name);
  }
  // Blanks filled as a drafter would have: this test is about the verdicts, not the drafting.
  await fillAllBlanksInDatabase(id);
  const [status] = await sql(`SELECT "status" FROM "Report" WHERE "id" = ?`, [id]);
  expect(status.status).toBe("DRAFT");

  const setVerdict = async (verdict: string, evidence: string) => {
    await page.goto(`/reports/${id}/edit`);
    const row = page.getByRole("region", { name: "2033年计划完成情况" }).getByRole("group", { name: "上年计划 1" });
    await row.getByLabel("完成情况").selectOption({ label: verdict });
    await row.getByLabel("说明").fill(evidence);
    await expect(row.getByText("已保存", { exact: true })).toBeVisible({ timeout: 15_000 });
  };
  const withdraw = async () => {
    await page.goto(`/reports/${id}`);
    await withdrawSubmission(page);
    await expect(page.getByTestId("edit-link")).toBeVisible();
  };

  await setVerdict("部分完成", "完成宣讲60场");
  await page.goto(`/reports/${id}`);
  await submitForReview(page);
  await withdraw();
  await setVerdict("完成", "完成宣讲100场");
  await page.goto(`/reports/${id}`);
  await submitForReview(page);

  // The leader compares the two submissions.
  const leader = await browser.newPage();
  await loginOk(leader, ACCOUNTS.leader2.email, ACCOUNTS.leader2.name);
  await leader.goto(`/reports/${id}/versions`);
  const reviews = leader.getByTestId("diff-plan-reviews");
  await expect(reviews.getByRole("heading", { name: "上年工作计划完成情况" })).toBeVisible();
  const first = reviews.getByTestId("diff-plan-review").first();
  await expect(first).toHaveAttribute("data-change", "changed");
  await expect(first.locator("del").first()).toHaveText("部分完成");
  await expect(first.locator("ins").first()).toHaveText("完成");
  await expect(first).toContainText("完成宣讲");
  await leader.close();

  // Nothing left in anybody's inbox.
  await withdraw();
});
