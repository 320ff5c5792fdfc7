import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS } from "./support/accounts";
import { loginOk, logout } from "./support/login";
import { caretToEnd, docEditor, expectAllSaved, fillAllBlanks, selectText } from "./support/editor";
import { sql } from "./support/sql";
import { startTemplateReport, XCB } from "./support/editor";
import { seedRound } from "./support/seed";
import {
  approveFinally,
  captureAction,
  fillAllBlanksInDatabase,
  replayAction,
  reportIdOf,
  reportRow,
  selectPassage,
  signedIn,
  submitForReview,
  unitIdOf,
  type CapturedAction,
} from "./support/review";

// Review & approval on reports of this spec's own: 青山街道宣传办's report of 2070, started from the template
// by 王芳 in a round owed by 宣传办 and 西山社区; its chain is 科室负责人 (李强) → 分管领导 (any leader of
// 青山街道: 赵敏). Plus a second tree, 红旗街道, for the other unit's leader and for a drafter who also leads his
// unit (its report of 2071). Each test seeds what it needs; counts in the inboxes are taken before and after,
// since other specs' reports may sit in the same people's lists.
const YEAR = 2070;
const HONGQI_YEAR = 2071;

const HONGQI = {
  leader: { email: "hejun@hongqi.gov.cn", name: "何军" },
  drafterLeader: { email: "xuming@hongqi.gov.cn", name: "徐明" },
  leader2: { email: "gaoyan@hongqi.gov.cn", name: "高燕" },
};
const QUOTE = "制定《2025年街道理论宣讲工作安排》";
const SEND_BACK = "主要成效（一）的宣讲工作安排名称不准确，请核实后修改。";
const REOPEN = "区委宣传部要求补充志愿服务数据，重新打开修改。";
const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

let decideCapture: CapturedAction | null = null;

/** The number on a header badge (待我审核, 被退回) of the page now shown: 0 when there is none. */
async function badge(page: Page, testId: string): Promise<number> {
  const el = page.getByTestId(testId);
  return (await el.count()) > 0 ? Number(await el.textContent()) : 0;
}
async function expectBadge(page: Page, testId: string, n: number) {
  if (n === 0) await expect(page.getByTestId(testId)).toHaveCount(0);
  else await expect(page.getByTestId(testId)).toHaveText(String(n));
}
/** The link to one report in the home page's 待我审核 list. */
const toReviewLink = (page: Page, id: string) => page.getByRole("list", { name: "待我审核" }).locator(`a[href="/reports/${id}"]`);

async function auditCount(reportId: string, action: string): Promise<number> {
  const rows = await sql(`SELECT COUNT(*) AS n FROM "AuditEvent" WHERE "reportId" = ? AND "action" = ?`, [reportId, action]);
  return Number(rows[0].n);
}

