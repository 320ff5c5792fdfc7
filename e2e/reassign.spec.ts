// An admin reassigns a stuck approval step (issue 14, item 3, the reassignment part), on an organisation of
// this spec's own (round year 2049): the step names 严峻, who is away; the admin gives it to 孟夏 with a reason;
// 孟夏 is notified and decides, 严峻 no longer can; the history says who reassigned it, to whom and why.
import { expect, test } from "@playwright/test";
import { loginOk } from "./support/login";
import { sql } from "./support/sql";
import { ensureOrg } from "./support/org";
import { approveFinally, fillAllBlanksInDatabase, reportRow, submitForReview } from "./support/review";

test("an admin gives a stuck step to another leader, with a reason", async ({ browser }) => {
  const org = await ensureOrg({
    prefix: "e2e-ra",
    rootName: "临江街道",
    unitNames: ["临江社区"],
    year: 2049,
    deadline: new Date("2050-01-15T02:00:00Z"),
    personNames: { leader: "严峻", admin: "唐宁", drafters: ["苏禾"], extraLeaders: ["孟夏"] },
    namedApprover: true,
  });
  const unit = org.units[0];
  const stand = org.leaders[0];
  const drafter = await browser.newPage();
  await loginOk(drafter, unit.drafter.email, unit.drafter.name);
  let [row] = await sql(`SELECT "id" FROM "Report" WHERE "roundId" = ? AND "unitId" = ?`, [org.roundId, unit.id]);
  if (!row) {
    await drafter.getByRole("region", { name: "待起草的报告" }).getByRole("listitem").filter({ hasText: "2049年度临江街道工作总结" }).getByRole("button", { name: "从模板起草" }).click();
    await expect(drafter).toHaveURL(/\/reports\/[^/]+\/edit$/);
    [row] = await sql(`SELECT "id" FROM "Report" WHERE "roundId" = ? AND "unitId" = ?`, [org.roundId, unit.id]);
  }
  const id = String(row.id);
  await fillAllBlanksInDatabase(id);
  await drafter.goto(`/reports/${id}`);
  await submitForReview(drafter);
  await expect(drafter.getByRole("button", { name: "撤回提交" })).toBeVisible();

  const admin = await browser.newPage();
  await loginOk(admin, org.admin.email, org.admin.name);
  await admin.goto(`/reports/${id}`);
  await admin.getByRole("button", { name: "改派“主要领导”…" }).click();
  const form = admin.locator('form[aria-labelledby="reassign-heading"]');
  // The two leaders of the unit (the drafter is no candidate).
  expect((await form.getByLabel("改派给").locator("option").allTextContents()).sort()).toEqual(["严峻", "孟夏"].sort());
  await form.getByLabel("改派给").selectOption({ label: "严峻" });
  await form.getByLabel(/改派原因/).fill("严峻出差");
  await form.getByRole("button", { name: "确认改派" }).click();
  await expect(admin.getByTestId("reassign-error")).toHaveText("本步骤已由此人审批。");
  await form.getByLabel("改派给").selectOption({ label: "孟夏" });
  await form.getByRole("button", { name: "确认改派" }).click();
  await expect(admin.getByTestId("approval-step").first()).toContainText("孟夏");

  const away = await browser.newPage();
  await loginOk(away, org.leader.email, org.leader.name);
  await away.goto(`/reports/${id}`);
  await expect(away.getByTestId("decision-panel")).toHaveCount(0);

  const other = await browser.newPage();
  await loginOk(other, stand.email, stand.name);
  await expect(other.getByTestId("notification-count")).toHaveText("1");
  await other.goto("/notifications");
  await expect(other.getByTestId("notification").first()).toContainText("待您审核（主要领导），由唐宁提交或送达。");
  await other.getByTestId("notification").first().getByRole("button", { name: "查看" }).click();
  await expect(other.getByTestId("decision-panel")).toContainText("主要领导：请您审核");
  await approveFinally(other);
  await expect(other.getByTestId("approved-hash")).toBeVisible();
  expect((await reportRow(id)).status).toBe("APPROVED");

  await admin.goto(`/reports/${id}/history`);
  const event = admin.locator('[data-testid="history-event"][data-action="report.reassign"]');
  await expect(event.getByTestId("history-action")).toHaveText("改派审批步骤");
  await expect(event.getByTestId("history-actor")).toHaveText("唐宁");
  await expect(event).toContainText("说明：严峻出差");
  const [audit] = await sql(`SELECT "data" FROM "AuditEvent" WHERE "reportId" = ? AND "action" = 'report.reassign'`, [id]);
  expect(JSON.parse(String(audit.data))).toMatchObject({ to: stand.id, toName: "孟夏", reason: "严峻出差", from: { kind: "USER", userId: org.leader.id } });
  for (const p of [drafter, admin, away, other]) await p.close();
});
