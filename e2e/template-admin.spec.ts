// Template admin and versions (issue 14, item 4, the templates part), on a template of this spec's own (round
// years 2065 and 2066, owed by 东湖社区): an admin creates a template — a refused save lists the problems at
// their places and keeps all that was typed — opens a round on it (陈静 starts a report: version 1), edits it
// (a section and a figure added: version 2, in the history in words), opens a second round and the new
// report has the new section and figure, while the report from version 1 is unchanged.
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS } from "./support/accounts";
import { loginOk } from "./support/login";
import { signedIn } from "./support/review";
import { sql } from "./support/sql";

const DEMO_TEMPLATE = "宣传文化与志愿服务工作总结";

async function openRoundOn(page: Page, year: number, title: string, template: string) {
  await page.goto("/admin");
  const form = page.getByRole("form", { name: "新建报送任务" });
  await form.getByLabel("年度").fill(String(year));
  await form.getByLabel("名称").fill(title);
  await form.getByLabel("截止日期").fill(`${year + 1}-01-15`);
  await form.getByLabel("模板").selectOption({ label: template });
  await form.getByRole("checkbox", { name: "东湖社区" }).check();
  await form.getByRole("button", { name: "创建" }).click();
  await expect(form.getByRole("status")).toHaveText("报送任务已创建。");
}

async function startReport(page: Page, title: string): Promise<string> {
  await page.goto("/");
  const owed = page.getByRole("region", { name: "待起草的报告" }).getByRole("listitem").filter({ hasText: title });
  await owed.getByRole("button", { name: "从模板起草" }).click();
  await expect(page).toHaveURL(/\/reports\/[^/]+\/edit$/);
  return new URL(page.url()).pathname.split("/")[2];
}