test("the full review: refused with blanks, filled, sent back with a comment, resubmitted, approved in two steps, locked, reopened", async ({ browser }) => {
  test.setTimeout(480_000);
  await seedRound(YEAR, [XCB.unitCode, "xishan"]);
  // Run again on the same database, it starts over from a fresh draft.
  await sql(`DELETE FROM "Report" WHERE "roundId" = ?`, [`e2e-round-${YEAR}`]);
  await startTemplateReport(browser, YEAR, XCB);
  const id = await reportIdOf(XCB.unitCode, YEAR);
  expect((await reportRow(id)).status).toBe("DRAFT");
  const staff = await signedIn(browser, ACCOUNTS.staff);
  const leader = await signedIn(browser, ACCOUNTS.leader);
  const leader2 = await signedIn(browser, ACCOUNTS.leader2);
  const admin = await signedIn(browser, ACCOUNTS.admin);
  // What the inboxes held before this report came in (other specs' reports may be there).
  const inLeader = await badge(leader.page, "to-review-count");
  const inLeader2 = await badge(leader2.page, "to-review-count");
  const returnedBefore = await badge(staff.page, "returned-count");

  await test.step("a submission with blanks is refused with the list of what is missing", async () => {
    // Fresh from the template every figure is empty; this one must be, whatever ran before.
    await sql(`UPDATE "Metric" SET "value" = NULL WHERE "reportId" = ? AND "key" = 'lectures'`, [id]);
    const page = staff.page;
    await page.goto(`/reports/${id}`);
    await page.getByRole("button", { name: "提交审核" }).click();
    const list = page.getByTestId("submit-blanks");
    await expect(list).toBeVisible();
    await expect(list).toContainText(/还有 \d+ 处未填写/);
    await expect(list).toContainText("数据指标“开展宣讲”（本年，单位：场）未填写");
    await expect(list).toContainText("主要成效（一） 正文：");
    expect((await reportRow(id)).status).toBe("DRAFT");
    expect(await sql(`SELECT "id" FROM "ReportVersion" WHERE "reportId" = ?`, [id])).toHaveLength(0);
  });

  await test.step("the drafter fills every blank in the editor and submits: the version is frozen with its hash", async () => {
    const page = staff.page;
    await page.getByTestId("submit-blanks").getByRole("link", { name: "去编辑页填写" }).click();
    await expect(page).toHaveURL(new RegExp(`/reports/${id}/edit$`));
    await fillAllBlanks(page);
    await page.goto(`/reports/${id}`);
    await submitForReview(page);
    await expect(page.getByTestId("workflow-summary")).toContainText("第 1 次提交");
    await expect(page.locator('[data-status="IN_REVIEW"]').first()).toBeVisible();
    await expect(page.getByRole("button", { name: "提交审核" })).toHaveCount(0);
    await expect(page.getByTestId("edit-link")).toHaveCount(0);
    await expect(page.getByTestId("approval-step")).toHaveCount(2);
    const [v] = await sql(`SELECT "number", "reason", "snapshot", "hash" FROM "ReportVersion" WHERE "reportId" = ?`, [id]);
    expect(v).toMatchObject({ number: 1, reason: "SUBMITTED" });
    expect(createHash("sha256").update(String(v.snapshot), "utf8").digest("hex")).toBe(v.hash);
    expect(String(v.snapshot)).toContain('"sections"');
    expect(await auditCount(id, "report.submit")).toBe(1);
    // The editor is closed to everyone now.
    await page.goto(`/reports/${id}/edit`);
    await expect(page).toHaveURL(new RegExp(`/reports/${id}$`));
  });

  await test.step("step 1's leader has it in 待我审核, comments on a passage and sends it back", async () => {
    const page = leader.page;
    await page.goto("/");
    await expectBadge(page, "to-review-count", inLeader + 1);
    await toReviewLink(page, id).click();
    await expect(page.getByTestId("decision-panel")).toContainText("科室负责人：请您审核");

    await selectPassage(page, "主要成效（一）", QUOTE);
    await page.getByTestId("selection-bar").getByRole("button", { name: "评论所选内容" }).click();
    const composer = page.getByTestId("comment-composer");
    await expect(composer).toContainText(QUOTE);
    await composer.getByLabel("评论内容").fill("文件名称请与街道发文一致。");
    await composer.getByRole("button", { name: "发表评论" }).click();
    const thread = page.getByTestId("comment-thread");
    await expect(thread).toHaveCount(1);
    await expect(thread.getByTestId("comment-quote")).toHaveText(QUOTE);
    await expect(thread.getByTestId("quote-changed")).toHaveCount(0);
    await expect(page.getByTestId("open-comment-count")).toHaveText("1 条未解决");

    // Sending back needs a reason.
    await page.getByRole("button", { name: "退回修改" }).click();
    await expect(page.getByTestId("decide-error")).toHaveText("请填写原因。");
    await page.getByLabel(/审批意见/).fill(SEND_BACK);
    decideCapture = await captureAction(page, () => page.getByRole("button", { name: "退回修改" }).click());
    await expect(page.getByTestId("review-return-reason")).toContainText(SEND_BACK);
    expect(await reportRow(id)).toMatchObject({ status: "DRAFT", returnReason: SEND_BACK });
    await expectBadge(page, "to-review-count", inLeader);
  });

  // Opened while the report is a draft again, and left open until after the approval.
  const stale = await staff.context.newPage();

  await test.step("the drafter sees the reason and the comment, edits, answers and resubmits", async () => {
    const page = staff.page;
    await page.goto("/");
    await expectBadge(page, "returned-count", returnedBefore + 1);
    const returned = region(page, "被退回").getByRole("listitem").filter({ has: page.locator(`a[href="/reports/${id}/edit"]`) });
    await expect(returned).toContainText(SEND_BACK);
    const comments = region(page, "待处理的评论").getByRole("listitem").filter({ has: page.locator(`a[href="/reports/${id}#comments"]`) });
    await expect(comments.getByTestId("inbox-open-comments")).toHaveText("1 条未解决");
    await returned.getByRole("link").click();
    await expect(page.getByTestId("return-reason")).toContainText(SEND_BACK);
    await selectText(docEditor(page, "主要成效（一）"), "安排》");
    await page.keyboard.type("方案》");
    await region(page, "数据指标").getByLabel("开展宣讲（本年）").fill("86");
    await expectAllSaved(page);

    await page.goto(`/reports/${id}`);
    const thread = page.getByTestId("comment-thread");
    await expect(thread.getByTestId("comment-quote")).toHaveText(QUOTE);
    await expect(thread.getByTestId("quote-changed")).toHaveText("原文已修改：以上为评论时的原文。");
    await thread.getByRole("button", { name: "回复" }).click();
    await thread.getByLabel("回复内容").fill("已按街道发文改为“工作方案”。");
    await thread.getByRole("button", { name: "发表回复" }).click();
    await expect(thread.getByTestId("comment-reply")).toContainText("已按街道发文改为“工作方案”。");
    await thread.getByRole("button", { name: "标记为已解决" }).click();
    await expect(page.getByTestId("open-comment-count")).toHaveText("0 条未解决");
    await expect(page.getByTestId("comment-thread")).toHaveAttribute("data-status", "RESOLVED");

    await stale.goto(`/reports/${id}/edit`);
    await expect(docEditor(stale, "主要成效（二）")).toBeVisible();

    await submitForReview(page);
    await expect(page.getByTestId("workflow-summary")).toContainText("第 2 次提交");
    expect((await reportRow(id)).status).toBe("IN_REVIEW");
  });

  await test.step("nobody else can decide: the drafter, a later step's leader, another tree's leader", async () => {
    const { revision } = await reportRow(id);
    const approve = [{ ...(decideCapture!.args[0] as object), revision, decision: "approve", text: "" }];
    expect(await replayAction(staff.context.request, decideCapture!, approve)).toContain("errors.forbidden");
    expect(await replayAction(leader2.context.request, decideCapture!, approve)).toContain("reviewErrors.notYourTurn");
    const other = await signedIn(browser, HONGQI.leader);
    expect((await other.page.goto(`/reports/${id}`))?.status()).toBe(404);
    expect(await replayAction(other.context.request, decideCapture!, approve)).toContain("errors.notFound");
    await other.context.close();
    expect((await reportRow(id)).revision).toBe(revision);
    expect(await auditCount(id, "report.approve")).toBe(0);
    // 赵敏 is step 2: not in her list until step 1 has approved.
    await leader2.page.goto("/");
    await expectBadge(leader2.page, "to-review-count", inLeader2);
    await expect(toReviewLink(leader2.page, id)).toHaveCount(0);
  });

  await test.step("step 1's leader sees what changed since the last review, and one of two simultaneous approvals counts", async () => {
    const page = leader.page;
    await page.goto(`/reports/${id}`);
    const changes = page.getByTestId("changes-since-review");
    await expect(changes).toHaveAttribute("open", "");
    await expect(changes).toContainText("自您上次审核以来的修改（第 2 版 → 第 3 版）");
    const section = changes.getByTestId("diff-section").filter({ hasText: "主要成效（一）" });
    await expect(section.locator("del")).toContainText(["安排"]);
    await expect(section.locator("ins")).toContainText(["方案"]);
    await expect(changes.getByTestId("diff-metric").filter({ hasText: "开展宣讲" })).toContainText("86场");

    const second = await leader.context.newPage();
    await second.goto(`/reports/${id}`);
    await Promise.all([
      page.getByRole("button", { name: "审核通过" }).click(),
      second.getByRole("button", { name: "审核通过" }).click(),
    ]);
    const refusals = async () => (await page.getByTestId("decide-error").count()) + (await second.getByTestId("decide-error").count());
    await expect.poll(refusals).toBe(1);
    const loser = (await page.getByTestId("decide-error").count()) > 0 ? page : second;
    await expect(loser.getByTestId("decide-error")).toHaveText("报告刚刚已被他人处理或已更新，请刷新页面后查看。");
    await second.close();
    const decided = await sql(`SELECT "decision" FROM "ApprovalStep" WHERE "reportId" = ? AND "cycle" = 2 ORDER BY "position"`, [id]);
    expect(decided.map((d) => d.decision)).toEqual(["APPROVED", "PENDING"]);
    expect(await auditCount(id, "report.approve")).toBe(1);
  });

  await test.step("step 2's leader approves: the report is approved with the approved version's hash", async () => {
    const page = leader2.page;
    await page.goto("/");
    await expectBadge(page, "to-review-count", inLeader2 + 1);
    await toReviewLink(page, id).click();
    await expect(page.getByTestId("decision-panel")).toContainText("分管领导：请您审核");
    await page.getByLabel(/审批意见/).fill("同意。");
    await approveFinally(page);
    await expect(page.getByTestId("approved-hash")).toBeVisible();
    const row = await reportRow(id);
    expect(row.status).toBe("APPROVED");
    const [v] = await sql(`SELECT "hash", "reason" FROM "ReportVersion" WHERE "id" = ?`, [row.approvedVersionId]);
    expect(v).toEqual({ hash: row.approvedHash, reason: "APPROVED" });
    await expect(page.getByTestId("approved-hash")).toContainText(String(row.approvedHash));
    await expect(page.getByTestId("draft-marking")).toHaveCount(0);
  });

  await test.step("approved = locked: no editor, and a stale editor's autosave is refused by the server", async () => {
    await staff.page.goto(`/reports/${id}/edit`);
    await expect(staff.page).toHaveURL(new RegExp(`/reports/${id}$`));
    await expect(staff.page.getByRole("button", { name: "评论本节" }).first()).toHaveCount(0);
    await caretToEnd(docEditor(stale, "主要成效（二）"));
    await stale.keyboard.type("迟到的修改。");
    await expect(region(stale, "主要成效（二）").getByTestId("field-error")).toHaveText("报告已提交或已审定，不能再修改。");
    await expect(stale.getByTestId("save-status")).toHaveText("未保存");
    const [s] = await sql(`SELECT "body" FROM "Section" WHERE "reportId" = ? AND "body" LIKE ?`, [id, "%迟到的修改%"]);
    expect(s).toBeUndefined();
    await stale.close();
  });

  await test.step("an admin reopens it with a reason; the approval stays in history, superseded", async () => {
    const page = admin.page;
    await page.goto(`/reports/${id}`);
    await page.getByRole("button", { name: "重新打开修改…" }).click();
    await page.getByRole("button", { name: "确认重新打开" }).click();
    await expect(page.getByTestId("reopen-error")).toHaveText("请填写原因。");
    await page.getByLabel(/重新打开的原因/).fill(REOPEN);
    await page.getByRole("button", { name: "确认重新打开" }).click();
    await expect(page.getByTestId("review-return-reason")).toContainText(REOPEN);
    expect(await reportRow(id)).toMatchObject({ status: "DRAFT", returnReason: REOPEN, approvedHash: null, approvedVersionId: null });
    const steps = await sql(`SELECT "decision" FROM "ApprovalStep" WHERE "reportId" = ? AND "cycle" = 2`, [id]);
    expect(steps.map((s) => s.decision)).toEqual(["SUPERSEDED", "SUPERSEDED"]);

    await page.getByRole("link", { name: "版本与对比" }).click();
    const rows = page.getByTestId("version-row");
    await expect(rows).toHaveCount(6);
    await expect(rows.first()).toContainText("重新打开");
    await expect(rows.filter({ hasText: "分管领导" })).toContainText("（已被重新打开取代）");
    await expect(rows.filter({ hasText: "退回修改" })).toContainText(SEND_BACK);

    await page.goto(`/reports/${id}/history`);
    for (const action of ["report.submit", "report.return", "report.approve", "report.reopen", "comment.add", "comment.reply", "comment.resolve"]) {
      await expect(page.locator(`[data-testid="history-event"][data-action="${action}"]`).first()).toBeVisible();
    }
    await expect(page.getByTestId("history-step")).toHaveCount(4);

    await staff.page.goto(`/reports/${id}/edit`);
    await expect(staff.page.getByTestId("return-reason")).toContainText(REOPEN);
    await expect(staff.page.getByTestId("return-reason")).toContainText("报告已重新打开，原因：");
  });

  await test.step("the round's board labels the report 已重新打开 (not 被退回), and a unit that has not started 未开始", async () => {
    const page = leader2.page;
    await page.goto("/");
    await region(page, "报送进度").getByRole("link", { name: `${YEAR}年度宣传文化工作总结` }).click();
    const rows = page.getByTestId("board-row");
    await expect(rows.filter({ hasText: "青山街道宣传办" })).toHaveAttribute("data-status", "REOPENED");
    await expect(rows.filter({ hasText: "青山街道宣传办" })).toContainText("已重新打开");
    await expect(rows.filter({ hasText: "西山社区" })).toHaveAttribute("data-status", "NOT_STARTED");
    await expect(rows.filter({ hasText: "红旗街道党政办" })).toHaveCount(0);
  });

  for (const s of [staff, leader, leader2, admin]) await s.context.close();
});

