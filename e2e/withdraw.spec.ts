import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "./support/accounts";
import { loginOk } from "./support/login";
import { sql } from "./support/sql";
import { ensureDonghuChain, submitForReview, withdrawSubmission } from "./support/review";

// 东湖社区's 2025 report was started from last year's and completely filled by drafting.spec.ts.
async function donghu2025(): Promise<string> {
  const rows = await sql(`SELECT r."id" FROM "Report" r JOIN "Unit" u ON u."id" = r."unitId" WHERE r."year" = 2025 AND u."code" = 'donghu'`);
  return String(rows[0]?.id ?? "");
}

test.describe("withdrawing a submission (撤回)", () => {
  // Precondition: 东湖社区 needs an approval chain — two steps, both for the leaders of 青山街道.
  test.beforeAll(ensureDonghuChain);

  test("a drafter withdraws before anyone decided; once the leader has decided, withdrawing is refused", async ({ browser }) => {
    const id = await donghu2025();
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
    await drafter.close();
    await leader.close();
  });
});
