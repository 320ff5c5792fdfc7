import { expect, test, type Browser, type Page } from "@playwright/test";
import { inspectDocx } from "../tests/support/docx/inspect-docx";
import { ACCOUNTS } from "./support/accounts";
import { loginOk } from "./support/login";
import { sql } from "./support/sql";
import { openRound, startTemplateReport } from "./support/editor";
import { reportIdOf } from "./support/review";

// Last year's plan items with their verdicts appear in every view of the document: 东湖社区's 2037 report,
// started from its 2036 report (from the template) — years of this spec's own, so it runs alone or in any
// order.
const PART = "2036年工作计划完成情况";
const VERDICT = "完成情况：部分完成。全年宣讲92场";

async function firstReview(reportId: string): Promise<{ verdict: unknown; evidence: unknown }> {
  const rows = await sql(`SELECT "verdict", "evidence" FROM "PlanReview" WHERE "reportId" = ? ORDER BY "position" LIMIT 1`, [reportId]);
  return { verdict: rows[0]?.verdict ?? null, evidence: rows[0]?.evidence ?? null };
}

/** The 2037 report's id: opened if it exists, otherwise started from the 2036 one on the home page. */
async function openOrStart(page: Page, browser: Browser): Promise<string> {
  await startTemplateReport(browser, 2036);
  const existing = await reportIdOf("donghu", 2037);
  if (existing) return existing;
  if (!(await sql(`SELECT "id" FROM "ReportingRound" WHERE "year" = 2037`))[0]) await openRound(browser, 2037);
  await page.goto("/");
  const owed = page.getByRole("region", { name: "待起草的报告" }).getByRole("listitem").filter({ hasText: "2037年度宣传文化工作总结" });
  await owed.getByRole("button", { name: "以2036年报告为基础起草" }).click();
  await expect(page).toHaveURL(/\/reports\/[^/]+\/edit$/);
  return reportIdOf("donghu", 2037);
}

test.describe("last year's plan with verdicts (上年工作计划完成情况)", () => {
  test("a verdict set in the editor shows in the reading view, print view, Markdown and .docx", async ({ page, browser }) => {
    test.setTimeout(180_000);
    await loginOk(page, ACCOUNTS.otherStaff.email, ACCOUNTS.otherStaff.name);
    const id = await openOrStart(page, browser);
    await page.goto(`/reports/${id}/edit`);
    const row = page.getByRole("region", { name: "2036年计划完成情况" }).getByRole("group", { name: "上年计划 1" });
    await row.getByLabel("完成情况").selectOption("PARTLY");
    await row.getByLabel("说明").fill("全年宣讲92场");
    await expect(row.getByText("已保存", { exact: true })).toBeVisible({ timeout: 15_000 });
    await expect.poll(() => firstReview(id), { timeout: 15_000 }).toEqual({ verdict: "PARTLY", evidence: "全年宣讲92场" });

    // Reading view: the part after the achievements, the problems numbered after it.
    await page.goto(`/reports/${id}`);
    const doc = page.getByTestId("report-document");
    await expect(doc.getByRole("heading", { level: 2, name: `二、${PART}` })).toBeVisible();
    await expect(doc.getByRole("region", { name: PART })).toContainText(VERDICT);
    await expect(doc.getByRole("heading", { level: 2, name: "三、存在问题" })).toBeVisible();

    // Print view.
    await page.goto(`/print/reports/${id}`);
    const print = page.getByTestId("print-document");
    await expect(print.getByRole("heading", { level: 2, name: `二、${PART}` })).toBeVisible();
    await expect(print.getByRole("region", { name: PART })).toContainText(VERDICT);

    // Markdown.
    const md = await page.request.get(`/reports/${id}/export/md`);
    expect(md.status()).toBe(200);
    const markdown = await md.text();
    expect(markdown).toContain(`## 二、${PART}`);
    expect(markdown).toContain(VERDICT);
    expect(markdown).toContain("## 三、存在问题");

    // Word: the paragraphs of document.xml.
    const docx = await page.request.get(`/reports/${id}/export/docx`);
    expect(docx.status()).toBe(200);
    const paragraphs = inspectDocx(await docx.body()).paragraphs.map((p) => p.text);
    const at = paragraphs.indexOf(`二、${PART}`);
    expect(at).toBeGreaterThan(0);
    expect(paragraphs[at + 1]).toMatch(/^（一）.+。完成情况：部分完成。全年宣讲92场$/);
    expect(paragraphs).toContain("三、存在问题");
  });
});
