import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { readDocxParts } from "../tests/support/docx/read-docx-zip";
import { ACCOUNTS, PASSWORD } from "./support/accounts";
import { loginOk } from "./support/login";
import { sql } from "./support/sql";

const TITLE_2024 = "2024年青山街道宣传文化与志愿服务工作总结";
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The demo reports of 青山街道宣传办 (2024 approved, 2025 draft). */
async function report(year: number): Promise<{ id: string; approvedHash: string | null }> {
  const rows = await sql(
    `SELECT r."id", r."approvedHash" FROM "Report" r JOIN "Unit" u ON u."id" = r."unitId" WHERE r."year" = ? AND u."code" = 'qingshan-xcb'`,
    [year],
  );
  expect(rows, `report ${year}`).toHaveLength(1);
  return { id: String(rows[0].id), approvedHash: rows[0].approvedHash ? String(rows[0].approvedHash) : null };
}

/** Formats of the report.export audit events of a report, oldest first, with their actor. */
async function exportEvents(reportId: string): Promise<{ format: string; actorId: string }[]> {
  const rows = await sql(
    `SELECT "data", "actorId" FROM "AuditEvent" WHERE "action" = 'report.export' AND "reportId" = ? ORDER BY "seq"`,
    [reportId],
  );
  return rows.map((r) => ({ format: JSON.parse(String(r.data)).format, actorId: String(r.actorId) }));
}

async function userId(email: string): Promise<string> {
  const rows = await sql(`SELECT "id" FROM "User" WHERE "email" = ?`, [email]);
  return String(rows[0].id);
}

/** Text of a PDF, whitespace removed (the title is set on two lines). */
function pdfText(file: string): string {
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
}

async function openExportMenu(page: Page) {
  const menu = page.getByTestId("export-menu");
  await menu.getByText("导出", { exact: true }).click();
  await expect(menu.getByRole("list", { name: "导出格式" })).toBeVisible();
  return menu;
}

async function download(page: Page, linkName: string, timeout = 15_000) {
  const menu = page.getByTestId("export-menu");
  const [file] = await Promise.all([page.waitForEvent("download", { timeout }), menu.getByRole("link", { name: linkName }).click()]);
  return file;
}

