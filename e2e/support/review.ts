// Helpers of the review & approval tests: finding reports, selecting a passage in the reading view, and
// calling a server action directly (as a forged or stale request would) to prove the server refuses.
import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page, type Request } from "@playwright/test";
import { detectBlanks } from "../../lib/reports/text";
import { loginOk } from "./login";
import { sql } from "./sql";

export async function reportIdOf(unitCode: string, year: number): Promise<string> {
  const rows = await sql(
    `SELECT r."id" FROM "Report" r JOIN "Unit" u ON u."id" = r."unitId" WHERE r."year" = ? AND u."code" = ?`,
    [year, unitCode],
  );
  return String(rows[0]?.id ?? "");
}

export async function unitIdOf(code: string): Promise<string> {
  return String((await sql(`SELECT "id" FROM "Unit" WHERE "code" = ?`, [code]))[0].id);
}

export async function reportRow(id: string) {
  const [r] = await sql(`SELECT "status", "revision", "returnReason", "approvedHash", "approvedVersionId" FROM "Report" WHERE "id" = ?`, [id]);
  return r as { status: string; revision: number; returnReason: string | null; approvedHash: string | null; approvedVersionId: string | null };
}

/** A signed-in browser context of its own (several people at once). */
export async function signedIn(browser: Browser, account: { email: string; name: string }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginOk(page, account.email, account.name);
  return { context, page };
}

/** Selects `text` inside the section of the reading view labelled `section` (e.g. "主要成效（一）"). */
export async function selectPassage(page: Page, section: string, text: string) {
  await page.evaluate(
    ({ section, text }) => {
      const block = document.querySelector(`[data-section-label="${section}"]`);
      if (!block) throw new Error(`no section ${section}`);
      for (const el of block.querySelectorAll("[data-seg-start]")) {
        const node = el.firstChild as Text | null;
        const at = node?.data.indexOf(text) ?? -1;
        if (node && at >= 0) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          const sel = document.getSelection()!;
          sel.removeAllRanges();
          sel.addRange(range);
          return;
        }
      }
      throw new Error(`"${text}" not in ${section}`);
    },
    { section, text },
  );
}

export interface CapturedAction {
  url: string;
  actionId: string;
  args: unknown[];
}

/** Runs `trigger` and captures the server action request it sends (its id and arguments). */
export async function captureAction(page: Page, trigger: () => Promise<void>): Promise<CapturedAction> {
  const sent = page.waitForRequest((r: Request) => r.method() === "POST" && !!r.headers()["next-action"]);
  await trigger();
  const request = await sent;
  return { url: request.url(), actionId: request.headers()["next-action"], args: JSON.parse(request.postData() ?? "[]") };
}

/**
 * Calls a captured server action again with other arguments, as whoever `request` is signed in as, and
 * returns the response text (the serialised ActionResult, e.g. containing "reviewErrors.notYourTurn").
 */
export async function replayAction(request: APIRequestContext, action: CapturedAction, args: unknown[]): Promise<string> {
  const res = await request.post(action.url, {
    headers: {
      "next-action": action.actionId,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: new URL(action.url).origin,
    },
    data: JSON.stringify(args),
  });
  expect(res.status()).toBe(200);
  return res.text();
}

/** Typed over each blank: what the drafters of the SQL-filled report would have written. */
const FILL: Record<string, string> = { figure: "8", date: "10月18日", name: "红旗", underline: "无", mark: "无" };

function fillText(text: string): string {
  let out = text;
  for (const b of detectBlanks(text).reverse()) out = out.slice(0, b.index) + (FILL[b.kind] ?? "8") + out.slice(b.index + b.length);
  return out;
}

/**
 * Fills every blank of a report straight in the database (sections, plan items, empty figures) — the
 * "all filled" precondition of the tests that are about review, not about drafting (the drafting itself
 * is tested through the editor with fillAllBlanks in e2e/support/editor.ts).
 */