test("a unit without a chain cannot submit; a drafter who also leads the unit cannot approve his own report", async ({ browser }) => {
  test.setTimeout(240_000);
  // A round of this test's own owed by 党政办 (no admin of 青山街道 reaches the other tree), and no chain yet.
  await seedRound(HONGQI_YEAR, ["hongqi-dzb"]);
  const dzb = await unitIdOf("hongqi-dzb");
  await sql(`DELETE FROM "ApprovalChainStep" WHERE "unitId" = ?`, [dzb]);
  await sql(`DELETE FROM "Report" WHERE "roundId" = ?`, [`e2e-round-${HONGQI_YEAR}`]);

  const drafter = await signedIn(browser, HONGQI.drafterLeader);
  const page = drafter.page;
  await region(page, "待起草的报告").getByRole("listitem").filter({ hasText: `${HONGQI_YEAR}年度` }).getByRole("button", { name: "从模板起草" }).click();
  await expect(page).toHaveURL(/\/reports\/[^/]+\/edit$/);
  const id = await reportIdOf("hongqi-dzb", HONGQI_YEAR);
  await fillAllBlanksInDatabase(id);

  await page.goto(`/reports/${id}`);
  await submitForReview(page);
  await expect(page.getByTestId("submit-error")).toHaveText(
    "本单位尚未配置审批流程，暂不能提交。请联系系统管理员在“审批流程配置”中设置。",
  );
  expect((await reportRow(id)).status).toBe("DRAFT");

  // The chain: any leader of 党政办 — 徐明 (who drafted it) and 高燕.
  await sql(`INSERT INTO "ApprovalChainStep" ("id", "unitId", "position", "label", "approverKind", "approverUnitId") VALUES (?, ?, 1, '办公室主任', 'UNIT_LEADER', ?)`, [
    `e2e-chain-${Date.now()}`,
    dzb,
    dzb,
  ]);
  await page.reload();
  await submitForReview(page);
  await expect(page.getByTestId("workflow-summary")).toContainText("第 1 次提交");
  await expect(page.getByTestId("review-blocked")).toContainText("您参与了本报告的起草");
  await expect(page.getByTestId("decision-panel")).toHaveCount(0);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "待我审核" })).toBeVisible();
  await expect(toReviewLink(page, id)).toHaveCount(0);

  const other = await signedIn(browser, HONGQI.leader2);
  await other.page.goto("/");
  await toReviewLink(other.page, id).click();
  await other.page.getByLabel(/审批意见/).fill("请补充党建工作内容。");
  const capture = await captureAction(other.page, () => other.page.getByRole("button", { name: "退回修改" }).click());
  await expect(other.page.getByTestId("review-return-reason")).toBeVisible();

  await page.goto(`/reports/${id}`);
  await submitForReview(page);
  await expect(page.getByTestId("workflow-summary")).toContainText("第 2 次提交");
  const { revision } = await reportRow(id);
  const own = await replayAction(drafter.context.request, capture, [{ ...(capture.args[0] as object), revision, decision: "approve", text: "" }]);
  expect(own).toContain("reviewErrors.ownReport");
  expect((await reportRow(id)).status).toBe("IN_REVIEW");

  await other.page.goto(`/reports/${id}`);
  await approveFinally(other.page);
  await expect(other.page.getByTestId("approved-hash")).toBeVisible();
  expect((await reportRow(id)).status).toBe("APPROVED");
  await drafter.context.close();
  await other.context.close();

  // The other tree's leader sees his unit's row only on the round's board: approved.
  const hejun = await signedIn(browser, HONGQI.leader);
  await hejun.page.getByRole("link", { name: "报送进度" }).first().click();
  await hejun.page.getByRole("link", { name: `${HONGQI_YEAR}年度宣传文化工作总结` }).click();
  const rows = hejun.page.getByTestId("board-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("红旗街道党政办");
  await expect(rows.first()).toHaveAttribute("data-status", "APPROVED");
  await hejun.context.close();
});

