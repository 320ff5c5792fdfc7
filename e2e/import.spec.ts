// Import: a Word file and a pasted text with junk lines become a structured draft — corrected in the
// preview first (a kind changed, a block split, a removed line restored) — with its blanks and figures.
import { expect, test, type Page } from "@playwright/test";
import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import { ACCOUNTS } from "./support/accounts";
import { loginOk } from "./support/login";
import { openRound } from "./support/editor";
import { sql } from "./support/sql";
import { ensureDonghuChain, withdrawSubmission } from "./support/review";

/** A .docx as offices have them: title, opening, 一、 parts with （一） items, a web ad at the top. */
async function sampleDocx(): Promise<Buffer> {
  const lines = [
    "本文档来自范文网 www.fanwen-example.com 仅供学习",
    "2030年东湖社区宣传文化工作总结",
    "2030年，东湖社区在街道党工委的领导下，扎实推进宣传文化工作。",
    "一、主要工作成效",
    "（一）抓实理论宣讲。全年开展理论宣讲86场，投入资金85万元，理论宣讲累计60场。",
    "（二）丰富文化活动。举办文艺演出X场，于X月X日召开表彰会。",
    "二、存在问题",
    "（一）阵地利用率不高。部分文化设施闲置。",
    "三、2031年工作计划",
    "（一）持续深化理论宣讲。",
    "（二）办好社区文化节。",
    "东湖社区居委会",
    "2030年12月20日",
  ];
  const doc = new Document({
    sections: [{ children: lines.map((text, i) => new Paragraph({ alignment: i === 1 ? AlignmentType.CENTER : undefined, children: [new TextRun(text)] })) }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

async function owedRow(page: Page, year: number) {
  return page.getByRole("region", { name: "待起草的报告" }).getByRole("listitem").filter({ hasText: `${year}年度宣传文化工作总结` });
}

async function reportOf(year: number) {
  const [row] = await sql(`SELECT r."id", r."title", r."status", r."planTitle", r."problemsTitle" FROM "Report" r JOIN "Unit" u ON u."id" = r."unitId" WHERE r."year" = ? AND u."code" = 'donghu'`, [year]);
  return row;
}

test("a .docx brought in through 导入已有文档 becomes a draft with its parts, blanks and figures", async ({ page, browser }) => {
  const year = 2030;
  if (!(await sql(`SELECT "id" FROM "ReportingRound" WHERE "year" = ?`, [year]))[0]) await openRound(browser, year);
  await loginOk(page, ACCOUNTS.otherStaff.email, ACCOUNTS.otherStaff.name);
  await (await owedRow(page, year)).getByRole("button", { name: "导入已有文档" }).click();
  await expect(page).toHaveURL(/\/reports\/[^/]+\/import$/);

  // A wrong file type is refused with a message, and nothing else changes.
  await page.getByLabel("选择要导入的文件").setInputFiles({ name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
  await expect(page.getByTestId("import-error")).toHaveText("只能导入 .docx、.txt 或 .md 文件。");

  await page.getByLabel("选择要导入的文件").setInputFiles({
    name: "东湖社区2030年总结.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: await sampleDocx(),
  });
  const blocks = page.getByTestId("import-block");
  await expect(blocks.first()).toHaveAttribute("data-kind", "REMOVED");
  await expect(blocks.first().getByTestId("removal-reason")).toHaveText("网址");
  await expect(page.getByTestId("import-block").filter({ hasText: "抓实理论宣讲" })).toHaveAttribute("data-kind", "ACHIEVEMENT");
  await expect(page.getByTestId("import-block").filter({ hasText: "办好社区文化节" })).toHaveAttribute("data-kind", "PLAN");
  // The blanks of the second achievement are shown with their kinds.
  await expect(page.getByTestId("import-block").filter({ hasText: "丰富文化活动" }).getByTestId("block-blanks")).toContainText("X月X日（日期）");
  // Figures found in the prose, offered for the register.
  await expect(page.getByTestId("figure-offer").filter({ hasText: "开展理论宣讲" })).toContainText("86");
  await expect(page.getByTestId("figure-offer").filter({ hasText: "投入资金" })).toContainText("万元");

  // Left as typed: the 60场 that contradicts the 86场 of the same thing (the editor will say so).
  await page.getByRole("checkbox", { name: /（60场）/ }).uncheck();

  await page.getByRole("button", { name: "用导入内容替换草稿" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "确定替换" }).click();
  await expect(page).toHaveURL(/\/reports\/[^/]+\/edit$/);

  const report = await reportOf(year);
  expect(report.title).toBe("2030年东湖社区宣传文化工作总结");
  expect(report.planTitle).toBe("2031年工作计划");
  const sections = await sql(`SELECT "kind", "heading", "body" FROM "Section" WHERE "reportId" = ? ORDER BY "position"`, [report.id]);
  expect(sections.map((s) => s.kind)).toEqual(["OPENING", "ACHIEVEMENT", "ACHIEVEMENT", "PROBLEM"]);
  expect(sections[1].heading).toBe("抓实理论宣讲。");
  expect(String(sections[1].body)).toMatch(/^全年开展理论宣讲\{\{m:fig_\d+\}\}，投入资金\{\{m:fig_\d+\}\}，理论宣讲累计60场。$/);
  expect(String(sections[2].body)).toMatch(/^举办文艺演出\{\{m:[a-z0-9_]+\}\}，于X月X日召开表彰会。$/);
  const plan = await sql(`SELECT "text" FROM "PlanItem" WHERE "reportId" = ? ORDER BY "position"`, [report.id]);
  expect(plan.map((p) => p.text)).toEqual(["持续深化理论宣讲。", "办好社区文化节。"]);
  const metrics = await sql(`SELECT "label", "value", "unit" FROM "Metric" WHERE "reportId" = ? ORDER BY "position"`, [report.id]);
  expect(metrics.map((m) => [m.value === null ? null : Number(m.value), m.unit])).toEqual([[86, "场"], [85, "万元"], [null, "场"]]);

  // In the editor: the imported text with its chips, and the blanks still to fill (1 figure + the date).
  await expect(page.getByRole("region", { name: "主要成效（一）", exact: true })).toContainText("86场");
  await expect(page.getByTestId("blank-count")).toHaveText("2 处待填写");
  await expect(page.getByTestId("problem-warnings")).toContainText("文字写“60”，指标“开展理论宣讲”为 86场");
});

test("pasted text with junk lines: change a kind, split a block, restore a line, then replace the draft", async ({ page, browser }) => {
  const year = 2031;
  if (!(await sql(`SELECT "id" FROM "ReportingRound" WHERE "year" = ?`, [year]))[0]) await openRound(browser, year);
  await loginOk(page, ACCOUNTS.otherStaff.email, ACCOUNTS.otherStaff.name);
  if (!(await reportOf(year))) {
    await (await owedRow(page, year)).getByRole("button", { name: "从模板起草" }).click();
    await expect(page).toHaveURL(/\/edit$/);
  } else {
    await page.goto(`/reports/${(await reportOf(year)).id}/edit`);
  }
  await page.getByRole("link", { name: "导入文档" }).click();
  await expect(page).toHaveURL(/\/import$/);

  const pasted = [
    "更多精彩范文，请加QQ 12345678",
    "2031年东湖社区工作总结",
    "今年以来，社区围绕中心工作，各项任务顺利完成。",
    "一、抓实理论宣讲。开展宣讲12场。建好文化阵地。新建书屋3个。",
    "二、存在问题",
    "1. 队伍力量薄弱。",
    "三、下一步工作计划",
    "1. 加强队伍建设。",
  ].join("\n");
  await page.getByLabel("粘贴要导入的全文").fill(pasted);
  await page.getByRole("button", { name: "识别结构" }).click();

  const block = (text: string) => page.getByTestId("import-block").filter({ has: page.getByRole("textbox", { name: /的文字$/ }) }).filter({ hasText: text });
  const ad = page.getByTestId("import-block").first();
  await expect(ad).toHaveAttribute("data-kind", "REMOVED");
  await expect(ad.getByTestId("removal-reason")).toHaveText("QQ/微信联系方式");

  // Split "抓实理论宣讲…建好文化阵地…" at the caret before 建好 into two achievements.
  const first = page.getByTestId("import-block").filter({ hasText: "抓实理论宣讲" });
  const text = first.getByRole("textbox");
  await expect(text).toHaveValue(/建好文化阵地/);
  const at = (await text.inputValue()).indexOf("建好");
  await text.evaluate((el: HTMLTextAreaElement, pos) => {
    el.focus();
    el.setSelectionRange(pos, pos);
  }, at);
  await first.getByRole("button", { name: "在光标处拆分" }).click();
  await expect(page.getByTestId("import-block").filter({ hasText: "建好文化阵地" })).toHaveAttribute("data-kind", "ACHIEVEMENT");
  await expect(page.getByTestId("import-block").filter({ hasText: "建好文化阵地" }).getByTestId("block-lead")).toHaveText("引领句（小标题）：建好文化阵地。");
  await expect(page.getByTestId("import-block").filter({ hasText: "抓实理论宣讲" }).getByRole("textbox")).toHaveValue("抓实理论宣讲。开展宣讲12场。");

  // The opening was read as such; make the problem a plan item instead, and restore the ad line (as opening text).
  const problem = page.getByTestId("import-block").filter({ hasText: "队伍力量薄弱" });
  await problem.getByRole("combobox").selectOption({ label: "工作计划" });
  await expect(problem).toHaveAttribute("data-kind", "PLAN");
  await ad.getByRole("button", { name: "恢复" }).click();
  await expect(page.getByTestId("import-block").first()).toHaveAttribute("data-kind", "OPENING");
  // Not registering the 3 书屋, registering the 12 场.
  await page.getByRole("checkbox", { name: /新建书屋/ }).uncheck();

  await page.getByRole("button", { name: "用导入内容替换草稿" }).click();
  // Cancel keeps the preview as corrected.
  await page.getByRole("alertdialog").getByRole("button", { name: "取消" }).click();
  await expect(problem).toHaveAttribute("data-kind", "PLAN");
  await page.getByRole("button", { name: "用导入内容替换草稿" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "确定替换" }).click();
  await expect(page).toHaveURL(/\/edit$/);

  const report = await reportOf(year);
  expect(report.title).toBe("2031年东湖社区工作总结");
  const sections = await sql(`SELECT "kind", "heading", "body" FROM "Section" WHERE "reportId" = ? ORDER BY "position"`, [report.id]);
  expect(sections.map((s) => [s.kind, s.heading])).toEqual([
    ["OPENING", ""],
    ["OPENING", ""],
    ["ACHIEVEMENT", "抓实理论宣讲。"],
    ["ACHIEVEMENT", "建好文化阵地。"],
  ]);
  expect(sections[0].body).toBe("更多精彩范文，请加QQ 12345678");
  expect(String(sections[2].body)).toMatch(/^开展宣讲\{\{m:fig_\d+\}\}。$/);
  expect(sections[3].body).toBe("新建书屋3个。");
  const plan = await sql(`SELECT "text" FROM "PlanItem" WHERE "reportId" = ? ORDER BY "position"`, [report.id]);
  expect(plan.map((p) => p.text)).toEqual(["队伍力量薄弱。", "加强队伍建设。"]);
  // The template's figures the text never uses are not left behind as blanks to delete.
  const metrics = await sql(`SELECT "value", "unit" FROM "Metric" WHERE "reportId" = ?`, [report.id]);
  expect(metrics.map((m) => [Number(m.value), m.unit])).toEqual([[12, "场"]]);
  await expect(page.getByTestId("blank-count")).toHaveText("0 处待填写");

  // Submitting: the check's warnings ask for a confirm — the literal 3 not registered, no 存在问题 — and the
  // confirmed list is kept with the submitted version.
  await ensureDonghuChain();
  await page.goto(`/reports/${report.id}`);
  await page.getByRole("button", { name: "提交审核" }).click();
  const warnings = page.getByTestId("submit-warnings");
  await expect(warnings).toContainText("主要成效（二）中的数字“3”未登记为指标");
  await expect(warnings).toContainText("没有写存在问题。");
  expect((await reportOf(year)).status).toBe("DRAFT");
  await warnings.getByRole("button", { name: "确认无误，仍然提交" }).click();
  await expect(page.locator('section[aria-labelledby="submit-heading"]')).toHaveCount(0);
  const [version] = await sql(`SELECT "note", "reason" FROM "ReportVersion" WHERE "reportId" = ? ORDER BY "number" DESC`, [report.id]);
  expect(version.reason).toBe("SUBMITTED");
  expect(String(version.note)).toContain("提交时已确认的提醒：");
  expect(String(version.note)).toContain("数字“3”未登记为指标");
  // Withdrawn again, so no leader's inbox keeps this spec's report (other specs count their inboxes).
  await withdrawSubmission(page);
  await expect(page.locator("[data-status]").first()).toHaveAttribute("data-status", "DRAFT");
});

test("an admin imports a template; a report started from it has its figure blanks bound", async ({ page, browser }) => {
  const year = 2032;
  await loginOk(page, ACCOUNTS.admin.email, ACCOUNTS.admin.name);
  await page.goto("/admin");
  await page.getByRole("link", { name: "导入为模板" }).click();
  await page.getByLabel("粘贴要导入的全文").fill(
    [
      "20XX年东湖社区宣讲专项工作总结",
      "20XX年，社区扎实开展理论宣讲，收缴基金 万元。",
      "一、抓实理论宣讲。全年开展宣讲X场，覆盖居民X人次。",
      "二、建强宣讲队伍。组建宣讲队12支。",
      "三、下一步工作计划",
      "1. 力争开展宣讲不少于X场。",
    ].join("\n"),
  );
  await page.getByRole("button", { name: "识别结构" }).click();
  await expect(page.getByTestId("import-block").filter({ hasText: "抓实理论宣讲" }).getByTestId("block-blanks")).toContainText("X（数字）");
  // A space where a figure was deleted is a possible blank (a warning, not a blank).
  await expect(page.getByTestId("import-block").filter({ hasText: "收缴基金" }).getByTestId("block-possible-blanks")).toContainText("收缴基金 万元");
  // The literal 12支 becomes a blank of the template.
  await expect(page.getByRole("checkbox", { name: /组建宣讲队/ })).toBeChecked();
  await page.getByRole("button", { name: "创建模板" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "创建模板" }).click();
  await expect(page).toHaveURL(/\/admin\?template=/);
  const templateId = new URL(page.url()).searchParams.get("template");
  const [tpl] = await sql(`SELECT "name", "titlePattern" FROM "Template" WHERE "id" = ?`, [templateId]);
  expect(tpl).toEqual({ name: "东湖社区宣讲专项工作总结", titlePattern: "{year}年东湖社区宣讲专项工作总结" });
  const tplMetrics = await sql(`SELECT "label", "unit" FROM "TemplateMetric" WHERE "templateId" = ? ORDER BY "position"`, [templateId]);
  expect(tplMetrics.map((m) => `${m.label}/${m.unit}`)).toEqual(["开展宣讲/场", "覆盖居民/人次", "组建宣讲队/支"]);

  // A round on the new template, and 东湖's report started from it.
  const form = page.getByRole("form", { name: "新建报送任务" });
  await form.getByLabel("年度").fill(String(year));
  await form.getByLabel("名称").fill(`${year}年度宣讲专项工作总结`);
  await form.getByLabel("截止日期").fill(`${year + 1}-01-15`);
  await form.getByRole("combobox").selectOption(templateId!);
  await form.getByRole("checkbox", { name: "东湖社区" }).check();
  await form.getByRole("button", { name: "创建" }).click();
  await expect(form.getByRole("status")).toHaveText("报送任务已创建。");

  const staff = await browser.newPage();
  await loginOk(staff, ACCOUNTS.otherStaff.email, ACCOUNTS.otherStaff.name);
  await staff.getByRole("region", { name: "待起草的报告" }).getByRole("listitem").filter({ hasText: `${year}年度宣讲专项工作总结` }).getByRole("button", { name: "从模板起草" }).click();
  await expect(staff).toHaveURL(/\/edit$/);
  const [report] = await sql(`SELECT r."id", r."title" FROM "Report" r JOIN "Unit" u ON u."id" = r."unitId" WHERE r."year" = ? AND u."code" = 'donghu'`, [year]);
  expect(report.title).toBe(`${year}年东湖社区宣讲专项工作总结`);
  const sections = await sql(`SELECT "heading", "body" FROM "Section" WHERE "reportId" = ? AND "kind" = 'ACHIEVEMENT' ORDER BY "position"`, [report.id]);
  expect(sections.map((s) => s.body)).toEqual(["全年开展宣讲{{m:fig_1}}，覆盖居民{{m:fig_2}}。", "组建宣讲队{{m:fig_3}}。"]);
  // The goal in the plan (不少于X场) is next year's target, left as a blank, not bound to this year's figure.
  const [planItem] = await sql(`SELECT "text" FROM "PlanItem" WHERE "reportId" = ?`, [report.id]);
  expect(planItem.text).toBe("力争开展宣讲不少于X场。");
  await staff.close();
});
