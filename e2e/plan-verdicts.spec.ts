import { expect, test, type Page } from "@playwright/test";
import { inspectDocx } from "../lib/export/docx/inspect-docx";
import { ACCOUNTS } from "./support/accounts";
import { loginOk } from "./support/login";
import { sql } from "./support/sql";

// Last year's plan items with their verdicts appear in every view of the document: 东湖社区's 2025 report,
// started from its 2024 report (by drafting.spec.ts, or here when this spec runs alone).
const PART = "2024年工作计划完成情况";
const VERDICT = "完成情况：部分完成。全年宣讲92场";

async function donghu2025(): Promise<{ id: string; status: string } | null> {
  const rows = await sql(
    `SELECT r."id", r."status" FROM "Report" r JOIN "Unit" u ON u."id" = r."unitId" WHERE r."year" = 2025 AND u."code" = 'donghu'`,
  );
  return rows[0] ? { id: String(rows[0].id), status: String(rows[0].status) } : null;
}

async function firstReview(reportId: string): Promise<{ verdict: unknown; evidence: unknown }> {
  const rows = await sql(`SELECT "verdict", "evidence" FROM "PlanReview" WHERE "reportId" = ? ORDER BY "position" LIMIT 1`, [reportId]);
  return { verdict: rows[0]?.verdict ?? null, evidence: rows[0]?.evidence ?? null };
}

/** The report's id: opened if it exists, otherwise started from last year's on the home page. */
async function openOrStart(page: Page): Promise<{ id: string; status: string }> {
  const existing = await donghu2025();
  if (existing) return existing;
  await page.goto("/");
  await page.getByRole("button", { name: "以2024年报告为基础起草" }).click();
  await expect(page).toHaveURL(/\/reports\/[^/]+\/edit$/);
  const created = await donghu2025();
  expect(created).not.toBeNull();
  return created!;
}

test.describe("last year's plan with verdicts (上年工作计划完成情况)", () => {
  test("a verdict set in the editor shows in the reading view, print view, Markdown and .docx", async ({ page }) => {
    test.setTimeout(120_000);
    await loginOk(page, ACCOUNTS.otherStaff.email, ACCOUNTS.otherStaff.name);
    const { id, status } = await openOrStart(page);

    if (status === "DRAFT") {
      await page.goto(`/reports/${id}/edit`);
      const row = page.getByRole("region", { name: "2024年计划完成情况" }).getByRole("group", { name: "上年计划 1" });
      await row.getByLabel("完成情况").selectOption("PARTLY");
      await row.getByLabel("说明").fill("全年宣讲92场");
      await expect(row.getByText("已保存", { exact: true })).toBeVisible({ timeout: 15_000 });
    } else {
      // Submitted or approved by a spec that ran before (withdraw.spec.ts): no editor any more, so the
      // verdict is set as the editor would have saved it.
      await sql(
        `UPDATE "PlanReview" SET "verdict" = 'PARTLY', "evidence" = ?, "version" = "version" + 1
         WHERE "id" = (SELECT "id" FROM "PlanReview" WHERE "reportId" = ? ORDER BY "position" LIMIT 1)`,
        ["全年宣讲92场", id],
      );
    }
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