test("an admin configures a unit's approval chain: add, reorder, remove — each audited", async ({ page }) => {
  const unitId = await unitIdOf("xishan");
  // 西山社区 starts without a chain (as the demo data has it), and only this test's events are counted.
  await sql(`DELETE FROM "ApprovalChainStep" WHERE "unitId" = ?`, [unitId]);
  const [{ seq: seqBefore }] = await sql(`SELECT COALESCE(MAX("seq"), 0) AS "seq" FROM "AuditEvent"`);
  await loginOk(page, ACCOUNTS.admin.email, ACCOUNTS.admin.name);
  await page.goto("/admin");
  await page.getByRole("link", { name: "审批流程配置" }).click();
  const xcb = page.getByTestId("chain-unit").filter({ hasText: "青山街道宣传办" });
  await expect(xcb).toContainText("科室负责人（李强） → 分管领导（青山街道任一领导）");
  await expect(page.getByTestId("chain-unit").filter({ hasText: "西山社区" })).toContainText("未配置");
  await page.getByRole("link", { name: "西山社区" }).click();

  const byUser = page.getByRole("form", { name: "由指定人员审核" });
  await byUser.getByLabel("步骤名称").fill("分管领导");
  await byUser.getByLabel("审核人").selectOption({ label: "赵敏（青山街道领导）" });
  await byUser.getByRole("button", { name: "添加" }).click();
  const steps = page.getByTestId("chain-step");
  await expect(steps).toHaveCount(1);
  const byUnit = page.getByRole("form", { name: "由某单位任一领导审核" });
  await byUnit.getByLabel("步骤名称").fill("主要领导");
  await byUnit.getByLabel("单位").selectOption({ label: "青山街道" });
  await byUnit.getByRole("button", { name: "添加" }).click();
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0)).toContainText("第 1 步·分管领导");
  await expect(steps.nth(1)).toContainText("第 2 步·主要领导");

  await page.getByRole("button", { name: "上移“主要领导”" }).click();
  await expect(steps.nth(0)).toContainText("第 1 步·主要领导");
  await expect(steps.nth(0)).toContainText("青山街道任一领导");
  await page.getByRole("button", { name: "删除“分管领导”" }).click();
  await expect(steps).toHaveCount(1);

  // An empty name is refused with a message (the browser's own check is bypassed here).
  await byUser.getByLabel("步骤名称").fill(" ");
  await byUser.getByRole("button", { name: "添加" }).click();
  await expect(page.getByTestId("page-error")).toHaveText("请填写步骤名称。");

  const events = await sql(`SELECT "action" FROM "AuditEvent" WHERE "targetType" = 'Unit' AND "targetId" = ? AND "seq" > ? ORDER BY "seq"`, [unitId, seqBefore]);
  expect(events.map((e) => e.action)).toEqual(["chain.add", "chain.add", "chain.move", "chain.remove"]);
  await page.getByRole("button", { name: "删除“主要领导”" }).click();
  await expect(steps).toHaveCount(0);

  // Staff and leaders have no chain admin.
  await logout(page);
  await loginOk(page, ACCOUNTS.leader2.email, ACCOUNTS.leader2.name);
  expect((await page.goto("/admin/chains"))?.status()).toBe(404);
});