export async function fillAllBlanksInDatabase(reportId: string) {
  for (const s of await sql(`SELECT "id", "heading", "body" FROM "Section" WHERE "reportId" = ?`, [reportId])) {
    await sql(`UPDATE "Section" SET "heading" = ?, "body" = ?, "version" = "version" + 1 WHERE "id" = ?`, [
      fillText(String(s.heading)),
      fillText(String(s.body)),
      s.id,
    ]);
  }
  for (const p of await sql(`SELECT "id", "text" FROM "PlanItem" WHERE "reportId" = ?`, [reportId])) {
    await sql(`UPDATE "PlanItem" SET "text" = ?, "version" = "version" + 1 WHERE "id" = ?`, [fillText(String(p.text)), p.id]);
  }
  await sql(`UPDATE "Metric" SET "value" = 12, "version" = "version" + 1 WHERE "reportId" = ? AND "value" IS NULL`, [reportId]);
}

/**
 * 提交审核 as a drafter does it: click, then confirm in the dialog — 确认提交, or 确认无误，仍然提交 when it
 * lists warnings. Returns the warnings' texts (empty when there were none).
 */
export async function submitForReview(page: Page): Promise<string[]> {
  const panel = page.locator('section[aria-labelledby="submit-heading"]');
  const warnings = page.getByTestId("submit-warnings");
  const plain = page.getByTestId("submit-confirm");
  await page.getByRole("button", { name: "提交审核" }).click();
  // Settled: the confirm dialog (with or without warnings) is open, or it shows an error or the blanks.
  await expect
    .poll(async () => (await plain.isVisible()) || (await warnings.isVisible()) || (await page.getByTestId("submit-error").isVisible()) || (await page.getByTestId("submit-blanks").isVisible()), { timeout: 15_000 })
    .toBe(true);
  if (await plain.isVisible()) {
    await plain.getByRole("button", { name: "确认提交" }).click();
    await expect
      .poll(async () => (await panel.count()) === 0 || (await page.getByTestId("submit-error").isVisible()), { timeout: 15_000 })
      .toBe(true);
    return [];
  }
  if (!(await warnings.isVisible())) return [];
  const texts = await warnings.getByRole("listitem").allTextContents();
  await warnings.getByRole("button", { name: "确认无误，仍然提交" }).click();
  await expect
    .poll(async () => (await panel.count()) === 0 || (await page.getByTestId("submit-error").isVisible()), { timeout: 15_000 })
    .toBe(true);
  return texts;
}

/** 审核通过 on the last step: the button, then 确认审定 in the dialog that says the report becomes final. */
export async function approveFinally(page: Page) {
  await page.getByRole("button", { name: "审核通过" }).click();
  await page.getByTestId("final-approval-confirm").getByRole("button", { name: "确认审定" }).click();
}

/** 撤回提交, confirmed in its dialog. */
export async function withdrawSubmission(page: Page) {
  await page.getByRole("button", { name: "撤回提交" }).click();
  await page.getByTestId("withdraw-confirm").getByRole("button", { name: "确认撤回" }).click();
}

/** 东湖社区's approval chain (two steps, both for the leaders of 青山街道), for specs that submit its reports. */
export async function ensureDonghuChain() {
  for (const [n, label] of [[1, "分管领导"], [2, "主要领导"]] as const) {
    const stepId = `e2e-donghu-${n}`;
    if ((await sql(`SELECT "id" FROM "ApprovalChainStep" WHERE "id" = ?`, [stepId])).length > 0) continue;
    await sql(
      `INSERT INTO "ApprovalChainStep" ("id", "unitId", "position", "label", "approverKind", "approverUnitId")
       VALUES (?, (SELECT "id" FROM "Unit" WHERE "code" = 'donghu'), ?, ?, 'UNIT_LEADER', (SELECT "id" FROM "Unit" WHERE "code" = 'qingshan'))`,
      [stepId, n, label],
    );
  }
}
