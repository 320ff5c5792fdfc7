import { expect, test, type Page } from "@playwright/test";
import { inspectDocx } from "../tests/support/docx/inspect-docx";
import { ACCOUNTS } from "./support/accounts";
import { loginOk } from "./support/login";
import { blankCount, caretToEnd, docEditor, expectAllSaved, region, selectText, startTemplateReport } from "./support/editor";

// The document surface on a report of this spec's own: 东湖社区's 2027 report, started from the template.
let editUrl = "";
test.beforeAll(async ({ browser }) => {
  editUrl = await startTemplateReport(browser, 2027);
});

async function openEditor(page: Page) {
  await loginOk(page, ACCOUNTS.otherStaff.email, ACCOUNTS.otherStaff.name);
  await page.goto(editUrl);
  // The editors are mounted (their chips rendered) once the first one is there.
  await expect(docEditor(page, "开头")).toBeVisible();
}

const chip = (page: Page, section: string, key: string) => docEditor(page, section).locator(`[data-testid="metric-chip"][data-key="${key}"]`);

test.describe("the document editor", () => {
  test("Alt+J walks forward and Alt+Shift+J back, in document order", async ({ page }) => {
    await openEditor(page);
    await page.keyboard.press("Alt+J");
    await expect(docEditor(page, "开头")).toBeFocused();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe("X");
    await page.keyboard.press("Alt+J");
    // The next blank is the first empty chip of 主要成效（一）, selected.
    await expect(chip(page, "主要成效（一）", "lecture_teams")).toHaveClass(/pm-chip-selected/);
    await page.keyboard.press("Alt+J");
    await expect(chip(page, "主要成效（一）", "lectures")).toHaveClass(/pm-chip-selected/);
    await page.keyboard.press("Alt+Shift+J");
    await expect(chip(page, "主要成效（一）", "lecture_teams")).toHaveClass(/pm-chip-selected/);
    await page.keyboard.press("Alt+Shift+J");
    await expect(docEditor(page, "开头")).toBeFocused();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe("X");
    // Nothing was typed by the shortcuts.
    await expect(docEditor(page, "开头")).not.toContainText("j");
  });

  test("a figure inserted by keyboard in four keys; a unit typed after it is caught", async ({ page }) => {
    await openEditor(page);
    const editor = docEditor(page, "主要成效（五）");
    const before = await editor.locator('[data-key="awards"]').count();
    await caretToEnd(editor);
    let keys = 0;
    for (const k of ["Alt+M", "a", "w", "Enter"]) {
      await page.keyboard.press(k);
      keys++;
    }
    console.log(`[keys] figure inserted with ${keys} keys (Alt+M, a, w, Enter)`);
    await expect(page.getByRole("dialog", { name: "插入指标" })).toHaveCount(0);
    await expect(editor.locator('[data-key="awards"]')).toHaveCount(before + 1);
    await expect(editor).toBeFocused();
    // A unit written after the chip would print twice ("3个个"): marked in the text and listed.
    await page.keyboard.type("个");
    await expect(editor.locator(".pm-unit-dup")).toHaveText("个");
    await expect(page.getByTestId("problem-warnings")).toContainText("主要成效（五）：指标后又写了单位“个”");
    await page.keyboard.press("Backspace");
    await expect(editor.locator(".pm-unit-dup")).toHaveCount(0);
    await expect(page.getByTestId("problem-warnings")).not.toContainText("指标后又写了单位");
    await expectAllSaved(page);
  });

  test("a chip edited in place changes the figure everywhere: register, reading view, print, Markdown and .docx", async ({ page }) => {
    await openEditor(page);
    const lectures = chip(page, "主要成效（一）", "lectures");
    await lectures.click();
    const input = docEditor(page, "主要成效（一）").getByTestId("chip-input");
    await expect(input).toBeFocused();
    await page.keyboard.type("86");
    await page.keyboard.press("Enter");
    await expect(lectures).toHaveText("86场");
    await expect(region(page, "数据指标").getByLabel("开展宣讲（本年）")).toHaveValue("86");
    await expectAllSaved(page);

    const id = editUrl.split("/")[2];
    await page.goto(`/reports/${id}`);
    await expect(page.getByTestId("report-document")).toContainText("开展宣讲86场");
    await page.goto(`/print/reports/${id}`);
    await expect(page.locator("body")).toContainText("开展宣讲86场");
    const md = await (await page.request.get(`/reports/${id}/export/md`)).text();
    expect(md).toContain("开展宣讲86场");
    const docx = inspectDocx(Buffer.from(await (await page.request.get(`/reports/${id}/export/docx`)).body()));
    expect(docx.paragraphs.map((p) => p.text).join("\n")).toContain("开展宣讲86场");
  });

  test("a number typed over a blank is registered as a figure with its label and unit guessed", async ({ page }) => {
    await openEditor(page);
    const count = await blankCount(page);
    const editor = docEditor(page, "主要成效（一）");
    await page.getByTestId("blank-list").getByRole("button").filter({ hasText: "推送学习内容" }).click();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe("X");
    await page.keyboard.type("35");
    const bar = page.getByTestId("bind-bar");
    await expect(bar).toBeVisible();
    await expect(bar.getByLabel("名称")).toHaveValue("推送学习内容");
    await expect(bar.getByLabel("单位")).toHaveValue("条");
    await expect(bar.getByTestId("bind-value")).toHaveText("35");
    await page.keyboard.press("Alt+Enter");
    await expect(bar).toHaveCount(0);
    const bound = editor.locator('[data-testid="metric-chip"]').filter({ hasText: "35条" });
    await expect(bound).toHaveCount(1);
    await expect(bound).toHaveAttribute("aria-label", /推送学习内容/);
    await expect(editor).toContainText("推送学习内容35条，");
    await expect(editor).not.toContainText("35条条");
    const row = region(page, "数据指标").locator("tr", { has: page.getByLabel("推送学习内容（本年）") });
    await expect(row.getByLabel("推送学习内容（本年）")).toHaveValue("35");
    await expect(row.getByLabel("推送学习内容 的单位")).toHaveValue("条");
    expect(await blankCount(page)).toBe(count - 1);
    await expectAllSaved(page);
  });

  test("a figure typed as a plain number is a warning; one click and Alt+Enter bind it", async ({ page }) => {
    await openEditor(page);
    const editor = docEditor(page, "主要成效（四）");
    await caretToEnd(editor);
    await page.keyboard.type("新增志愿岗位30个。");
    const warning = page.getByTestId("problem-warnings").getByTestId("warning-link").filter({ hasText: "主要成效（四）：数字未登记为指标" });
    await expect(warning).toContainText("新增志愿岗位【30】个");
    // Away from it, then back through the warning.
    await page.keyboard.press("Control+Home");
    await warning.click();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe("30");
    await expect(page.getByTestId("bind-bar").getByLabel("单位")).toHaveValue("个");
    await page.keyboard.press("Alt+Enter");
    await expect(editor.locator('[data-testid="metric-chip"]').filter({ hasText: "30个" })).toHaveCount(1);
    await expect(warning).toHaveCount(0);
    await expectAllSaved(page);
  });

  test("a stated change is recomputed from the figure it describes", async ({ page }) => {
    await openEditor(page);
    const register = region(page, "数据指标");
    await register.getByLabel("开展宣讲（本年）").fill("86");
    await register.getByLabel("开展宣讲（上年）").fill("80");
    const editor = docEditor(page, "主要成效（五）");
    await caretToEnd(editor);
    await page.keyboard.type("全年宣讲");
    await page.keyboard.press("Alt+M");
    await page.keyboard.type("lectures");
    await page.keyboard.press("Enter");
    await page.keyboard.type("，较上年增长50%。");
    const warnings = page.getByTestId("problem-warnings");
    await expect(warnings).toContainText("主要成效（五）：“较上年增长50%”与指标“开展宣讲”不符，按本年和上年数值应为“较上年增长7.5%”");
    await warnings.getByTestId("warning-link").filter({ hasText: "较上年增长50%" }).click();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toContain("增长50%");
    // Corrected, the warning goes.
    await selectText(editor, "50%");
    await page.keyboard.type("7.5%");
    await expect(warnings).not.toContainText("较上年增长");
    await expectAllSaved(page);
  });

  test("Chinese input: an IME composition is never broken by autosave or decorations", async ({ page }) => {
    await openEditor(page);
    const editor = docEditor(page, "主要成效（三）");
    await caretToEnd(editor);
    const cdp = await page.context().newCDPSession(page);
    // Pinyin being composed, slowly, across the autosave debounce.
    for (const text of ["z", "zh", "zhi", "zhiy", "zhiyuan"]) {
      await cdp.send("Input.imeSetComposition", { text, selectionStart: text.length, selectionEnd: text.length });
      await page.waitForTimeout(250);
    }
    await cdp.send("Input.imeSetComposition", { text: "志愿", selectionStart: 2, selectionEnd: 2 });
    await page.waitForTimeout(900);
    await cdp.send("Input.insertText", { text: "志愿者" });
    await cdp.send("Input.insertText", { text: "服务常态化。" });
    await expect(editor).toContainText(/志愿者服务常态化。$/);
    await expect(editor).not.toContainText("zhiyuan");
    await expectAllSaved(page);
    await page.reload();
    await expect(docEditor(page, "主要成效（三）")).toContainText(/小时。志愿者服务常态化。$/);
  });

  test("paste from Word brings plain paragraphs: no styles, typed numbering dropped", async ({ page }) => {
    await openEditor(page);
    const editor = docEditor(page, "主要成效（四）");
    await caretToEnd(editor);
    await editor.evaluate((el) => {
      const dt = new DataTransfer();
      dt.setData(
        "text/html",
        `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment--><p class=MsoNormal style="text-indent:2em"><b><span style="font-family:黑体;color:red">（一）第一段粘贴的内容。</span></b></p><p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><span style="font-size:16pt">2. 第二段<i>粘贴</i>的内容。</span></p><!--EndFragment--></body></html>`,
      );
      dt.setData("text/plain", "（一）第一段粘贴的内容。\r\n\r\n2. 第二段粘贴的内容。");
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    await expect(editor).toContainText("第一段粘贴的内容。");
    await expect(editor).toContainText("第二段粘贴的内容。");
    await expect(editor).not.toContainText("（一）第一段");
    await expect(editor).not.toContainText("2. 第二段");
    await expect(editor.locator("b, i, strong, em, span[style], font")).toHaveCount(0);
    // Two paragraphs came in: the first joins the paragraph at the caret, the second is its own.
    await expect(editor.locator("p", { hasText: "第二段粘贴的内容。" })).toHaveText("第二段粘贴的内容。");
    await expectAllSaved(page);
  });

  test("the register is a table; a percentage changes in percentage points", async ({ page }) => {
    await openEditor(page);
    const register = region(page, "数据指标");
    await expect(register.getByRole("table")).toBeVisible();
    await expect(register.getByRole("columnheader")).toHaveText(["代码", "指标名称", "本年", "单位", "上年", "较上年", "目标", "备注", "归属", "操作"]);
    const row = register.locator('tr[data-metric-key="volunteer_growth"]');
    await row.getByLabel("注册志愿者增长率（上年）").fill("12.5");
    await row.getByLabel("注册志愿者增长率（本年）").fill("43");
    await expect(row.getByTestId("yoy")).toHaveText("较上年提高30.5个百分点");
    // Keyboard: ArrowDown moves to the same column of the next row.
    await row.getByLabel("注册志愿者增长率（本年）").press("ArrowDown");
    await expect(register.locator("tr[data-metric-key]").nth(11).locator('input[data-col="value"]')).toBeFocused();
    await expect(chip(page, "主要成效（三）", "volunteer_growth")).toHaveText("43%");
    await expectAllSaved(page);

    // A figure the text never quotes is a blank at its register row until it has a value.
    const count = await blankCount(page);
    const add = page.getByRole("form", { name: "新增指标" });
    await add.getByLabel("代码（英文）").fill("wechat_posts");
    await add.getByLabel("名称").fill("微信推文");
    await add.getByLabel("单位").fill("篇");
    await add.getByRole("button", { name: "添加" }).click();
    await expect(register.getByLabel("微信推文（本年）")).toBeVisible();
    await expect.poll(() => blankCount(page)).toBe(count + 1);
    await page.getByTestId("blank-list").getByRole("button").filter({ hasText: "微信推文" }).click();
    await expect(register.getByLabel("微信推文（本年）")).toBeFocused();
    await page.keyboard.type("120");
    await expect.poll(() => blankCount(page)).toBe(count);
    await expectAllSaved(page);
  });

  test("the submit refusal links to each blank and puts the caret on it", async ({ page }) => {
    await openEditor(page);
    const id = editUrl.split("/")[2];
    await page.goto(`/reports/${id}`);
    await page.getByRole("button", { name: "提交审核" }).click();
    const list = page.getByTestId("submit-blanks");
    await expect(list).toBeVisible();
    const first = list.getByTestId("blank-link").first();
    await expect(first).toContainText("X党工委");
    await first.click();
    await expect(page).toHaveURL(/\/edit\?blank=/);
    await expect(docEditor(page, "开头")).toBeFocused();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe("X");
    // A figure's link selects its chip.
    await page.goto(`/reports/${id}`);
    await page.getByRole("button", { name: "提交审核" }).click();
    await page.getByTestId("submit-blanks").getByTestId("blank-link").filter({ hasText: "宣讲小分队" }).click();
    await expect(chip(page, "主要成效（一）", "lecture_teams")).toHaveClass(/pm-chip-selected/);
  });

  test("usable at 375 px, every control labelled, no code on screen", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openEditor(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    const unlabelled = await page.locator("main input:visible, main select:visible, main textarea:visible, main button:visible, main [role=textbox]").evaluateAll((els) =>
      els
        .filter((el) => {
          const aria = el.getAttribute("aria-label") ?? "";
          const labels = (el as HTMLInputElement).labels;
          const text = el.tagName === "BUTTON" ? (el.textContent ?? "").trim() : "";
          return aria.trim() === "" && !(labels && labels.length > 0) && text === "" && !el.getAttribute("aria-labelledby");
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(unlabelled).toEqual([]);
    await expect(page.locator("main")).not.toContainText("{{m:");
    await expect(page.locator("main")).not.toContainText("}}");
    await selectText(docEditor(page, "主要成效（二）"), "X月X日");
    await page.keyboard.type("10月18日");
    await expect(docEditor(page, "主要成效（二）")).toContainText("于10月18日召开表彰会");
    await expectAllSaved(page);
  });
});
