import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "./support/accounts";
import { loginOk, logout } from "./support/login";
import { blankCount, caretAtEndOfLead, caretToEnd, docEditor, expectAllSaved, fillAllBlanks, region, selectText, startTemplateReport, XCB } from "./support/editor";
import { reportIdOf } from "./support/review";
import { copyReportToYear, seedRound } from "./support/seed";

// Every report here is this spec's own: 南苑社区's of 2073 (a round the test opens in the admin screen),
// 东湖社区's of 2075 drafted from its 2074 report (a copy of the demo 2024 report, years in the text moved
// on by 50), and 青山街道宣传办's of 2076 from the template, which the editing tests below share (each in
// sections of its own).
const NEW_ROUND = 2073;
const PREV = 2074;
const FROM_PREV = 2075;
const EDITING = 2076;

test.describe("drafting a summary", () => {
  // 青山街道宣传办's report for the editing tests: drafters 王芳 and 周丽.
  let id = "";
  test.beforeAll(async ({ browser }) => {
    await startTemplateReport(browser, EDITING, XCB);
    id = await reportIdOf(XCB.unitCode, EDITING);
  });

  test("an admin opens a round; a drafter of an owing unit starts the report from the template", async ({ page }) => {
    // 37 blanks filled key by key: more than the default minute on a busy machine.
    test.setTimeout(180_000);
    await loginOk(page, ACCOUNTS.admin.email, ACCOUNTS.admin.name);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { name: "系统管理" })).toBeVisible();
    const form = page.getByRole("form", { name: "新建报送任务" });
    await form.getByLabel("年度").fill(String(NEW_ROUND));
    await form.getByLabel("名称").fill(`${NEW_ROUND}年度宣传文化工作总结`);
    await form.getByLabel("截止日期").fill(`${NEW_ROUND + 1}-01-15`);
    // The demo template by name: a spec that ran before may have created one that now comes first.
    await form.getByLabel("模板").selectOption({ label: "宣传文化与志愿服务工作总结" });
    await form.getByRole("button", { name: "创建" }).click();
    await expect(form.getByTestId("field-error")).toHaveText("请至少选择一个报送单位。");
    await expect(form.getByLabel("名称")).toHaveValue(`${NEW_ROUND}年度宣传文化工作总结`);
    await form.getByRole("checkbox", { name: "南苑社区" }).check();
    await form.getByRole("button", { name: "创建" }).click();
    await expect(form.getByRole("status")).toHaveText("报送任务已创建。");
    await expect(page.getByRole("region", { name: "报送任务" }).getByRole("cell", { name: `${NEW_ROUND}年度宣传文化工作总结` })).toBeVisible();
    await logout(page);

    await loginOk(page, ACCOUNTS.disableMe.email, ACCOUNTS.disableMe.name);
    const owed = page.getByRole("region", { name: "待起草的报告" });
    const owedNew = owed.getByRole("listitem").filter({ hasText: `南苑社区：${NEW_ROUND}年度宣传文化工作总结` });
    await expect(owedNew).toBeVisible();
    await expect(owedNew.getByRole("button", { name: new RegExp(`以${NEW_ROUND - 1}年报告为基础起草`) })).toHaveCount(0); // 南苑 has no report of the year before
    await owedNew.getByRole("button", { name: "从模板起草" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${NEW_ROUND}年南苑社区宣传文化与志愿服务工作总结`);
    await expect(docEditor(page, "开头")).toContainText("在X党工委的领导下");
    // The template's figure blanks came bound to its figures: 开展宣讲X场 is the empty chip of 开展宣讲.
    const lectures = docEditor(page, "主要成效（一）").locator('[data-testid="metric-chip"][data-key="lectures"]');
    await expect(lectures).toHaveAttribute("data-empty", "true");
    await expect(lectures).toHaveAttribute("aria-label", /开展宣讲/);
    // No code on screen, anywhere in the document.
    await expect(page.getByTestId("report-document-editor")).not.toContainText("{{m:");
    // Every blank left in the text and every empty figure is listed once.
    expect(await blankCount(page)).toBe(37);
    await page.getByTestId("blank-list").getByRole("button").first().click();
    await expect(docEditor(page, "开头")).toBeFocused();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe("X");

    // Every blank filled by keyboard alone: Alt+J, then the digits or words — no other key.
    const keys = await fillAllBlanks(page);
    console.log(`[keys] ${keys.blanks} blanks filled with ${keys.keys} keys: ${keys.altJ} × Alt+J + ${keys.typed} characters typed`);
    test.info().annotations.push({ type: "keys per blank", description: `${keys.blanks} blanks, ${keys.altJ} Alt+J + ${keys.typed} characters` });
    expect(keys.altJ).toBe(keys.blanks);
    await page.reload();
    await expect(page.getByTestId("blank-count")).toHaveText("0 处待填写");
    await expect(lectures).toHaveText("12场");
    await page.goto("/");
    await expect(page.getByRole("list", { name: "我的报告" })).toContainText(`${NEW_ROUND}年南苑社区宣传文化与志愿服务工作总结`);
    await expect(page.getByRole("region", { name: "待起草的报告" })).not.toContainText(`${NEW_ROUND}年度`);
  });

  test("a drafter starts the report from last year's, fills every figure, reorders, and finds it all after reload", async ({ page }) => {
    test.setTimeout(180_000);
    // Last year's report (the demo 2024 one of 东湖社区, as 2074's) and this year's round, owed by 东湖.
    await copyReportToYear("donghu", 2024, PREV);
    await seedRound(FROM_PREV, ["donghu"]);
    await loginOk(page, ACCOUNTS.otherStaff.email, ACCOUNTS.otherStaff.name);
    const owed = page.getByRole("region", { name: "待起草的报告" }).getByRole("listitem").filter({ hasText: `${FROM_PREV}年度` });
    await owed.getByRole("button", { name: `以${PREV}年报告为基础起草` }).click();
    await expect(page).toHaveURL(/\/reports\/[^/]+\/edit$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${FROM_PREV}年东湖社区宣传文化与志愿服务工作总结`);

    // Structure and metric definitions came over; this year's values are empty, last year's kept.
    await expect(docEditor(page, "主要成效（一）").locator("p.pm-lead")).toHaveText("（一）理论宣讲扎实开展。");
    const metrics = region(page, "数据指标");
    await expect(metrics.getByLabel("开展宣讲（本年）")).toHaveValue("");
    await expect(metrics.locator('[data-metric-key="lectures"]').getByLabel("上年")).toHaveValue("86");
    expect(await blankCount(page)).toBe(20);

    // Last year's plan items are up for a verdict.
    const review = page.getByRole("region", { name: `${PREV}年计划完成情况` });
    await expect(review.getByRole("group")).toHaveCount(4);
    // Carried over from last year: the year in the opening and the plan items still without a verdict are warned.
    const warnings = page.getByTestId("problem-warnings");
    await expect(warnings).toContainText(`开头：“${PREV}年”早于本报告年度，可能是沿用上年的文字`);
    await expect(warnings).toContainText(`${PREV}年计划第 1 项尚未评定完成情况`);
    await warnings.getByTestId("warning-link").filter({ hasText: `开头：“${PREV}年”` }).click();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(`${PREV}年`);
    await page.keyboard.type(`${FROM_PREV}年`);
    await expect(warnings).not.toContainText(`开头：“${PREV}年”`);
    // Every sentence carried over is marked 沿用上年 until it is edited (the opening's one, just now) or
    // confirmed — one by one, or the whole section at once.
    await expect(region(page, "开头").getByTestId("carried-over")).toHaveCount(0);
    await expect(warnings).not.toContainText("开头有");
    await expect(warnings).toContainText("主要成效（一）有 3 句沿用上年文字，尚未修改或确认。");
    const carried = region(page, "主要成效（一）").getByTestId("carried-over");
    await expect(carried).toContainText("标记的 3 句");
    await expect(docEditor(page, "主要成效（一）").locator(".pm-carried").first()).toBeVisible();
    // Last year's facts in those sentences: a figure typed as text (覆盖居民5200余人次).
    await expect(warnings).toContainText("主要成效（一）：沿用上年的数字【5200】");
    await carried.getByRole("button", { name: "确认沿用", exact: true }).click();
    await expect(carried).toHaveCount(0);
    await expect(docEditor(page, "主要成效（一）").locator(".pm-carried")).toHaveCount(0);
    await expect(warnings).not.toContainText("主要成效（一）有");
    // 主要成效（二）: one sentence kept as it came, one edited; the third stays marked.
    const second = region(page, "主要成效（二）").getByTestId("carried-over");
    const secondText = docEditor(page, "主要成效（二）");
    await expect(second).toContainText("标记的 3 句");
    await second.getByRole("button", { name: /^确认沿用：文明创建成效明显/ }).click();
    await expect(second).toContainText("标记的 2 句");
    await expect(secondText.locator(".pm-carried").filter({ hasText: "文明创建" })).toHaveCount(0);
    await selectText(secondText, "张贴");
    await page.keyboard.type("制作");
    await expect(second).toContainText("标记的 1 句");
    await expect(secondText.locator(".pm-carried").filter({ hasText: "公益广告" })).toHaveCount(0);
    await expect(secondText.locator(".pm-carried").filter({ hasText: "表彰会" }).first()).toBeVisible();
    await expect(warnings).toContainText("主要成效（二）有 1 句沿用上年文字");
    // The date in the one left (于10月18日召开表彰会): found, corrected, and the section is clean.
    await warnings.getByTestId("warning-link").filter({ hasText: "主要成效（二）：沿用上年的日期【10月18日】" }).click();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe("10月18日");
    await page.keyboard.type("12月6日");
    await expect(second).toHaveCount(0);
    await expect(warnings).not.toContainText("主要成效（二）有");
    await expect(warnings).not.toContainText("主要成效（一）：沿用上年的数字");
    await review.getByRole("group", { name: "上年计划 1" }).getByLabel("完成情况").selectOption("PARTLY");
    await expect(warnings).not.toContainText(`${PREV}年计划第 1 项尚未评定`);
    await expect(warnings).toContainText(`${PREV}年计划第 2 项尚未评定完成情况`);
    await review.getByRole("group", { name: "上年计划 1" }).getByLabel("说明").fill("全年宣讲92场，面向青年16场");

    // A figure typed once shows wherever the text mentions it, with the change over last year.
    await metrics.getByLabel("开展宣讲（本年）").fill("96");
    await expect(docEditor(page, "主要成效（一）").locator('[data-key="lectures"]')).toHaveText("96场");
    await expect(metrics.locator('[data-metric-key="lectures"]').getByTestId("yoy")).toHaveText("较上年增长11.6%");

    const keys = await fillAllBlanks(page);
    expect(keys.altJ).toBe(keys.blanks);
    expect(await blankCount(page)).toBe(0);

    // Reorder from the keyboard: move 主要成效（二） up; the numbering follows the order.
    const lead = (name: string) => docEditor(page, name).locator("p.pm-lead");
    await expect(lead("主要成效（二）")).toHaveText("（二）文明创建成效明显。");
    await page.getByRole("button", { name: "上移：主要成效（二）" }).focus();
    await page.keyboard.press("Enter");
    await expect(lead("主要成效（一）")).toHaveText("（一）文明创建成效明显。");
    await expect(lead("主要成效（二）")).toHaveText("（二）理论宣讲扎实开展。");
    await expect(docEditor(page, "主要成效（一）").locator(".pm-number")).toHaveText("（一）");
    await expectAllSaved(page);

    await page.reload();
    await expect(page.getByTestId("blank-count")).toHaveText("0 处待填写");
    await expect(lead("主要成效（一）")).toHaveText("（一）文明创建成效明显。");
    await expect(region(page, "数据指标").getByLabel("开展宣讲（本年）")).toHaveValue("96");
    await expect(page.getByRole("group", { name: "上年计划 1" }).getByLabel("说明")).toHaveValue("全年宣讲92场，面向青年16场");
    await expect(page.getByTestId("backup-offer")).toHaveCount(0);

    // The reading view prints the numbers, numbered by order.
    await page.getByRole("link", { name: "预览与提交" }).click();
    await expect(page.getByTestId("report-document")).toContainText("（二）理论宣讲扎实开展。组建宣讲小分队12支，全年开展宣讲96场");
  });

  test("two people editing one section: the later save gets the conflict view, with the differences, and keeps both", async ({ browser }) => {
    const a = await browser.newPage();
    const b = await browser.newPage({ storageState: undefined });
    await loginOk(a, ACCOUNTS.staff.email, ACCOUNTS.staff.name);
    await loginOk(b, ACCOUNTS.coDrafter.email, ACCOUNTS.coDrafter.name);
    await a.goto(`/reports/${id}/edit`);
    await b.goto(`/reports/${id}/edit`);
    const bodyA = docEditor(a, "主要成效（五）");
    const bodyB = docEditor(b, "主要成效（五）");

    await caretToEnd(bodyA);
    await a.keyboard.type("王芳补充的一句。");
    await expectAllSaved(a);
    await caretToEnd(bodyB);
    await b.keyboard.type("周丽补充的另一句。");
    const conflict = b.getByTestId("conflict-view");
    await expect(conflict).toBeVisible();
    await expect(b.getByTestId("save-status")).toHaveText("有冲突，请处理");
    await expect(conflict.getByTestId("conflict-theirs")).toContainText("王芳补充的一句。");
    await expect(conflict.getByTestId("conflict-mine")).toContainText("周丽补充的另一句。");
    // The differences are marked, character by character.
    await expect(conflict.getByTestId("conflict-mine").locator("ins").first()).toHaveText("周丽");
    await expect(conflict.getByTestId("conflict-theirs").locator("del").first()).toHaveText("王芳");
    await expect(bodyB).toContainText("周丽补充的另一句。");

    await conflict.getByRole("button", { name: "两者都保留" }).click();
    await expect(conflict).toHaveCount(0);
    await expect(bodyB).toContainText("周丽补充的另一句。");
    await expect(bodyB).toContainText("王芳补充的一句。");
    await expectAllSaved(b);
    await a.reload();
    await expect(docEditor(a, "主要成效（五）")).toContainText("周丽补充的另一句。");
    await expect(docEditor(a, "主要成效（五）")).toContainText("王芳补充的一句。");
    await a.close();
    await b.close();
  });

  test("closing the page mid-typing keeps a local backup, offered back at the top of the page naming its section", async ({ page }) => {
    await loginOk(page, ACCOUNTS.staff.email, ACCOUNTS.staff.name);
    await page.goto(`/reports/${id}/edit`);
    const body = docEditor(page, "存在问题（一）");
    const before = (await body.textContent()) ?? "";
    await caretToEnd(body);
    await page.keyboard.type("青年宣讲员队伍也需扩充。", { delay: 5 });
    const context = page.context();
    await page.close({ runBeforeUnload: false }); // before the autosave fires

    const again = await context.newPage();
    await again.goto(`/reports/${id}/edit`);
    const offer = again.getByTestId("backup-offer");
    await expect(offer).toBeVisible();
    // At the top, above the document, and it names the section; the header does not claim 已保存.
    const offerBox = (await offer.boundingBox())!;
    const docBox = (await again.getByTestId("report-document-editor").boundingBox())!;
    expect(offerBox.y).toBeLessThan(docBox.y);
    await expect(offer.getByTestId("backup-entry")).toHaveAttribute("aria-label", "存在问题（一）");
    await expect(offer).toContainText("存在问题（一）");
    await expect(offer).toContainText("青年宣讲员队伍也需扩充。");
    await expect(again.getByTestId("save-status")).toHaveText("有本地备份待恢复");
    await expect(docEditor(again, "存在问题（一）")).toHaveText(before);
    await offer.getByRole("button", { name: "恢复本地备份" }).click();
    await expect(docEditor(again, "存在问题（一）")).toHaveText(`${before}青年宣讲员队伍也需扩充。`);
    await expectAllSaved(again);
    await again.reload();
    await expect(docEditor(again, "存在问题（一）")).toHaveText(`${before}青年宣讲员队伍也需扩充。`);
    await expect(again.getByTestId("backup-offer")).toHaveCount(0);
  });

  test("with the network down the editor says it is retrying, and saves once it is back", async ({ page, context }) => {
    await loginOk(page, ACCOUNTS.staff.email, ACCOUNTS.staff.name);
    await page.goto(`/reports/${id}/edit`);
    const body = docEditor(page, "主要成效（四）");
    await caretToEnd(body);
    await context.setOffline(true);
    await page.keyboard.type("断网时写下的一句。");
    await expect(page.getByTestId("save-status")).toHaveText("未保存——网络异常，正在重试");
    await context.setOffline(false);
    await expectAllSaved(page);
    await page.reload();
    await expect(docEditor(page, "主要成效（四）")).toContainText(/断网时写下的一句。$/);
  });

  test("bad input gets a clear message and the typed text stays", async ({ page }) => {
    await loginOk(page, ACCOUNTS.staff.email, ACCOUNTS.staff.name);
    await page.goto(`/reports/${id}/edit`);
    const section = region(page, "存在问题（二）");
    const editor = docEditor(page, "存在问题（二）");
    const lead = editor.locator("p.pm-lead");
    const original = ((await lead.textContent()) ?? "").replace(/^（二）/, "");
    // Emptying the lead sentence is refused with a message; the body stays.
    await caretAtEndOfLead(editor);
    for (let i = 0; i < original.length; i++) await page.keyboard.press("Backspace");
    await expect(section.getByTestId("field-error")).toHaveText("标题（首句）不能为空。");
    await expect(page.getByTestId("save-status")).toHaveText("未保存");
    // A typed number is dropped: numbering comes from the order.
    await page.keyboard.type(`（二）${original}`);
    await page.keyboard.press("Tab");
    await expect(lead).toHaveText(`（二）${original}`);
    await expectAllSaved(page);

    const metrics = region(page, "数据指标");
    const value = metrics.getByLabel("开展宣讲（本年）");
    await value.fill("八十六");
    await expect(metrics.locator('[data-metric-key="lectures"]').getByTestId("field-error")).toHaveText(
      "请填写数字（可含小数点），不要填写文字或单位。",
    );
    await expect(value).toHaveValue("八十六");
    await value.fill("");
    await expectAllSaved(page);

    const add = page.getByRole("form", { name: "新增指标" });
    await add.getByLabel("代码（英文）").fill("lectures");
    await add.getByLabel("名称").fill("宣讲场次");
    await add.getByLabel("单位").fill("场");
    await add.getByRole("button", { name: "添加" }).click();
    await expect(add.getByTestId("field-error")).toHaveText("指标代码“lectures”已存在，请换一个。");
    await expect(add.getByLabel("名称")).toHaveValue("宣讲场次");
    await add.getByLabel("代码（英文）").fill("youth_lectures");
    await add.getByRole("button", { name: "添加" }).click();
    await expect(metrics.getByLabel("宣讲场次（本年）")).toBeVisible();
  });

  test("a problem with no answering plan item is flagged until one is linked", async ({ page }) => {
    await loginOk(page, ACCOUNTS.staff.email, ACCOUNTS.staff.name);
    await page.goto(`/reports/${id}/edit`);
    const warnings = page.getByTestId("problem-warnings");
    await expect(warnings).toContainText("存在问题（一）");
    await region(page, "存在问题（一）").getByRole("checkbox", { name: /创新理论宣讲方式/ }).check();
    await expect(warnings).not.toContainText("存在问题（一）");
    await page.reload();
    await region(page, "存在问题（一）").getByText("对应的工作计划（1）").click();
    await expect(region(page, "存在问题（一）").getByRole("checkbox", { name: /创新理论宣讲方式/ })).toBeChecked();
  });

  test("only the unit's drafters can open the editor", async ({ page }) => {
    await loginOk(page, ACCOUNTS.otherStaff.email, ACCOUNTS.otherStaff.name);
    expect((await page.goto(`/reports/${id}/edit`))?.status()).toBe(404);
    await page.goto("/");
    await logout(page);
    await loginOk(page, ACCOUNTS.leader.email, ACCOUNTS.leader.name);
    expect((await page.goto(`/reports/${id}/edit`))?.status()).toBe(404);
  });

  test("autosave round trip, as the browser sees it (reported, not asserted)", async ({ page }) => {
    await loginOk(page, ACCOUNTS.coDrafter.email, ACCOUNTS.coDrafter.name);
    await page.goto(`/reports/${id}/edit`);
    const section = region(page, "结尾").or(region(page, "存在问题（二）")).first();
    const body = section.getByRole("textbox").first();
    const state = section.getByTestId("section-save-state");
    const rtts: number[] = [];
    await caretToEnd(body);
    for (let i = 0; i < 15; i++) {
      await page.keyboard.type("进");
      const typedAt = Date.now();
      await expect(state).toHaveAttribute("data-state", "saved");
      rtts.push(Number(await state.getAttribute("data-rtt")));
      test.info().annotations.push({ type: "keystroke→saved", description: `${Date.now() - typedAt} ms` });
    }
    const sorted = [...rtts].sort((a, b) => a - b);
    const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    console.log(`[autosave] server round trip over ${sorted.length} saves: p50 ${p(0.5)} ms, p95 ${p(0.95)} ms`);
    test.info().annotations.push({ type: "autosave round trip", description: `p50 ${p(0.5)} ms, p95 ${p(0.95)} ms` });
    expect(rtts.every((x) => Number.isFinite(x) && x > 0)).toBe(true);
  });
});