test("an admin creates and edits a template; a new report uses the new version, an earlier one keeps its own", async ({ browser, page }) => {
  // Two rounds, two reports and two template saves in one story: more than the default minute on a busy machine.
  test.slow();
  const n = Date.now() % 1_000_000;
  const name = `社区活动总结${n}`;
  const titles = { v1: `2065年度社区活动总结${n}`, v2: `2066年度社区活动总结${n}` };
  await loginOk(page, ACCOUNTS.admin.email, ACCOUNTS.admin.name);
  await page.goto("/admin");
  await page.getByRole("link", { name: "模板管理" }).click();
  await expect(page.getByRole("table", { name: "模板列表" })).toContainText(DEMO_TEMPLATE);
  await page.getByRole("link", { name: "新建模板" }).click();

  // A first try with a section without its heading and a figure code with capitals and a dash.
  const form = page.getByRole("form", { name: "模板内容" });
  await form.getByLabel("模板名称").fill(name);
  await form.getByLabel("标题格式").fill("{year}年{unit}社区活动总结");
  const section1 = form.getByRole("group", { name: "第 1 节" });
  await section1.getByLabel("默认正文").fill("组织主题活动X场。");
  await form.getByRole("button", { name: "添加指标" }).click();
  const figure1 = form.getByRole("group", { name: "指标 1" });
  await figure1.getByLabel("代码").fill("Activity-Count");
  await figure1.getByLabel("名称").fill("主题活动场次");
  await figure1.getByLabel("计量单位").fill("场");
  await form.getByRole("button", { name: "创建模板" }).click();
  const problems = page.getByTestId("template-problems");
  await expect(problems).toContainText("第 1 节：标题（首句）不能为空。");
  await expect(problems).toContainText("指标 1：代码须以小写字母开头");
  await expect(section1.getByLabel("标题（首句）")).toHaveAttribute("aria-invalid", "true");
  // Nothing typed is lost.
  await expect(form.getByLabel("模板名称")).toHaveValue(name);
  await expect(section1.getByLabel("默认正文")).toHaveValue("组织主题活动X场。");
  await expect(figure1.getByLabel("名称")).toHaveValue("主题活动场次");

  // Fixed, but with the demo template's name: the server refuses it, the input stays.
  await section1.getByLabel("标题（首句）").fill("丰富社区活动。");
  await figure1.getByLabel("代码").fill("activities");
  await form.getByLabel("模板名称").fill(DEMO_TEMPLATE);
  await form.getByRole("button", { name: "创建模板" }).click();
  await expect(page.getByTestId("template-save-error")).toHaveText(`已有名为“${DEMO_TEMPLATE}”的模板，请换一个名称。`);
  await expect(problems).toHaveCount(0);
  await expect(figure1.getByLabel("代码")).toHaveValue("activities");
  await form.getByLabel("模板名称").fill(name);
  await form.getByRole("button", { name: "创建模板" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`编辑模板：${name}`);
  await expect(page).toHaveURL(/\/admin\/templates\/(?!new$)[^/]+$/);
  const templateId = new URL(page.url()).pathname.split("/").pop()!;
  const history = page.getByRole("table", { name: "模板的版本" });
  await expect(history.getByTestId("template-version")).toHaveCount(1);
  await expect(history.locator('[data-version="1"]')).toContainText("创建模板：1 节、1 项指标");
  await expect(history.locator('[data-version="1"]')).toContainText(ACCOUNTS.admin.name);

  // Round 2065 on version 1; 陈静 starts 东湖's report.
  await openRoundOn(page, 2065, titles.v1, name);
  // The next round's form starts on the template of the round opened last, not on the first by name.
  await page.goto("/admin");
  await expect(page.getByRole("form", { name: "新建报送任务" }).getByLabel("模板").locator("option:checked")).toHaveText(name);
  const drafter = await signedIn(browser, ACCOUNTS.otherStaff);
  const first = await startReport(drafter.page, titles.v1);
  const editor = drafter.page.getByRole("main");
  await expect(editor).toContainText("丰富社区活动。");
  await expect(editor).toContainText("主题活动场次");
  await expect(editor).not.toContainText("活动覆盖面不够广");

  // The edit: a problem section and a figure added → version 2.
  await page.goto(`/admin/templates/${templateId}`);
  await form.getByRole("button", { name: "添加一节" }).click();
  const section2 = form.getByRole("group", { name: "第 2 节" });
  await section2.getByLabel("类型").selectOption({ label: "存在问题" });
  await section2.getByLabel("标题（首句）").fill("活动覆盖面不够广。");
  await form.getByRole("button", { name: "添加指标" }).click();
  const figure2 = form.getByRole("group", { name: "指标 2" });
  await figure2.getByLabel("代码").fill("participants");
  await figure2.getByLabel("名称").fill("参与群众");
  await figure2.getByLabel("计量单位").fill("人次");
  await form.getByRole("button", { name: "保存为新版本" }).click();
  await expect(form.getByRole("status")).toHaveText("已保存为第 2 版。");
  await expect(history.getByTestId("template-version")).toHaveCount(2);
  const v2 = history.locator('[data-version="2"]');
  await expect(v2).toContainText("新增一节：活动覆盖面不够广。");
  await expect(v2).toContainText("新增指标：参与群众（participants）");
  await expect(v2).toContainText("当前");
  await page.goto("/admin/templates");
  await expect(page.locator(`[data-testid="template-row"][data-template-id="${templateId}"]`)).toContainText("第 2 版");

  // Round 2066 after the edit: the new report has version 2's section and figure.
  await openRoundOn(page, 2066, titles.v2, name);
  const second = await startReport(drafter.page, titles.v2);
  await expect(editor).toContainText("活动覆盖面不够广。");
  await expect(editor).toContainText("参与群众");
  // The report started from version 1 is as it was.
  await drafter.page.goto(`/reports/${first}/edit`);
  await expect(editor).toContainText("丰富社区活动。");
  await expect(editor).not.toContainText("活动覆盖面不够广");
  await expect(editor).not.toContainText("参与群众");

  const rows = await sql(
    `SELECT r."id", v."number" FROM "Report" r JOIN "TemplateVersion" v ON v."id" = r."templateVersionId" WHERE r."templateId" = ? ORDER BY v."number"`,
    [templateId],
  );
  expect(rows.map((r) => [r.id, Number(r.number)])).toEqual([
    [first, 1],
    [second, 2],
  ]);
  const events = await sql(`SELECT "action" FROM "AuditEvent" WHERE "targetType" = 'Template' AND "targetId" = ? ORDER BY "seq"`, [templateId]);
  expect(events.map((e) => e.action)).toEqual(["template.create", "template.version"]);
  await drafter.context.close();
});
