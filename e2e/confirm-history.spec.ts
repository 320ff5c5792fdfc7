// The small things of issue 14 (item 5), on an organisation of this spec's own (round year 2045):
// confirm dialogs on submit, on a final approval and on a delete (role=alertdialog, focus kept inside,
// Escape cancels); a reopened report labelled 已重新打开 on the board, in the drafter's navigation and on the
// report; the round board's 逾期 badge absent at 0; the history page in words, in zh-CN and en.
import { expect, test, type Page } from "@playwright/test";
import { loginOk } from "./support/login";
import { sql } from "./support/sql";
import { ensureOrg } from "./support/org";
import { fillAllBlanksInDatabase, reportRow } from "./support/review";

const YEAR = 2045;

async function orgOf() {
  return ensureOrg({
    prefix: "e2e-ch",
    rootName: "文澜街道",
    unitNames: ["文澜社区"],
    year: YEAR,
    deadline: new Date(`${YEAR + 1}-01-15T09:00:00Z`),
    personNames: { leader: "秦川", admin: "顾远", drafters: ["林夏"] },
  });
}

/** Focus stays inside the open dialog however often Tab or Shift+Tab is pressed. */
async function expectFocusTrapped(page: Page) {
  const dialog = page.getByRole("alertdialog");
  for (const key of ["Tab", "Tab", "Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"]) {
    await page.keyboard.press(key);
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
}

test("confirm dialogs, 已重新打开 everywhere, and the history in words", async ({ browser }) => {
  const org = await orgOf();
  const unit = org.units[0];
  const drafter = await browser.newPage();
  await loginOk(drafter, unit.drafter.email, unit.drafter.name);
  let [existing] = await sql(`SELECT "id" FROM "Report" WHERE "roundId" = ? AND "unitId" = ?`, [org.roundId, unit.id]);
  if (!existing) {
    const owed = drafter.getByRole("region", { name: "待起草的报告" }).getByRole("listitem").filter({ hasText: `${YEAR}年度文澜街道工作总结` });
    await owed.getByRole("button", { name: "从模板起草" }).click();
    await expect(drafter).toHaveURL(/\/reports\/[^/]+\/edit$/);
    [existing] = await sql(`SELECT "id" FROM "Report" WHERE "roundId" = ? AND "unitId" = ?`, [org.roundId, unit.id]);
  }
  const id = String(existing.id);
  await fillAllBlanksInDatabase(id);

  await test.step("submit asks first and says what will happen; Escape cancels", async () => {
    await drafter.goto(`/reports/${id}`);
    await drafter.getByRole("button", { name: "提交审核" }).click();
    const dialog = drafter.getByRole("alertdialog");
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("提交后报告将锁定，不能再编辑，并送“主要领导”审核。");
    await expectFocusTrapped(drafter);
    await drafter.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    expect((await reportRow(id)).status).toBe("DRAFT");
    await expect(drafter.getByRole("button", { name: "提交审核" })).toBeFocused();

    await drafter.getByRole("button", { name: "提交审核" }).click();
    await expect(dialog).toBeVisible();
    const confirm = (await drafter.getByTestId("submit-warnings").isVisible()) ? "确认无误，仍然提交" : "确认提交";
    await drafter.getByRole("alertdialog").getByRole("button", { name: confirm }).click();
    await expect(drafter.getByRole("button", { name: "撤回提交" })).toBeVisible();
    expect((await reportRow(id)).status).toBe("IN_REVIEW");
  });

  const leader = await browser.newPage();
  await loginOk(leader, org.leader.email, org.leader.name);
  await test.step("the final approval asks first and says the report becomes final", async () => {
    await leader.goto(`/reports/${id}`);
    await leader.getByRole("button", { name: "审核通过" }).click();
    const dialog = leader.getByRole("alertdialog", { name: "确认审定本报告？" });
    await expect(dialog).toContainText("这是最后一步审批。通过后报告即为已审定");
    await dialog.getByRole("button", { name: "取消" }).click();
    await expect(dialog).toHaveCount(0);
    expect((await reportRow(id)).status).toBe("IN_REVIEW");
    await leader.getByRole("button", { name: "审核通过" }).click();
    await leader.getByRole("alertdialog").getByRole("button", { name: "确认审定" }).click();
    await expect(leader.getByTestId("approved-hash")).toBeVisible();
    expect((await reportRow(id)).status).toBe("APPROVED");
  });

  const admin = await browser.newPage();
  await loginOk(admin, org.admin.email, org.admin.name);
  await test.step("reopened: 已重新打开 on the report, the board and the drafter's navigation; no 逾期 at 0", async () => {
    await admin.goto(`/reports/${id}`);
    await admin.getByRole("button", { name: "重新打开修改…" }).click();
    await admin.getByLabel(/重新打开的原因/).fill("补充志愿服务数据");
    await admin.getByRole("button", { name: "确认重新打开" }).click();
    await expect(admin.getByTestId("review-return-reason")).toHaveText("已重新打开，原因：补充志愿服务数据");

    await admin.goto(`/rounds/${org.roundId}`);
    const row = admin.getByTestId("board-row").filter({ hasText: unit.name });
    await expect(row).toHaveAttribute("data-status", "REOPENED");
    await expect(row).toContainText("已重新打开");
    await expect(row).not.toContainText("被退回");
    await expect(admin.getByTestId("board-summary").locator('[data-status="REOPENED"]')).toHaveText("已重新打开 1");
    await expect(admin.getByTestId("board-summary").locator('[data-status="OVERDUE"]')).toHaveCount(0);

    await drafter.goto("/");
    await expect(drafter.getByTestId("reopened-count")).toHaveText("1");
    await expect(drafter.getByTestId("returned-count")).toHaveCount(0);
    await expect(drafter.getByRole("heading", { name: "已重新打开" })).toBeVisible();
    await drafter.goto(`/reports/${id}/edit`);
    await expect(drafter.getByTestId("return-reason")).toContainText("报告已重新打开，原因：");
    await expect(drafter.getByTestId("return-reason")).not.toContainText("被退回");
  });

  await test.step("deleting a section asks first; Escape keeps it", async () => {
    const count = async () => Number((await sql(`SELECT COUNT(*) AS "n" FROM "Section" WHERE "reportId" = ?`, [id]))[0].n);
    const before = await count();
    await drafter.getByRole("button", { name: "删除：主要成效（一）" }).click();
    const dialog = drafter.getByRole("alertdialog");
    await expect(dialog).toContainText("确定删除“主要成效（一）”吗？");
    await drafter.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    expect(await count()).toBe(before);
    await drafter.getByRole("button", { name: "删除：主要成效（一）" }).click();
    await drafter.getByRole("alertdialog").getByRole("button", { name: "删除" }).click();
    await expect.poll(count).toBe(before - 1);
  });

  await test.step("history in words (zh-CN): event, actor, target, China time; addresses only for admins, as IPv4", async () => {
    const exported = await admin.request.get(`/reports/${id}/export/md`);
    expect(exported.status()).toBe(200);
    await admin.goto(`/reports/${id}/history`);
    const event = (action: string) => admin.locator(`[data-testid="history-event"][data-action="${action}"]`).first();
    await expect(event("report.export").getByTestId("history-action")).toHaveText("导出报告（Markdown）");
    await expect(event("report.export").getByTestId("history-actor")).toHaveText(org.admin.name);
    await expect(event("report.approve").getByTestId("history-action")).toHaveText("审核通过");
    await expect(event("report.approve").getByTestId("history-actor")).toHaveText(org.leader.name);
    await expect(event("report.approve").getByTestId("history-target")).toHaveText("对象：报告");
    await expect(event("report.submit").getByTestId("history-actor")).toHaveText(unit.drafter.name);
    await expect(event("section.delete").getByTestId("history-action")).toHaveText("删除一节");
    await expect(event("report.reopen").getByTestId("history-action")).toHaveText("重新打开报告");
    await expect(admin.getByTestId("history-event").getByTestId("history-action").filter({ hasText: /^[a-z_]+\.[a-z_]+$/ })).toHaveCount(0);

    const [approved] = await sql(`SELECT "createdAt" FROM "AuditEvent" WHERE "reportId" = ? AND "action" = 'report.approve' ORDER BY "seq" DESC`, [id]);
    const at = new Date(approved.createdAt as string);
    const china = new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Shanghai" }).format(at);
    await expect(event("report.approve").getByTestId("history-time")).toHaveText(china);

    const ips = await admin.getByTestId("history-ip").allTextContents();
    expect(ips.length).toBeGreaterThan(0);
    for (const ip of ips) expect(ip).toMatch(/^来源 \d{1,3}(\.\d{1,3}){3}$/);

    await leader.goto(`/reports/${id}/history`);
    await expect(leader.getByTestId("history-event").first()).toBeVisible();
    await expect(leader.getByTestId("history-ip")).toHaveCount(0);
  });

  await test.step("history in words (en)", async () => {
    await admin.getByRole("button", { name: "English" }).click();
    const event = (action: string) => admin.locator(`[data-testid="history-event"][data-action="${action}"]`).first();
    await expect(event("report.export").getByTestId("history-action")).toHaveText("exported the report (Markdown)");
    await expect(event("report.approve").getByTestId("history-action")).toHaveText("approved");
    await expect(event("report.approve").getByTestId("history-target")).toHaveText("on: report");
    await expect(event("report.submit").getByTestId("history-action")).toHaveText("submitted for review");
    const [submitted] = await sql(`SELECT "createdAt" FROM "AuditEvent" WHERE "reportId" = ? AND "action" = 'report.submit' ORDER BY "seq" DESC`, [id]);
    const en = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Shanghai" }).format(new Date(submitted.createdAt as string));
    await expect(event("report.submit").getByTestId("history-time")).toHaveText(en);
    for (const ip of await admin.getByTestId("history-ip").allTextContents()) expect(ip).toMatch(/^from \d{1,3}(\.\d{1,3}){3}$/);
    await admin.getByRole("button", { name: "中文" }).click();
  });

  for (const p of [drafter, leader, admin]) await p.close();
});
