// 审批记录 (approval record): 东湖社区's own report of round 2051 (this spec's year) is submitted and approved
// in two steps; a leader downloads the record alone and as the last page of the Word file.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { readDocxParts } from "../tests/support/docx/read-docx-zip";
import { ACCOUNTS } from "./support/accounts";
import { startTemplateReport } from "./support/editor";
import { approveFinally, ensureDonghuChain, fillAllBlanksInDatabase, reportRow, signedIn, submitForReview } from "./support/review";
import { sql } from "./support/sql";

const YEAR = 2051;
const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);

async function approve(page: Page, reportId: string, opinion: string, last: boolean) {
  await page.goto(`/reports/${reportId}`);
  await page.getByLabel(/审批意见/).fill(opinion);
  // The last step's approval is final: it asks for a confirm first.
  if (last) await approveFinally(page);
  else await page.getByRole("button", { name: "审核通过" }).click();
}

async function downloadFromMenu(page: Page, name: string) {
  const menu = page.getByTestId("export-menu");
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open))) await menu.getByText("导出", { exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent("download"), menu.getByRole("link", { name, exact: true }).click()]);
  return file;
}

test("a leader downloads the approval record of an approved report, alone and as the Word file's last page", async ({ browser }) => {
  test.setTimeout(180_000);
  await ensureDonghuChain();
  const reportId = (await startTemplateReport(browser, YEAR)).split("/")[2];
  // 东湖's chain: both steps for the leaders of 青山街道 — 赵敏
  const leader = await signedIn(browser, ACCOUNTS.leader2);

  if ((await reportRow(reportId)).status === "DRAFT") {
    await fillAllBlanksInDatabase(reportId);
    const drafter = await signedIn(browser, ACCOUNTS.otherStaff);
    await drafter.page.goto(`/reports/${reportId}`);
    await submitForReview(drafter.page);
    await drafter.context.close();
  }
  if ((await reportRow(reportId)).status === "IN_REVIEW") {
    // in review, not approved yet: the menu has no record, and the URL says why
    await leader.page.goto(`/reports/${reportId}`);
    await leader.page.getByTestId("export-menu").getByText("导出", { exact: true }).click();
    await expect(leader.page.getByTestId("export-docx")).toBeVisible();
    await expect(leader.page.getByTestId("export-record")).toHaveCount(0);
    const early = await leader.page.request.get(`/reports/${reportId}/approval-record`);
    expect(early.status()).toBe(409);
    expect(await early.text()).toContain("审批记录仅在报告审定后提供");

    const pending = await sql(
      `SELECT "position" FROM "ApprovalStep" WHERE "reportId" = ? AND "decision" = 'PENDING' ORDER BY "position"`,
      [reportId],
    );
    for (const step of pending) {
      const decided = await sql(`SELECT COUNT(*) AS n FROM "ApprovalStep" WHERE "reportId" = ? AND "decision" = 'APPROVED'`, [reportId]);
      const last = step === pending[pending.length - 1];
      await approve(leader.page, reportId, Number(step.position) === 1 ? "同意，请主要领导审定。" : "同意。", last);
      await expect
        .poll(async () => Number((await sql(`SELECT COUNT(*) AS n FROM "ApprovalStep" WHERE "reportId" = ? AND "decision" = 'APPROVED'`, [reportId]))[0].n))
        .toBe(Number(decided[0].n) + 1);
    }
  }
  const row = await reportRow(reportId);
  expect(row.status).toBe("APPROVED");
  const [head] = await sql(`SELECT "seq", "hash" FROM "AuditHead" WHERE "id" = 1`);

  // the record alone
  await leader.page.goto(`/reports/${reportId}`);
  const record = await downloadFromMenu(leader.page, "审批记录（.docx）");
  expect(record.suggestedFilename()).toMatch(/-审批记录\.docx$/);
  const parts = readDocxParts(readFileSync((await record.path())!));
  const t = texts(parts.get("word/document.xml")!);
  expect(t[0]).toBe("审批记录");
  for (const s of ["东湖社区", `${YEAR}年`, `SHA-256 ${row.approvedHash}`, "陈静", "赵敏", "提交审核", "分管领导", "主要领导", "同意，请主要领导审定。", "同意。"]) {
    expect(t, s).toContain(s);
  }
  expect(t.filter((x) => x === "通过")).toHaveLength(2);
  // the audit chain's head as it was when the record was made (the download's own event comes after)
  expect(t).toContain(`第${head.seq}条 ${head.hash}`);
  const [approveEvent] = await sql(`SELECT "seq", "hash" FROM "AuditEvent" WHERE "reportId" = ? AND "action" = 'report.approve' ORDER BY "seq" DESC LIMIT 1`, [reportId]);
  expect(t).toContain(`第${approveEvent.seq}条 ${approveEvent.hash}`);
  // times in Asia/Shanghai: the final decision's date and time as the database has it, shifted 8 h
  const [last] = await sql(`SELECT "decidedAt" FROM "ApprovalStep" WHERE "reportId" = ? AND "label" = '主要领导' AND "decision" = 'APPROVED'`, [reportId]);
  const decided = new Date(typeof last.decidedAt === "number" ? last.decidedAt : String(last.decidedAt));
  const local = new Date(decided.getTime() + 8 * 3600_000);
  const hm = `${String(local.getUTCHours()).padStart(2, "0")}:${String(local.getUTCMinutes()).padStart(2, "0")}`;
  expect(t).toContain(`${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日`);
  expect(t).toContain(hm);
  expect(parts.get("docProps/custom.xml")).toContain(String(row.approvedHash));

  // the Word file with the record as its last page
  const docx = await downloadFromMenu(leader.page, "Word 文档，末页附审批记录");
  const xml = readDocxParts(readFileSync((await docx.path())!)).get("word/document.xml")!;
  const all = texts(xml);
  const at = all.indexOf("审批记录");
  expect(at).toBeGreaterThan(10);
  expect(all.slice(0, at).join("")).toContain("东湖社区");
  expect(all.slice(at)).toContain("赵敏");
  expect(xml).toMatch(/<w:pageBreakBefore\/>(?:(?!<\/w:p>)[\s\S])*审批记录/);

  // both downloads audited as exports
  const events = await sql(`SELECT "data" FROM "AuditEvent" WHERE "action" = 'report.export' AND "reportId" = ? ORDER BY "seq" DESC LIMIT 2`, [reportId]);
  expect(events.map((e) => JSON.parse(String(e.data)))).toEqual([{ format: "docx", record: true }, { format: "approval-record" }]);
  await leader.context.close();
});