// The closed demo round of 2024 (read only: no spec changes it). The open round's stages (已重新打开, 未开始)
// are checked at the end of the full review, the other tree's board at the end of the 党政办 test.
test("the round board shows each unit's stage, overdue ones flagged, to admins and the round's leaders only", async ({ page }) => {
  await loginOk(page, ACCOUNTS.leader2.email, ACCOUNTS.leader2.name);
  const rows = page.getByTestId("board-row");
  await page.goto("/rounds");
  await page.getByRole("link", { name: "2024年度宣传文化工作总结" }).click();
  await expect(rows.filter({ hasText: "青山街道宣传办" })).toHaveAttribute("data-status", "APPROVED");
  await expect(rows.filter({ hasText: "青山街道宣传办" })).toHaveAttribute("data-overdue", "false");
  await expect(rows.filter({ hasText: "南苑社区" })).toHaveAttribute("data-overdue", "true");
  await expect(page.getByTestId("board-summary").locator('[data-status="APPROVED"]')).toHaveText("已审定 2");
  // The other tree's leader does not follow 青山街道's rounds.
  await logout(page);
  await loginOk(page, HONGQI.leader.email, HONGQI.leader.name);
  await page.goto("/rounds");
  await expect(page.getByRole("link", { name: "2024年度宣传文化工作总结" })).toHaveCount(0);

  await logout(page);
  await loginOk(page, ACCOUNTS.staff.email, ACCOUNTS.staff.name);
  expect((await page.goto("/rounds"))?.status()).toBe(404);
});

