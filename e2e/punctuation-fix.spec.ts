// One-click punctuation fix (GB/T 15834) in the editor: 东湖社区's own report of round 2052 (this spec's year).
import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "./support/accounts";
import { loginOk } from "./support/login";
import { caretToEnd, docEditor, expectAllSaved, startTemplateReport } from "./support/editor";
import { sql } from "./support/sql";

const YEAR = 2052;
const TYPED = '全年开展"文化惠民"活动,效果良好...';
const FIXED = "全年开展“文化惠民”活动，效果良好……";

test("the drafter previews and applies the punctuation fix; the text is saved, versioned and audited", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const url = await startTemplateReport(browser, YEAR);
  const reportId = url.split("/")[2];
  await loginOk(page, ACCOUNTS.otherStaff.email, ACCOUNTS.otherStaff.name);
  await page.goto(url);

  // the drafter types with an ASCII keyboard layout
  const opening = docEditor(page, "开头");
  await caretToEnd(opening);
  await page.keyboard.type(TYPED);
  await expectAllSaved(page);
  const [before] = await sql(`SELECT "id", "body", "version" FROM "Section" WHERE "reportId" = ? AND "kind" = 'OPENING'`, [reportId]);
  expect(String(before.body)).toContain(TYPED);

  // preview: what would change, nothing written yet
  await page.getByRole("button", { name: "规范标点" }).click();
  const panel = page.getByTestId("punctuation-fix");
  await expect(panel.getByRole("heading", { name: "标点规范（GB/T 15834）" })).toBeVisible();
  const change = panel.getByTestId("punctuation-change").filter({ hasText: "开头" });
  // the template's own ASCII quotes (unless a retried run fixed them already), and what the drafter typed
  if (String(before.body).includes('"文化惠民、志愿暖心"')) {
    await expect(change.locator("del").filter({ hasText: '"文化惠民、志愿暖心"' })).toHaveCount(1);
    await expect(change.locator("ins").filter({ hasText: "“文化惠民、志愿暖心”" })).toHaveCount(1);
  }
  await expect(change.locator("del").filter({ hasText: '"文化惠民"活动,效果良好...' })).toHaveCount(1);
  await expect(change.locator("ins").filter({ hasText: "“文化惠民”活动，效果良好……" })).toHaveCount(1);
  expect((await sql(`SELECT "version" FROM "Section" WHERE "id" = ?`, [before.id]))[0].version).toBe(before.version);

  // apply: stored, new version, one audit event; the editor reloads with the fixed text
  await panel.getByRole("button", { name: "全部应用" }).click();
  await expect(docEditor(page, "开头")).toContainText(FIXED);
  const [after] = await sql(`SELECT "body", "version" FROM "Section" WHERE "id" = ?`, [before.id]);
  expect(String(after.body)).toContain(FIXED);
  expect(String(after.body)).not.toContain('"');
  expect(Number(after.version)).toBe(Number(before.version) + 1);
  const events = await sql(`SELECT "data" FROM "AuditEvent" WHERE "action" = 'report.punctuation' AND "reportId" = ? ORDER BY "seq" DESC`, [reportId]);
  expect(events.length).toBeGreaterThanOrEqual(1);
  expect(JSON.parse(String(events[0].data)).sections).toBeGreaterThanOrEqual(1);

  // the editor goes on saving on the new version (no conflict), and a second fix finds nothing
  await caretToEnd(docEditor(page, "开头"));
  await page.keyboard.type("特此说明。");
  await expectAllSaved(page);
  await page.getByRole("button", { name: "规范标点" }).click();
  await expect(page.getByTestId("punctuation-fix").getByRole("status")).toHaveText("未发现需要修改的标点。");
});
