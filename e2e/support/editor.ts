import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { ACCOUNTS } from "./accounts";
import { loginOk, logout } from "./login";
import { sql } from "./sql";

/** What a drafter would type for each kind of blank. */
const FILL: Record<string, string> = { figure: "8", date: "10月18日", name: "青山", underline: "无", mark: "无", metric: "12" };

export async function blankCount(page: Page): Promise<number> {
  const text = (await page.getByTestId("blank-count").textContent()) ?? "";
  return Number(text.match(/\d+/)?.[0] ?? NaN);
}

/** Waits until every field of the editor is saved on the server. */
export async function expectAllSaved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveText("已保存", { timeout: 15_000 });
}

export const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

/** The document editor (ProseMirror) of a section, by the section's name (主要成效（一）, 开头, …). */
export const docEditor = (page: Page, section: string): Locator => region(page, section).getByRole("textbox").first();

/** The editor of a plan item, by its name (计划（一）…). */
export const planEditor = (page: Page, item: string): Locator => page.getByRole("group", { name: item, exact: true }).getByRole("textbox").first();

/** Puts the caret at the end of an editor's text. */
export async function caretToEnd(editor: Locator) {
  await editor.click();
  await editor.press("Control+End");
}

/** Selects the first occurrence of `text` inside one text run of an editor (to type over it). */
export async function selectText(editor: Locator, text: string) {
  await editor.focus();
  await editor.evaluate((el, t) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(t);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + t.length);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return;
    }
    throw new Error(`text not found: ${t}`);
  }, text);
}

/** Puts the caret at the end of a section's lead sentence (it runs in with the body: End would overshoot). */
export async function caretAtEndOfLead(editor: Locator) {
  await editor.focus();
  await editor.evaluate((el) => {
    const lead = el.querySelector("p.pm-lead")!;
    const range = document.createRange();
    range.selectNodeContents(lead);
    range.collapse(false);
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  });
}

/**
 * Fills every blank by keyboard alone, the way a drafter does: Alt+J to the next blank (a text blank is
 * selected, an empty figure chip is selected), then the digits or words. Returns the keys pressed.
 */
export async function fillAllBlanks(page: Page): Promise<{ keys: number; blanks: number; altJ: number; typed: number }> {
  let altJ = 0;
  let typed = 0;
  let blanks = 0;
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let guard = 0; guard < 500; guard++) {
    const before = await blankCount(page);
    if (before === 0) break;
    // The next stop from the caret is the first one left: everything before it is filled.
    const kind = (await page.getByTestId("blank-list").getByRole("button").first().getAttribute("data-kind")) ?? "figure";
    await page.keyboard.press("Alt+J");
    altJ++;
    const text = FILL[kind] ?? "8";
    await page.keyboard.type(text);
    typed += [...text].length;
    blanks++;
    await expect.poll(() => blankCount(page)).toBeLessThan(before);
  }
  await expect(page.getByTestId("blank-count")).toHaveText("0 处待填写");
  // Leave the last chip (if one is being edited) so every value is handed to its row.
  await page.keyboard.press("Alt+J");
  await expectAllSaved(page);
  return { keys: altJ + typed, blanks, altJ, typed };
}

/** Who drafts a spec's report from the template: the unit (its name in the round form, its code) and a drafter of it. */
export interface Drafting {
  unitName: string;
  unitCode: string;
  drafter: { email: string; name: string };
}
/** 东湖社区, drafted by 陈静 (the default: most specs' reports of their own). */
export const DONGHU: Drafting = { unitName: "东湖社区", unitCode: "donghu", drafter: ACCOUNTS.otherStaff };
/** 青山街道宣传办, drafted by 王芳 (co-drafter 周丽); its chain is 科室负责人 (李强) → 分管领导 (赵敏). */
export const XCB: Drafting = { unitName: "青山街道宣传办", unitCode: "qingshan-xcb", drafter: ACCOUNTS.staff };

/**
 * A report of its own for a spec: an admin opens a round for `year` owed by the unit (东湖社区 unless
 * told), and its drafter starts the unit's report from the template. Returns the editor's URL.
 */
export async function startTemplateReport(browser: Browser, year: number, who: Drafting = DONGHU): Promise<string> {
  // Idempotent: a retried worker runs beforeAll again on the same database.
  const [existing] = await sql(
    `SELECT r."id" FROM "Report" r JOIN "Unit" u ON u."id" = r."unitId" WHERE r."year" = ? AND u."code" = ?`,
    [year, who.unitCode],
  );
  if (existing) return `/reports/${String(existing.id)}/edit`;
  const [round] = await sql(`SELECT "id" FROM "ReportingRound" WHERE "year" = ?`, [year]);
  if (!round) await openRound(browser, year, [who.unitName]);
  const page = await browser.newPage();
  await loginOk(page, who.drafter.email, who.drafter.name);
  const owed = page.getByRole("region", { name: "待起草的报告" }).getByRole("listitem").filter({ hasText: `${year}年度宣传文化工作总结` });
  await owed.getByRole("button", { name: "从模板起草" }).click();
  await expect(page).toHaveURL(/\/reports\/[^/]+\/edit$/);
  const url = page.url();
  await page.close();
  return new URL(url).pathname;
}

/** An admin opens the round for `year` on the demo template, owed by the units named (东湖社区 unless told). */
export async function openRound(browser: Browser, year: number, units: string[] = [DONGHU.unitName]) {
  const admin = await browser.newPage();
  await loginOk(admin, ACCOUNTS.admin.email, ACCOUNTS.admin.name);
  await admin.goto("/admin");
  const form = admin.getByRole("form", { name: "新建报送任务" });
  await form.getByLabel("年度").fill(String(year));
  await form.getByLabel("名称").fill(`${year}年度宣传文化工作总结`);
  await form.getByLabel("截止日期").fill(`${year + 1}-01-15`);
  // The demo template by name: another spec may have imported one that now comes first in the list.
  await form.getByLabel("模板").selectOption({ label: "宣传文化与志愿服务工作总结" });
  for (const unit of units) await form.getByRole("checkbox", { name: unit }).check();
  await form.getByRole("button", { name: "创建" }).click();
  await expect(form.getByRole("status")).toHaveText("报送任务已创建。");
  await logout(admin);
  await admin.close();
}