test("the admin's audit view verifies the hash chain and shows where it breaks", async ({ page }) => {
  await loginOk(page, ACCOUNTS.admin.email, ACCOUNTS.admin.name);
  await page.goto("/admin");
  await page.getByRole("link", { name: "审计日志校验" }).click();
  await expect(page.getByTestId("audit-status")).toHaveAttribute("data-ok", "true");
  await expect(page.getByTestId("audit-status")).toContainText("校验通过");

  // Tamper with one event the way someone with database access might (the first: the demo data has written
  // some, whatever else ran), then put it back.
  const [event] = await sql(`SELECT "seq", "action" FROM "AuditEvent" ORDER BY "seq" LIMIT 1`);
  const forged = event.action === "report.return" ? "report.approve" : "report.return";
  try {
    await sql(`UPDATE "AuditEvent" SET "action" = ? WHERE "seq" = ?`, [forged, event.seq]);
    await page.getByRole("link", { name: "重新校验" }).click();
    await expect(page.getByTestId("audit-status")).toHaveAttribute("data-ok", "false");
    await expect(page.getByTestId("audit-status")).toContainText(`审计链在第 ${event.seq} 条记录处断开`);
    await expect(page.getByTestId("audit-status")).toContainText("该记录的内容与其哈希不符");
  } finally {
    await sql(`UPDATE "AuditEvent" SET "action" = ? WHERE "seq" = ?`, [event.action, event.seq]);
  }
  await page.getByRole("link", { name: "重新校验" }).click();
  await expect(page.getByTestId("audit-status")).toHaveAttribute("data-ok", "true");
});

test("the review pages fit a 375 px phone screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await loginOk(page, ACCOUNTS.admin.email, ACCOUNTS.admin.name);
  const id = await reportIdOf("qingshan-xcb", 2025);
  const [round] = await sql(`SELECT "id" FROM "ReportingRound" WHERE "year" = 2024`);
  const urls = [`/reports/${id}`, `/reports/${id}/versions`, `/reports/${id}/history`, "/rounds", `/rounds/${round.id}`, "/admin/chains", `/admin/chains/${await unitIdOf("qingshan-xcb")}`, "/admin/audit"];
  for (const url of urls) {
    expect((await page.goto(url))?.status(), url).toBe(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});
