import { expect, test, type Browser } from "@playwright/test";
import { ACCOUNTS } from "./support/accounts";
import { loginOk } from "./support/login";
import { sql } from "./support/sql";
import { ensureDonghuChain, fillAllBlanksInDatabase, reportIdOf, submitForReview, withdrawSubmission } from "./support/review";
import { startTemplateReport } from "./support/editor";

// A report of this spec's own — 东湖社区's 2035 report from the template, its blanks filled in the
// database — so the spec runs alone or in any order; it ends sent back, in nobody's inbox.
async function ownReport(browser: Browser): Promise<string> {
  await startTemplateReport(browser, 2035);
  const id = await reportIdOf("donghu", 2035);
  // A retried run finds it where the last one stopped: back to a draft, as a send-back would leave it.
  await sql(`UPDATE "ApprovalStep" SET "decision" = 'SUPERSEDED' WHERE "reportId" = ? AND "decision" = 'PENDING'`, [id]);
  await sql(`UPDATE "Report" SET "status" = 'DRAFT', "revision" = "revision" + 1 WHERE "id" = ? AND "status" <> 'DRAFT'`, [id]);
  await fillAllBlanksInDatabase(id);
  return id;
}

test.describe("withdrawing a submission (撤回)", () => {
  // Precondition: 东湖社区 needs an approval chain — two steps, both for the leaders of 青山街道.
  test.beforeAll(ensureDonghuChain);

  test("a drafter withdraws before anyone decided; once the leader has decided, withdrawing is refused", async ({ browser }) => {
    test.setTimeout(120_000);
    const id = await ownReport(browser);
    const drafter = await browser.newPage();
    await loginOk(drafter, ACCOUNTS.otherStaff.email, ACCOUNTS.otherStaff.name);
    await drafter.goto(`/reports/${id}`);
    await submitForReview(drafter);
    await expect(drafter.getByRole("button", { name: "撤回提交" })).toBeVisible();
    await expect(drafter.locator("[data-status]").first()).toHaveAttribute("data-status", "IN_REVIEW");

    await withdrawSubmission(drafter);
    await expect(drafter.getByTestId("edit-link")).toBeVisible();
    await expect(drafter.locator("[data-status]").first()).toHaveAttribute("data-status", "DRAFT");
    const events = await sql(`SELECT "action" FROM "AuditEvent" WHERE "reportId" = ? AND "action" = 'report.withdraw'`, [id]);
    expect(events).toHaveLength(1);

    // Submitted again; the page still offers 撤回, but the leader approves first.
    await submitForReview(drafter);
    await expect(drafter.getByRole("button", { name: "撤回提交" })).toBeVisible();
    const leader = await browser.newPage();
    await loginOk(leader, ACCOUNTS.leader2.email, ACCOUNTS.leader2.name);
    await leader.goto(`/reports/${id}`);
    await leader.getByRole("button", { name: "审核通过" }).click();
    await expect(leader.getByRole("button", { name: "审核通过" })).toBeVisible(); // now step 2, still in review
    await expect(leader.getByRole("heading", { name: "主要领导：请您审核" })).toBeVisible();

    await withdrawSubmission(drafter);
    await expect(drafter.getByTestId("withdraw-error")).toHaveText("审核人已处理本次提交，不能再撤回。");
    await drafter.reload();
    await expect(drafter.getByRole("button", { name: "撤回提交" })).toHaveCount(0);
    // Sent back at step 2, so no inbox keeps it for the specs that count theirs.
    await leader.reload();
    await leader.getByLabel(/审批意见/).fill("请补充数据。");
    await leader.getByRole("button", { name: "退回修改" }).click();
    await expect(leader.getByTestId("review-return-reason")).toContainText("请补充数据。");
    await drafter.close();
    await leader.close();
  });
});
