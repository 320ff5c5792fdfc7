import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { loginOk } from "./support/login";
import { expectAllSaved, region } from "./support/editor";
import { sql } from "./support/sql";
import { ROLLUP, TEMPLATE, setupRollupFixture } from "./support/rollup-fixture";

// 星河街道 and its three 社区 (e2e/support/rollup-fixture.ts): the 社区's 2041 reports are approved; the
// 街道's own 2041 report is a draft its drafter writes from them.
let ids: Awaited<ReturnType<typeof setupRollupFixture>>;
test.beforeAll(async () => {
  ids = await setupRollupFixture();
});

const figure = (page: Page, key: string) => page.locator(`[data-testid="rollup-figure"][data-key="${key}"]`);

test.describe("roll-up (汇总)", () => {
  test("the 街道's roll-up sums its 社区's approved figures, with each unit's part and a chart", async ({ page }) => {
    // ECharts (its renderer, zrender) is a chunk of its own, fetched only when a chart is drawn.
    const scripts: Promise<string>[] = [];
    page.on("response", (r) => {
      if (r.url().includes("/_next/static/") && r.url().endsWith(".js")) scripts.push(r.text().catch(() => ""));
    });
    const echartsLoaded = async () => (await Promise.all(scripts)).some((body) => body.includes("zrender"));
    await loginOk(page, ROLLUP.leader.email, ROLLUP.leader.name);
    await page.goto(`/reports/${ids.parentReport}`);
    await page.waitForLoadState("networkidle");
    expect(await echartsLoaded()).toBe(false);
    await page.getByTestId("rollup-link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("汇总：2041年星河街道");

    const children = page.getByRole("table", { name: "下级单位报送情况" });
    await expect(children.getByTestId("rollup-child")).toHaveCount(3);
    for (const name of ["星河一社区", "星河二社区", "星河三社区"]) {
      const row = children.getByRole("row").filter({ hasText: name });
      await expect(row).toHaveAttribute("data-status", "APPROVED");
      await expect(row).toContainText("第1版（已审定）");
    }

    const lectures = figure(page, "lectures");
    await expect(lectures.getByTestId("rollup-total")).toHaveText("合计：86场");
    await expect(lectures.getByTestId("rollup-coverage")).toHaveText("含 3/3 个单位");
    await expect(lectures).toContainText("各单位相加");
    await expect(lectures).toContainText("上年：35场"); // last year's roll-up (2040: 20 + 15)
    const table = lectures.getByRole("table", { name: "开展宣讲：各单位数据" });
    await expect(table.getByRole("row", { name: /星河一社区/ })).toContainText("30场");
    await expect(table.getByRole("row", { name: /星河一社区/ })).toContainText("20场");
    await expect(table.getByRole("row", { name: /星河二社区/ })).toContainText("25场");
    await expect(table.getByRole("row", { name: /星河三社区/ })).toContainText("31场");
    // 三社区 owed nothing last year: no last-year value, not a zero
    await expect(table.getByRole("row", { name: /星河三社区/ }).getByRole("cell").nth(1)).toHaveText("—");

    // The growth rate is recomputed from the summed volunteers: 1000 / 770 − 1 = 29.87 %, not an average.
    await expect(figure(page, "volunteers").getByTestId("rollup-total")).toHaveText("合计：1000人");
    // A percentage without a rule is averaged: (10 + 5 + 5) / 3.
    const rate = figure(page, "volunteer_rate");
    await expect(rate.getByTestId("rollup-total")).toHaveText("合计：6.67%");
    await expect(rate).toContainText("各单位平均");

    // The chart (ECharts, drawn as SVG) is labelled and points at the table beside it.
    const chart = lectures.getByTestId("chart");
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute("data-ready", "true");
    await expect(chart).toHaveAttribute("role", "img");
    await expect(chart).toHaveAttribute("aria-describedby", "figure-lectures-table");
    await expect(chart.locator("svg")).toContainText("星河三社区");
    await expect(chart.locator("svg")).toContainText("31");
    expect(await echartsLoaded()).toBe(true);
  });

  test("the roll-up is readable at 375 px", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await loginOk(page, ROLLUP.leader.email, ROLLUP.leader.name);
    await page.goto(`/reports/${ids.parentReport}/rollup`);
    const chart = figure(page, "lectures").getByTestId("chart");
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute("data-ready", "true");
    const box = (await chart.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await context.close();
  });

  test("a leader of another tree, and a 社区's drafter, get 404 for the 街道's roll-up", async ({ page }) => {
    await loginOk(page, ROLLUP.otherLeader.email, ROLLUP.otherLeader.name);
    const sq1 = ids.childReports["e2e-rollup-sq1"];
    for (const url of [`/reports/${ids.parentReport}/rollup`, `/reports/${ids.parentReport}/rollup/source/${sq1}/1`]) {
      const res = await page.goto(url);
      expect(res?.status()).toBe(404);
    }
    await page.context().clearCookies();
    await loginOk(page, ROLLUP.childStaff.email, ROLLUP.childStaff.name);
    expect((await page.goto(`/reports/${ids.parentReport}/rollup`))?.status()).toBe(404);
    // The 社区's own report offers no roll-up: nothing is below it.
    await page.goto(`/reports/${sq1}`);
    await expect(page.getByTestId("edit-link").or(page.getByText("只读视图"))).toBeVisible();
    await expect(page.getByTestId("rollup-link")).toHaveCount(0);
  });

  test("the round board charts its progress and exports units × stage and the rolled-up figures as .xlsx", async ({ page }) => {
    await loginOk(page, ROLLUP.leader.email, ROLLUP.leader.name);
    await page.goto(`/rounds/${ids.roundId}`);
    const progress = page.getByRole("table", { name: "各状态单位数" });
    await expect(progress.locator('[data-status="APPROVED"]')).toContainText("3");
    await expect(progress.locator('[data-status="DRAFTING"]')).toContainText("1");
    await expect(progress.locator('[data-status="IN_REVIEW"]')).toContainText("0");
    const chart = page.getByTestId("board-chart");
    await expect(chart).toHaveAttribute("data-ready", "true");
    await expect(chart).toHaveAttribute("aria-describedby", "board-progress-table");
    await expect(chart.locator("svg")).toContainText("已审定");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("board-export").click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    const sheet = wb.getWorksheet("报送进度")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(["单位", "上级单位", "进度", "当前审批步骤", "逾期", "截止日期", "提交时间", "审定时间", "最近更新", "汇总所用版本"]);
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row, n) => n > 1 && rows.set(String(row.getCell(1).value), (row.values as unknown[]).slice(1)));
    expect([...rows.keys()].sort()).toEqual(["星河一社区", "星河三社区", "星河二社区", "星河街道"].sort());
    const sq1 = rows.get("星河一社区")!;
    expect(sq1[1]).toBe("星河街道");
    expect(sq1[2]).toBe("已审定");
    // Dates are the wall-clock time in Shanghai: approved 2042-01-10 10:00, deadline 2041-12-31 17:00.
    expect((sq1[7] as Date).toISOString()).toBe("2042-01-10T10:00:00.000Z");
    expect((sq1[5] as Date).toISOString()).toBe("2041-12-31T17:00:00.000Z");
    expect(sq1[9]).toBe("第1版（已审定）");
    expect(rows.get("星河街道")![2]).toBe("起草中");

    const figures = wb.getWorksheet("指标汇总")!;
    const heads = (figures.getRow(1).values as unknown[]).slice(1) as string[];
    expect(heads.slice(0, 6)).toEqual(["指标代码", "指标", "计量单位", "汇总方式", "合计", "含单位数"]);
    let lectures: unknown[] = [];
    figures.eachRow((row) => {
      if (row.getCell(1).value === "lectures") lectures = (row.values as unknown[]).slice(1);
    });
    expect(lectures.slice(0, 5)).toEqual(["lectures", "开展宣讲", "场", "各单位相加", 86]);
    const col = (unit: string) => lectures[heads.indexOf(unit)];
    expect([col("星河一社区"), col("星河二社区"), col("星河三社区")]).toEqual([30, 25, 31]);
    expect(col("星河街道")).toBe("未填写该指标"); // its own draft has no value yet: not a zero

    // Someone who watches none of the round's units gets 404 for the file too.
    await page.context().clearCookies();
    await loginOk(page, ROLLUP.otherLeader.email, ROLLUP.otherLeader.name);
    expect((await page.request.get(`/rounds/${ids.roundId}/export`)).status()).toBe(404);
  });

  test("an admin says a percentage is a ratio of two figures; the roll-up recomputes it", async ({ page }) => {
    await loginOk(page, ROLLUP.admin.email, ROLLUP.admin.name);
    await page.goto("/admin");
    await page.getByRole("link", { name: "指标汇总方式" }).click();
    const tpl = page.getByRole("region", { name: TEMPLATE.name });
    const form = tpl.getByRole("form", { name: "志愿者占常住人口比例" });
    await form.getByLabel("志愿者占常住人口比例的汇总方式").selectOption({ label: "按两项指标之比重新计算" });
    // A ratio needs both of its figures.
    await form.getByLabel("志愿者占常住人口比例的分子").selectOption({ label: "注册志愿者" });
    await form.getByRole("button", { name: "保存" }).click();
    await expect(form.getByRole("alert")).toHaveText("请为该汇总方式选择本模板中的其他指标。");
    await form.getByLabel("志愿者占常住人口比例的分母").selectOption({ label: "常住人口" });
    await form.getByRole("button", { name: "保存" }).click();
    await expect(form.getByRole("status")).toHaveText("已保存");
    const [rule] = await sql(`SELECT "aggregation", "numeratorKey", "denominatorKey" FROM "TemplateMetric" WHERE "id" = ?`, [`${TEMPLATE.id}-volunteer_rate`]);
    expect(rule).toEqual({ aggregation: "RATIO", numeratorKey: "volunteers", denominatorKey: "residents" });

    await page.goto(`/reports/${ids.parentReport}/rollup`);
    const rate = figure(page, "volunteer_rate");
    await expect(rate.getByTestId("rollup-total")).toHaveText("合计：6.25%");
    await expect(rate).toContainText("按 注册志愿者 ÷ 常住人口 重新计算");
  });

  test("a drafter pulls a 社区's passage with its source and takes a total; a reopened 社区 changes a figure → the total shows stale", async ({ browser }) => {
    const sq1 = ids.childReports["e2e-rollup-sq1"];
    // The audit trail is append-only and the fixture's ids are fixed: count only this run's events.
    const [{ seq: since }] = await sql(`SELECT COALESCE(MAX("seq"), 0) AS "seq" FROM "AuditEvent"`);
    const drafter = await browser.newPage();
    await loginOk(drafter, ROLLUP.staff.email, ROLLUP.staff.name);
    await drafter.goto(`/reports/${ids.parentReport}`);
    await drafter.getByTestId("rollup-link").click();

    await test.step("pull a passage into 主要成效（一）: appended, audited, with a link to its source", async () => {
      await expect(drafter.getByLabel("引用到", { exact: true })).toHaveValue(`${ids.parentReport}-s1`);
      await drafter.getByTestId("pull-source").filter({ hasText: "星河一社区" }).locator("summary").click();
      await drafter.getByRole("button", { name: "引用到本报告：星河一社区 主要成效（一） 1" }).click();
      await expect(drafter.getByTestId("pull-message")).toHaveText("已引用到「主要成效（一）」");
      const source = drafter.getByTestId("pulled-source");
      await expect(source).toHaveCount(1);
      await expect(source.getByRole("link")).toHaveText("「主要成效（一）」引自 星河一社区 报告第1版 · 抓实理论宣讲，推动政策进社区。");
      await expect(source).toContainText("全年开展宣讲30场。星河一社区组建“楼道宣讲团”");
      const [section] = await sql(`SELECT "body", "version" FROM "Section" WHERE "id" = ?`, [`${ids.parentReport}-s1`]);
      expect(section.body).toBe("全街道开展宣讲{{m:lectures}}。\n全年开展宣讲30场。星河一社区组建“楼道宣讲团”，把政策讲到每个单元门口。");
      expect(Number(section.version)).toBe(2);
      const events = await sql(`SELECT "data" FROM "AuditEvent" WHERE "reportId" = ? AND "action" = 'section.pull' AND "seq" > ?`, [ids.parentReport, since]);
      expect(events).toHaveLength(1);
      expect(JSON.parse(String(events[0].data))).toMatchObject({ sourceReportId: sq1, sourceVersion: 1, sourceSectionIndex: 1 });

      // The source link opens the 社区's version 1 at that section.
      await source.getByRole("link").click();
      await expect(drafter).toHaveURL(new RegExp(`/rollup/source/${sq1}/1#s1$`));
      await expect(drafter.getByRole("heading", { level: 1 })).toHaveText("星河一社区报告第1版原文");
      await expect(drafter.locator("#s1")).toContainText("楼道宣讲团");
      // …and the reading view of the 街道's report lists it too, with the text in the document.
      await drafter.goto(`/reports/${ids.parentReport}`);
      await expect(drafter.getByTestId("pulled-source").getByRole("link")).toHaveAttribute("href", `/reports/${ids.parentReport}/rollup/source/${sq1}/1#s1`);
    });

    await test.step("take the total of 开展宣讲: the 街道's figure becomes 86, linked", async () => {
      await drafter.goto(`/reports/${ids.parentReport}/rollup`);
      await figure(drafter, "lectures").getByTestId("take-figure").click();
      await expect(figure(drafter, "lectures").getByTestId("taken-figure")).toHaveText("已采用合计 86场");
      const [m] = await sql(`SELECT "value" FROM "Metric" WHERE "reportId" = ? AND "key" = 'lectures'`, [ids.parentReport]);
      expect(Number(m.value)).toBe(86);
      expect(await sql(`SELECT "seq" FROM "AuditEvent" WHERE "reportId" = ? AND "action" = 'metric.take' AND "seq" > ?`, [ids.parentReport, since])).toHaveLength(1);
      await drafter.goto(`/reports/${ids.parentReport}`);
      await expect(drafter.getByTestId("taken-fresh")).toBeVisible();
      await expect(drafter.getByTestId("stale-figures")).toHaveCount(0);
    });

    await test.step("an admin reopens 星河一社区's report and its drafter changes 开展宣讲 to 36", async () => {
      const admin = await browser.newPage();
      await loginOk(admin, ROLLUP.admin.email, ROLLUP.admin.name);
      await admin.goto(`/reports/${sq1}`);
      await admin.getByRole("button", { name: "重新打开修改…" }).click();
      await admin.getByLabel(/重新打开的原因/).fill("宣讲场次统计有误");
      await admin.getByRole("button", { name: "确认重新打开" }).click();
      await expect(admin.getByTestId("review-return-reason")).toContainText("宣讲场次统计有误");
      await admin.close();

      const child = await browser.newPage();
      await loginOk(child, ROLLUP.childStaff.email, ROLLUP.childStaff.name);
      await child.goto(`/reports/${sq1}/edit`);
      await region(child, "数据指标").getByLabel("开展宣讲（本年）").fill("36");
      await expectAllSaved(child);
      await child.close();
    });

    await test.step("the 街道's report shows the taken total stale, with the old and new values", async () => {
      await drafter.goto(`/reports/${ids.parentReport}`);
      const stale = drafter.getByTestId("stale-figures");
      await expect(stale).toBeVisible();
      await expect(stale.getByRole("heading")).toHaveText("采用的合计已过期");
      const item = stale.locator('[data-testid="stale-figure"][data-key="lectures"]');
      await expect(item).toContainText("开展宣讲：采用时 86场，现为 92场");
      await expect(item).toContainText("星河一社区：30场 → 36场（报告已重新打开）");
      // The roll-up itself still reads the latest frozen version until the 社区 submits again, and says so.
      await drafter.goto(`/reports/${ids.parentReport}/rollup`);
      await expect(drafter.getByTestId("stale-figures")).toContainText("采用时 86场，现为 92场");
      await expect(drafter.getByRole("table", { name: "下级单位报送情况" }).getByRole("row").filter({ hasText: "星河一社区" })).toContainText("第2版（最新，未审定）");
      await drafter.close();
    });
  });
});