test.describe("export", () => {
  test("a leader downloads the approved report as Word, PDF and Markdown, and each is audited", async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const { id, approvedHash } = await report(2024);
    expect(approvedHash).toMatch(/^[0-9a-f]{64}$/);
    const before = (await exportEvents(id)).length;

    await loginOk(page, ACCOUNTS.leader.email, ACCOUNTS.leader.name);
    await page.goto(`/reports/${id}`);
    await openExportMenu(page);

    // Word
    const docx = await download(page, "Word 文档（.docx）");
    expect(docx.suggestedFilename()).toBe(`${TITLE_2024}.docx`);
    const docxBytes = readFileSync((await docx.path())!);
    expect(docxBytes.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
    const parts = readDocxParts(docxBytes);
    const text = parts.get("word/document.xml")!.replace(/<[^>]+>/g, "");
    expect(text).toContain(TITLE_2024);
    expect(text).toContain("（一）理论宣讲扎实开展。");
    expect(text).toContain("86场");
    expect(text).not.toContain("征求意见稿");
    // SUMMA_EXPORT_VERIFICATION_LINE defaults to off: no software notice at the end of the text,
    // the approved hash is in the document properties instead
    expect(text).not.toContain("校验码");
    expect(text).not.toContain("Summa");
    expect(parts.get("docProps/core.xml")).toContain(`<dc:title>${TITLE_2024}</dc:title>`);
    expect(parts.get("docProps/core.xml")).toContain(`sha256:${approvedHash}`);

    // PDF (LibreOffice takes a few seconds)
    const pdf = await download(page, "PDF 文件（.pdf）", 120_000);
    expect(pdf.suggestedFilename()).toBe(`${TITLE_2024}.pdf`);
    const pdfFile = testInfo.outputPath("export-2024.pdf");
    await pdf.saveAs(pdfFile);
    expect(readFileSync(pdfFile).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pdfContent = pdfText(pdfFile);
    expect(pdfContent).toContain(TITLE_2024);
    expect(pdfContent).toContain("86场");

    // Markdown
    const md = await download(page, "Markdown 文本（.md）");
    expect(md.suggestedFilename()).toBe(`${TITLE_2024}.md`);
    const markdown = readFileSync((await md.path())!, "utf8");
    expect(markdown.startsWith(`# ${TITLE_2024}\n`)).toBe(true);
    expect(markdown).toContain("## 一、");
    expect(markdown).toContain("86场");

    // one audit event per file, by this leader, with the format
    const leaderId = await userId(ACCOUNTS.leader.email);
    const events = (await exportEvents(id)).slice(before);
    expect(events).toEqual([
      { format: "docx", actorId: leaderId },
      { format: "pdf", actorId: leaderId },
      { format: "md", actorId: leaderId },
    ]);
  });

  test("downloads carry the file name, MIME type and no-store headers", async ({ page }) => {
    const { id } = await report(2024);
    await loginOk(page, ACCOUNTS.leader.email, ACCOUNTS.leader.name);
    const res = await page.request.get(`/reports/${id}/export/docx`);
    expect(res.status()).toBe(200);
    const h = res.headers();
    expect(h["content-type"]).toBe(DOCX_TYPE);
    expect(h["cache-control"]).toBe("no-store");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["content-disposition"]).toBe(
      `attachment; filename="summa-report-2024.docx"; filename*=UTF-8''${encodeURIComponent(TITLE_2024)}.docx`,
    );
    expect((await res.body()).subarray(0, 2).toString("latin1")).toBe("PK");

    const md = await page.request.get(`/reports/${id}/export/md`);
    expect(md.headers()["content-type"]).toBe("text/markdown; charset=utf-8");

    // HEAD tells the same without producing the file, and is no export
    const before = (await exportEvents(id)).length;
    const head = await page.request.head(`/reports/${id}/export/pdf`);
    expect(head.status()).toBe(200);
    expect(head.headers()["content-type"]).toBe("application/pdf");
    expect(head.headers()["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent(TITLE_2024)}.pdf`);
    expect((await exportEvents(id)).length).toBe(before);

    const unknown = await page.request.get(`/reports/${id}/export/html`);
    expect(unknown.status()).toBe(404);
    const missing = await page.request.get(`/reports/does-not-exist/export/docx`);
    expect(missing.status()).toBe(404);
  });

  test("the print view shows the document on A4 without the app's navigation", async ({ page }) => {
    const { id } = await report(2024);
    await loginOk(page, ACCOUNTS.leader.email, ACCOUNTS.leader.name);
    await page.goto(`/reports/${id}`);
    await openExportMenu(page);
    await page.getByTestId("export-menu").getByRole("link", { name: "打印视图" }).click();
    await expect(page).toHaveURL(new RegExp(`/print/reports/${id}$`));
    await expect(page).toHaveTitle(TITLE_2024);

    const doc = page.getByTestId("print-document");
    await expect(doc.getByRole("heading", { level: 1 })).toHaveText(TITLE_2024);
    await expect(doc.getByRole("heading", { level: 2, name: "一、主要工作成效" })).toBeVisible();
    await expect(doc).toContainText("（一）理论宣讲扎实开展。组建宣讲小分队4支");
    await expect(doc).toContainText("86场");
    await expect(doc).toContainText("2024年12月26日");
    await expect(doc.getByTestId("draft-marking")).toHaveCount(0);
    // no verification line by default (SUMMA_EXPORT_VERIFICATION_LINE=0)
    await expect(doc.getByTestId("verification-line")).toHaveCount(0);
    await expect(page.getByTestId("signed-in-as")).toHaveCount(0);

    // A4 page with the GB/T 9704 margins
    const pageRule = await page.evaluate(() =>
      Array.from(document.styleSheets)
        .flatMap((s) => Array.from(s.cssRules))
        .filter((r) => r instanceof CSSPageRule && r.selectorText === "")
        .map((r) => r.cssText)
        .join("\n"),
    );
    expect(pageRule).toMatch(/size: a4/i);
    expect(pageRule).toContain("margin: 37mm 26mm 35mm 28mm");

    // the button prints, and is not printed itself
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => {
        w.printed++;
      };
    });
    const button = page.getByRole("button", { name: "打印" });
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: "print" });
    await expect(button).toBeHidden();
    await expect(doc).toBeVisible();
  });

  test("the title breaks into balanced lines in the reading view and the print view, as in the .docx", async ({ page }) => {
    const { id } = await report(2024);
    await loginOk(page, ACCOUNTS.leader.email, ACCOUNTS.leader.name);
    for (const [url, container] of [[`/reports/${id}`, "report-document"], [`/print/reports/${id}`, "print-document"]]) {
      await page.goto(url);
      const title = page.getByTestId(container).getByRole("heading", { level: 1 });
      await expect(title).toHaveText(TITLE_2024);
      // the .docx lines: 2024年青山街道宣传文化 / 与志愿服务工作总结
      const lines = await title.locator("span").allTextContents();
      expect(lines, url).toEqual(["2024年青山街道宣传文化", "与志愿服务工作总结"]);
      const wrap = await title.evaluate((el) => getComputedStyle(el).getPropertyValue("text-wrap-style"));
      expect(wrap, url).toBe("balance");
    }
  });

  test("the print view of a draft carries the draft marking", async ({ page }) => {
    const { id } = await report(2025);
    await loginOk(page, ACCOUNTS.leader.email, ACCOUNTS.leader.name);
    await page.goto(`/print/reports/${id}`);
    await expect(page.getByTestId("print-document").getByTestId("draft-marking")).toHaveText("征求意见稿");
    await expect(page.getByTestId("verification-line")).toHaveCount(0);
  });

  test("export menu and print view fit a 375 px screen", async ({ page }) => {
    const { id } = await report(2024);
    await page.setViewportSize({ width: 375, height: 740 });
    await loginOk(page, ACCOUNTS.leader.email, ACCOUNTS.leader.name);
    await page.goto(`/reports/${id}`);
    const menu = await openExportMenu(page);
    for (const name of ["Word 文档（.docx）", "PDF 文件（.pdf）", "Markdown 文本（.md）", "打印视图"]) {
      await expect(menu.getByRole("link", { name })).toBeInViewport();
    }
    for (const url of [`/reports/${id}`, `/print/reports/${id}`]) {
      if (url !== `/reports/${id}`) await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
  });

  test("a staff member of another unit gets 404 from the export and print URLs, and nothing is audited", async ({ page }) => {
    const { id } = await report(2024);
    const before = (await exportEvents(id)).length;
    await loginOk(page, ACCOUNTS.otherStaff.email, ACCOUNTS.otherStaff.name);
    for (const format of ["docx", "pdf", "md"]) {
      const res = await page.request.get(`/reports/${id}/export/${format}`);
      expect(res.status(), format).toBe(404);
      expect(res.headers()["content-disposition"]).toBeUndefined();
      expect(await res.text()).toContain("未找到该报告，或您无权导出。");
    }
    const print = await page.goto(`/print/reports/${id}`);
    expect(print?.status()).toBe(404);
    // the app's not-found page, with nothing of the report
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("print-document")).toHaveCount(0);
    await expect(page.getByText(TITLE_2024)).toHaveCount(0);
    await expect(page).not.toHaveTitle(TITLE_2024);
    expect((await exportEvents(id)).length).toBe(before);
  });

  test("the 404 message follows the user's language", async ({ page, context, baseURL }) => {
    const { id } = await report(2024);
    await loginOk(page, ACCOUNTS.otherStaff.email, ACCOUNTS.otherStaff.name);
    await context.addCookies([{ name: "summa_locale", value: "en", url: baseURL! }]);
    const res = await page.request.get(`/reports/${id}/export/docx`);
    expect(res.status()).toBe(404);
    expect(await res.text()).toContain("you may not export it");
  });

  test("an anonymous request is sent to the sign-in page and comes back afterwards", async ({ page, request }) => {
    const { id } = await report(2024);
    const res = await request.get(`/reports/${id}/export/docx`, { maxRedirects: 0 });
    expect(res.status()).toBe(307);
    expect(res.headers()["location"]).toBe(`/login?next=${encodeURIComponent(`/reports/${id}/export/docx`)}`);
    expect(res.headers()["content-disposition"]).toBeUndefined();

    await page.goto(`/print/reports/${id}`);
    await expect(page).toHaveURL(/\/login\?/);
    const login = new URL(page.url());
    expect(login.searchParams.get("next")).toBe(`/print/reports/${id}`);
    await page.getByLabel("电子邮箱").fill(ACCOUNTS.leader.email);
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(new RegExp(`/print/reports/${id}$`));
    await expect(page.getByTestId("print-document").getByRole("heading", { level: 1 })).toHaveText(TITLE_2024);
  });
});
