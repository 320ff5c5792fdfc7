// Title and signature block (落款) per report: the drafter edits them in the editor while the report is a
// draft; every format prints them. 东湖社区's own report of round 2050 (this spec's year).
import { expect, test } from "@playwright/test";
import { readDocxParts } from "../tests/support/docx/read-docx-zip";
import { ACCOUNTS } from "./support/accounts";
import { loginOk } from "./support/login";
import { startTemplateReport } from "./support/editor";
import { sql } from "./support/sql";

const YEAR = 2050;
const TITLE = "2050年东湖社区宣传文化与志愿服务工作总结";
const ISSUER = "东湖社区居民委员会";

test("the drafter edits the title, issuer and date; Word, Markdown and print show them, the edit is audited", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const url = await startTemplateReport(browser, YEAR);
  const reportId = url.split("/")[2];
  // a retried run starts from the defaults again
  await sql(`UPDATE "Report" SET "signatureUnit" = NULL, "documentDate" = NULL WHERE "id" = ?`, [reportId]);
  await loginOk(page, ACCOUNTS.otherStaff.email, ACCOUNTS.otherStaff.name);
  await page.goto(url);

  const frame = page.getByTestId("document-frame");
  await frame.getByText("标题与落款", { exact: true }).click();
  // defaults: the unit's name as placeholder, no date (the approval date will be printed)
  await expect(frame.getByLabel("落款单位")).toHaveAttribute("placeholder", "东湖社区");
  await expect(frame.getByLabel("成文日期")).toHaveValue("");

  // a blank title is refused by the server's validation, nothing is stored
  await frame.getByLabel("文稿标题").fill("   ");
  await frame.getByRole("button", { name: "保存标题与落款" }).click();
  await expect(frame.getByTestId("field-error")).toHaveText("请填写文稿标题。");

  await frame.getByLabel("文稿标题").fill(TITLE);
  await frame.getByLabel("落款单位").fill(ISSUER);
  await frame.getByLabel("成文日期").fill(`${YEAR}-12-28`);
  await frame.getByRole("button", { name: "保存标题与落款" }).click();
  await expect(frame.getByRole("status")).toHaveText("已保存。");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);

  const [row] = await sql(`SELECT "title", "signatureUnit", "documentDate" FROM "Report" WHERE "id" = ?`, [reportId]);
  expect(row.title).toBe(TITLE);
  expect(row.signatureUnit).toBe(ISSUER);
  expect(row.documentDate).not.toBeNull();
  const events = await sql(`SELECT "data" FROM "AuditEvent" WHERE "action" = 'report.frame' AND "reportId" = ?`, [reportId]);
  expect(events.map((e) => JSON.parse(String(e.data)))).toContainEqual({ title: TITLE, signatureUnit: ISSUER, documentDate: `${YEAR}-12-28` });

  // after a reload the form shows what is stored
  await page.reload();
  await page.getByTestId("document-frame").getByText("标题与落款", { exact: true }).click();
  await expect(page.getByLabel("落款单位")).toHaveValue(ISSUER);
  await expect(page.getByLabel("成文日期")).toHaveValue(`${YEAR}-12-28`);

  // Word: title, issuer and date in the document, the issuer 2 字 from the right (right-aligned paragraph)
  const docx = await page.request.get(`/reports/${reportId}/export/docx`);
  expect(docx.status()).toBe(200);
  const xml = readDocxParts(Buffer.from(await docx.body())).get("word/document.xml")!;
  const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => m[0]);
  const textOf = (p: string) => p.replace(/<[^>]+>/g, "");
  const issuer = paragraphs.find((p) => textOf(p) === ISSUER);
  expect(issuer, "issuer paragraph").toBeDefined();
  expect(issuer).toContain('<w:jc w:val="right"/>');
  const date = paragraphs[paragraphs.indexOf(issuer!) + 1];
  expect(textOf(date)).toBe(`${YEAR}年12月28日`);
  expect(paragraphs.map(textOf).join("")).toContain(TITLE.slice(0, 12));
  expect(paragraphs.map(textOf)).not.toContain("东湖社区");

  // Markdown and the print view
  const md = await (await page.request.get(`/reports/${reportId}/export/md`)).text();
  expect(md).toContain(`# ${TITLE}\n`);
  expect(md).toContain(ISSUER);
  expect(md).toContain(`${YEAR}年12月28日`);
  await page.goto(`/print/reports/${reportId}`);
  await expect(page.getByText(ISSUER, { exact: true })).toBeVisible();
  await expect(page.getByText(`${YEAR}年12月28日`, { exact: true })).toBeVisible();

  // clearing the issuer falls back to the unit's name
  await page.goto(url);
  await page.getByTestId("document-frame").getByText("标题与落款", { exact: true }).click();
  await page.getByLabel("落款单位").fill("");
  await page.getByRole("button", { name: "保存标题与落款" }).click();
  await expect(page.getByTestId("document-frame").getByRole("status")).toHaveText("已保存。");
  const md2 = await (await page.request.get(`/reports/${reportId}/export/md`)).text();
  expect(md2).not.toContain(ISSUER);
  expect(md2).toContain("东湖社区");
});
