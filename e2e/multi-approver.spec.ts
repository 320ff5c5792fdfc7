// 会签 / 或签 and 委托审批 (issue 14, items 2 and 3) on an organisation of this spec's own (round year 2060):
// 云溪街道 with three communities, each drafting its own report. The admin sets each chain in the chain
// editor (a 会签 step and a 或签 step, each with two approvers); a 会签 step needs both approvals, a 或签
// step one; a leader delegates through 委托审批 and the delegate's decision reads "X 代 Y" on the report,
// in the versions and in the history. Runs alone, in any order, or again on the same database.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { loginOk } from "./support/login";
import { sql } from "./support/sql";
import { ensureOrg, type Org } from "./support/org";
import { approveFinally, fillAllBlanksInDatabase, reportRow, submitForReview } from "./support/review";

const YEAR = 2060;
const ROUND = `${YEAR}年度云溪街道工作总结`;

async function org() {
  // A rerun: the chains set by the editor last time replace ensureOrg's default step, which it would insert
  // again at the same place — start from its default chain each time.
  await sql(`DELETE FROM "ApprovalChainStep" WHERE "unitId" LIKE 'e2e-ms-unit-%'`);
  return ensureOrg({
    prefix: "e2e-ms",
    rootName: "云溪街道",
    unitNames: ["云溪社区", "云溪新村", "云溪花园"],
    year: YEAR,
    deadline: new Date("2061-01-15T02:00:00Z"),
    personNames: { leader: "韩松", admin: "罗敏", drafters: ["方芳", "白雪", "秦川"], extraLeaders: ["林岚"] },
    namedApprover: true,
  });
}

/** The unit's report as a draft with every blank filled: started from the template the first time, reset to a draft on a rerun. */
async function draftOf(browser: Browser, o: Org, unit: Org["units"][number]): Promise<string> {
  let [row] = await sql(`SELECT "id" FROM "Report" WHERE "roundId" = ? AND "unitId" = ?`, [o.roundId, unit.id]);
  if (!row) {
    const page = await browser.newPage();
    await loginOk(page, unit.drafter.email, unit.drafter.name);
    await page.getByRole("region", { name: "待起草的报告" }).getByRole("listitem").filter({ hasText: ROUND }).getByRole("button", { name: "从模板起草" }).click();
    await expect(page).toHaveURL(/\/reports\/[^/]+\/edit$/);
    await page.close();
    [row] = await sql(`SELECT "id" FROM "Report" WHERE "roundId" = ? AND "unitId" = ?`, [o.roundId, unit.id]);
  }
  const id = String(row.id);
  await sql(`UPDATE "ApprovalStep" SET "decision" = 'SUPERSEDED' WHERE "reportId" = ? AND "decision" = 'PENDING'`, [id]);
  await sql(`UPDATE "Report" SET "status" = 'DRAFT', "revision" = "revision" + 1, "approvedHash" = NULL, "approvedVersionId" = NULL WHERE "id" = ? AND "status" <> 'DRAFT'`, [id]);
  await fillAllBlanksInDatabase(id);
  return id;
}

/** The admin sets the unit's chain in the editor: the old steps removed, one step for 韩松 and 林岚 in `mode`. */
async function configureChain(page: Page, unitId: string, label: string, mode: "会签" | "或签") {
  await page.goto(`/admin/chains/${unitId}`);
  const steps = page.getByTestId("chain-step");
  while ((await steps.count()) > 0) {
    const n = await steps.count();
    await steps.first().getByRole("button", { name: /^删除/ }).click();
    await expect(steps).toHaveCount(n - 1);
  }
  const byUser = page.getByRole("form", { name: "由指定人员审核" });
  await byUser.getByLabel("步骤名称").fill(label);
  await byUser.getByLabel("审核人").selectOption({ label: "韩松（云溪街道领导）" });
  await byUser.getByLabel(/同一步骤另加人员/).selectOption([{ label: "林岚（云溪街道领导）" }]);
  await byUser.getByLabel(mode === "会签" ? /^会签/ : /^或签/).check();
  await byUser.getByRole("button", { name: "添加" }).click();
  await expect(steps).toHaveCount(1);
  await expect(steps.first()).toContainText(`第 1 步·${label}`);
  await expect(steps.first().getByTestId("chain-step-mode")).toHaveText(mode);
  await expect(steps.first()).toContainText("韩松");
  await expect(steps.first()).toContainText("林岚");
}

async function submitAs(browser: Browser, unit: Org["units"][number], id: string) {
  const page = await browser.newPage();
  await loginOk(page, unit.drafter.email, unit.drafter.name);
  await page.goto(`/reports/${id}`);
  await submitForReview(page);
  await expect(page.getByRole("button", { name: "撤回提交" })).toBeVisible();
  await page.close();
}

test("the chain editor sets a 会签 step with two approvers: the first approval leaves it pending, the second completes it", async ({ browser }) => {
  test.setTimeout(150_000);
  const o = await org();
  const unit = o.units[0];
  const id = await draftOf(browser, o, unit);
  const admin = await browser.newPage();
  await loginOk(admin, o.admin.email, o.admin.name);
  await configureChain(admin, unit.id, "会签领导", "会签");
  await admin.goto("/admin/chains");
  await expect(admin.getByTestId("chain-unit").filter({ hasText: "云溪社区" })).toContainText("会签领导（会签：韩松和林岚）");
  await submitAs(browser, unit, id);

  const han = await browser.newPage();
  await loginOk(han, o.leader.email, o.leader.name);
  await han.goto(`/reports/${id}`);
  await expect(han.getByTestId("step-mode")).toHaveText("会签（须全部同意）");
  // Not the final approval yet: 林岚 must approve too, so no "make it final" confirm.
  await expect(han.getByTestId("decide-others-pending")).toContainText("还需另外 1 人同意");
  await han.getByLabel(/审批意见/).fill("同意，请会签");
  await han.getByRole("button", { name: "审核通过" }).click();
  await expect(han.getByTestId("decision-panel")).toHaveCount(0);
  const step = han.getByTestId("approval-step");
  await expect(step).toHaveAttribute("data-decision", "PENDING");
  await expect(step.getByTestId("approval-slot").filter({ hasText: "韩松" })).toHaveAttribute("data-decision", "APPROVED");
  await expect(step.getByTestId("approval-slot").filter({ hasText: "林岚" })).toHaveAttribute("data-decision", "PENDING");
  expect((await reportRow(id)).status).toBe("IN_REVIEW");

  const lin = await browser.newPage();
  await loginOk(lin, o.leaders[0].email, o.leaders[0].name);
  // In 林岚's inbox (待我审核) …
  await expect(lin.getByRole("list", { name: "待我审核" }).getByRole("link", { name: /云溪社区/ })).toBeVisible();
  await lin.goto(`/reports/${id}`);
  await approveFinally(lin);
  await expect(lin.getByTestId("approved-hash")).toBeVisible();
  expect((await reportRow(id)).status).toBe("APPROVED");
  await expect(lin.getByTestId("approval-slot").filter({ hasText: "韩松" })).toContainText("意见：同意，请会签");
  await expect(lin.getByTestId("approval-slot").filter({ hasText: "林岚" })).toHaveAttribute("data-decision", "APPROVED");
  for (const p of [admin, han, lin]) await p.close();
});

test("a 或签 step needs one approval: the other approver's part is no longer needed", async ({ browser }) => {
  test.setTimeout(150_000);
  const o = await org();
  const unit = o.units[1];
  const id = await draftOf(browser, o, unit);
  const admin = await browser.newPage();
  await loginOk(admin, o.admin.email, o.admin.name);
  await configureChain(admin, unit.id, "或签领导", "或签");
  await submitAs(browser, unit, id);

  const lin = await browser.newPage();
  await loginOk(lin, o.leaders[0].email, o.leaders[0].name);
  await lin.goto(`/reports/${id}`);
  await expect(lin.getByTestId("step-mode")).toHaveText("或签（一人同意即可）");
  await expect(lin.getByTestId("decide-others-pending")).toHaveCount(0);
  await approveFinally(lin);
  await expect(lin.getByTestId("approved-hash")).toBeVisible();
  expect((await reportRow(id)).status).toBe("APPROVED");
  await expect(lin.getByTestId("approval-slot").filter({ hasText: "韩松" })).toContainText("无需审核");

  const han = await browser.newPage();
  await loginOk(han, o.leader.email, o.leader.name);
  await han.goto(`/reports/${id}`);
  await expect(han.getByTestId("decision-panel")).toHaveCount(0);
  const [cycle] = await sql(`SELECT MAX("cycle") AS "c" FROM "ApprovalStep" WHERE "reportId" = ?`, [id]);
  const slots = await sql(`SELECT "decision" FROM "ApprovalStep" WHERE "reportId" = ? AND "cycle" = ? ORDER BY "slot"`, [id, cycle.c]);
  expect(slots.map((s) => s.decision)).toEqual(["SUPERSEDED", "APPROVED"]);
  for (const p of [admin, lin, han]) await p.close();
});

test("a leader delegates through 委托审批: the delegate decides, recorded as on whose behalf; a delegate who drafted the report cannot", async ({ browser }) => {
  test.setTimeout(150_000);
  const o = await org();
  const unit = o.units[2];
  const id = await draftOf(browser, o, unit);
  // One step, 韩松's alone (set straight in the database: the editor is the other tests' subject).
  await sql(`DELETE FROM "ApprovalChainStep" WHERE "unitId" = ?`, [unit.id]);
  await sql(`INSERT INTO "ApprovalChainStep" ("id", "unitId", "position", "label", "approverKind", "approverUserId") VALUES (?, ?, 1, '主要领导', 'USER', ?)`, [
    `e2e-ms-chain-d-${Date.now()}`,
    unit.id,
    o.leader.id,
  ]);
  // Earlier runs' delegations end, so this run's are the only ones that count.
  await sql(`UPDATE "Delegation" SET "cancelledAt" = ? WHERE "fromUserId" = ? AND "cancelledAt" IS NULL`, [new Date().toISOString(), o.leader.id]);
  await submitAs(browser, unit, id);

  const han = await browser.newPage();
  await loginOk(han, o.leader.email, o.leader.name);
  await han.getByTestId("delegations-link").click();
  await expect(han).toHaveURL(/\/delegations$/);
  const form = han.getByRole("form", { name: "委托他人代我审批" });
  // To the drafter of this very report (秦川) and to 方芳 of another community, for today.
  for (const who of [o.units[2].drafter, o.units[0].drafter]) {
    await form.getByLabel("受托人").selectOption({ label: `${who.name}（${who.email}）` });
    await form.getByRole("button", { name: "设置委托" }).click();
    await expect(han.getByTestId("delegation-given").filter({ hasText: `韩松 委托 ${who.name}` }).first()).toHaveAttribute("data-phase", "ACTIVE");
  }

  // 秦川 drafted the report: as 韩松's delegate he is still refused.
  const qin = await browser.newPage();
  await loginOk(qin, unit.drafter.email, unit.drafter.name);
  await qin.goto(`/reports/${id}`);
  await expect(qin.getByTestId("decision-panel")).toHaveCount(0);
  await expect(qin.getByTestId("review-blocked")).toBeVisible();

  const fang = await browser.newPage();
  await loginOk(fang, o.units[0].drafter.email, o.units[0].drafter.name);
  const inbox = fang.getByRole("list", { name: "待我审核" });
  await expect(inbox.getByTestId("inbox-on-behalf")).toContainText("代 韩松 审核");
  await inbox.getByRole("link", { name: /云溪花园/ }).click();
  await expect(fang.getByTestId("decide-on-behalf")).toContainText("代 韩松 审核");
  await fang.getByLabel(/审批意见/).fill("受韩松委托，同意");
  await approveFinally(fang);
  await expect(fang.getByTestId("approved-hash")).toBeVisible();
  await expect(fang.getByTestId("approval-slot")).toContainText("方芳 代 韩松");
  const [step] = await sql(`SELECT "decidedById", "onBehalfOfId" FROM "ApprovalStep" WHERE "reportId" = ? AND "decision" = 'APPROVED' ORDER BY "decidedAt" DESC`, [id]);
  expect(step).toMatchObject({ decidedById: o.units[0].drafter.id, onBehalfOfId: o.leader.id });

  await fang.goto(`/reports/${id}/versions`);
  await expect(fang.locator('[data-testid="version-row"][data-reason="APPROVED"]').first().getByTestId("version-author")).toHaveText("方芳 代 韩松");
  await fang.goto(`/reports/${id}/history`);
  await expect(fang.locator('[data-testid="history-event"][data-action="report.approve"]').first().getByTestId("history-actor")).toHaveText("方芳 代 韩松");

  // Cancelling is audited and takes the right away.
  await han.reload();
  await han.getByRole("button", { name: `取消委托给方芳（${await today(han)} 起）` }).first().click();
  await expect(han.getByTestId("delegation-given").filter({ hasText: "韩松 委托 方芳" }).first()).toHaveAttribute("data-phase", "CANCELLED");
  const cancelled = await sql(`SELECT COUNT(*) AS "n" FROM "AuditEvent" WHERE "action" = 'delegation.cancel' AND "actorId" = ?`, [o.leader.id]);
  expect(Number(cancelled[0].n)).toBeGreaterThan(0);
  await fang.goto("/");
  await expect(fang.getByRole("heading", { name: "待我审核" })).toHaveCount(0);
  for (const p of [han, qin, fang]) await p.close();
});

/** Today in Asia/Shanghai, as the page's date inputs default to it. */
async function today(page: Page): Promise<string> {
  return page.locator("#my-start").inputValue();
}
