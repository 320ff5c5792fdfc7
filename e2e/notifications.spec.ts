// Reminders (催报) and notifications (issue 14, item 1), on organisations of this spec's own (round years 2046
// and 2047): a leader reminds one unit and then every unit that has not submitted from the round board; the
// drafters' bells count it, the list links to the place and marks it read; the e-mail copy reaches the local
// SMTP sink; the workflow notifies (awaiting review, sent back, comment on my section); and the scheduler sends
// the reminder before a deadline exactly once.
import { expect, test, type Page } from "@playwright/test";
import { loginOk } from "./support/login";
import { sql } from "./support/sql";
import { ensureOrg } from "./support/org";
import { fillAllBlanksInDatabase, submitForReview } from "./support/review";
import { capturedMails, mailDir } from "./support/smtp-sink";

const MAILS = mailDir(Number(process.env.E2E_PORT ?? 3100));
const mailsTo = (email: string) => capturedMails(MAILS).filter((m) => m.to.includes(email));
const bellCount = (page: Page) => page.getByTestId("notification-count");

test("催报 from the board reaches the drafters' bells and mailboxes; the workflow notifies", async ({ browser }) => {
  const org = await ensureOrg({
    prefix: "e2e-nt",
    rootName: "明湖街道",
    unitNames: ["明湖一社区", "明湖二社区"],
    year: 2046,
    deadline: new Date("2047-01-15T02:00:00Z"),
    personNames: { leader: "程远", admin: "方圆", drafters: ["叶舟", "白露"] },
  });
  const [one, two] = org.units;
  const leader = await browser.newPage();
  await loginOk(leader, org.leader.email, org.leader.name);
  const drafter = await browser.newPage();
  await loginOk(drafter, one.drafter.email, one.drafter.name);
  await expect(bellCount(drafter)).toHaveCount(0);

  await test.step("remind one unit from the board: its drafter's bell shows it, and the link marks it read", async () => {
    await leader.goto(`/rounds/${org.roundId}`);
    await leader.getByRole("button", { name: `催报：${one.name}` }).click();
    await expect(leader.getByTestId("remind-unit-done")).toHaveText("已催报 1 个单位，通知 1 人。");

    await drafter.goto("/");
    await expect(bellCount(drafter)).toHaveText("1");
    await expect(drafter.getByRole("link", { name: "通知（1 条未读）" })).toBeVisible();
    await drafter.getByTestId("notification-bell").click();
    await expect(drafter).toHaveURL(/\/notifications$/);
    const item = drafter.getByTestId("notification").first();
    await expect(item).toHaveAttribute("data-read", "false");
    await expect(item).toContainText(`程远催报：明湖一社区的《2046年度明湖街道工作总结》尚未提交，截止日期 2047年1月15日。`);
    await expect(item).toContainText("未读");
    await item.getByRole("button", { name: "查看" }).click();
    await expect(drafter).toHaveURL(/\/$/); // no report yet: the home page, where it is started
    await expect(bellCount(drafter)).toHaveCount(0);
    await drafter.goto("/notifications");
    await expect(drafter.getByTestId("notification").first()).toHaveAttribute("data-read", "true");
  });

  await test.step("the reminder's e-mail copy is captured by the SMTP sink", async () => {
    await expect.poll(() => mailsTo(one.drafter.email).length, { timeout: 20_000 }).toBe(1);
    const [mail] = mailsTo(one.drafter.email);
    expect(mail.subject).toBe("【Summa】程远催报：明湖一社区的《2046年度明湖街道工作总结》尚未提交，截止日期 2047年1月15日。");
    expect(mail.text).toContain("打开：http://127.0.0.1:");
    expect(mailsTo(two.drafter.email)).toHaveLength(0);
    const [row] = await sql(`SELECT "emailState", "emailedAt" FROM "Notification" WHERE "userId" = ? AND "kind" = 'REMINDER'`, [one.drafter.id]);
    expect(row.emailState).toBe("SENT");
  });

  await test.step("全部催报 names the units that owe and reminds each; both reminders are audited", async () => {
    await leader.getByRole("button", { name: "全部催报" }).click();
    const dialog = leader.getByRole("alertdialog", { name: "向未提交的单位催报？" });
    await expect(dialog).toContainText("将向以下 2 个尚未提交的单位的起草人发送催报提醒（站内通知和电子邮件）：明湖一社区、明湖二社区。");
    await dialog.getByRole("button", { name: "发送催报" }).click();
    await expect(leader.getByTestId("remind-all-done")).toHaveText("已催报 2 个单位，通知 2 人。");
    const second = await browser.newPage();
    await loginOk(second, two.drafter.email, two.drafter.name);
    await expect(bellCount(second)).toHaveText("1");
    await second.close();
    const events = await sql(`SELECT "data" FROM "AuditEvent" WHERE "action" = 'round.remind' AND "targetId" = ? ORDER BY "seq"`, [org.roundId]);
    expect(events.map((e) => JSON.parse(String(e.data)).people)).toEqual([1, 2]);
    await expect.poll(() => mailsTo(two.drafter.email).length, { timeout: 20_000 }).toBe(1);
  });

  await test.step("submitted: the leader is told it awaits him; a comment on the drafter's section tells her", async () => {
    await drafter.goto("/");
    const owed = drafter.getByRole("region", { name: "待起草的报告" }).getByRole("listitem").filter({ hasText: "2046年度明湖街道工作总结" });
    await owed.getByRole("button", { name: "从模板起草" }).click();
    await expect(drafter).toHaveURL(/\/reports\/[^/]+\/edit$/);
    const id = new URL(drafter.url()).pathname.split("/")[2];
    await fillAllBlanksInDatabase(id);
    const title = String((await sql(`SELECT "title" FROM "Report" WHERE "id" = ?`, [id]))[0].title);
    await sql(`UPDATE "Section" SET "ownerId" = ? WHERE "reportId" = ?`, [one.drafter.id, id]);
    await drafter.goto(`/reports/${id}`);
    await submitForReview(drafter);
    await expect(drafter.getByRole("button", { name: "撤回提交" })).toBeVisible();

    await leader.goto("/");
    await expect(bellCount(leader)).toHaveText("1");
    await leader.goto("/notifications");
    const awaiting = leader.getByTestId("notification").first();
    await expect(awaiting).toContainText(`《${title}》待您审核（主要领导），由叶舟提交或送达。`);
    await awaiting.getByRole("button", { name: "查看" }).click();
    await expect(leader).toHaveURL(new RegExp(`/reports/${id}$`));

    await leader.getByRole("button", { name: "评论本节：主要成效（一）" }).click();
    const composer = leader.getByTestId("comment-composer");
    await composer.getByLabel("评论内容").fill("请补充志愿者人数的来源。");
    await composer.getByRole("button", { name: "发表评论" }).click();
    await expect(leader.getByTestId("comment-thread")).toHaveCount(1);

    await leader.getByLabel(/审批意见/).fill("数据来源请注明。");
    await leader.getByRole("button", { name: "退回修改" }).click();
    await expect(leader.getByTestId("decision-panel")).toHaveCount(0);

    await drafter.goto("/notifications");
    const texts = await drafter.getByTestId("notification").allTextContents();
    expect(texts[0]).toContain(`《${title}》被程远退回修改。`);
    expect(texts[1]).toContain(`程远评论了您负责的《${title}》章节。`);
    await expect(bellCount(drafter)).toHaveText("3"); // the second reminder, the comment, the return
    await drafter.getByTestId("notification").first().getByRole("button", { name: "查看" }).click();
    await expect(drafter).toHaveURL(new RegExp(`/reports/${id}/edit$`));
    await expect(bellCount(drafter)).toHaveText("2");
    await drafter.goto("/notifications");
    await drafter.getByRole("button", { name: "全部标为已读" }).click();
    await expect(bellCount(drafter)).toHaveCount(0);
    await expect(drafter.getByTestId("notification").and(drafter.locator('[data-read="false"]'))).toHaveCount(0);
  });

  await leader.close();
  await drafter.close();
});

test("the scheduler reminds units that have not submitted before the deadline, once", async ({ browser }) => {
  const deadline = new Date(Date.now() + 2 * 86_400_000);
  const org = await ensureOrg({
    prefix: "e2e-ns",
    rootName: "松溪街道",
    unitNames: ["松溪社区"],
    year: 2047,
    deadline,
    personNames: { leader: "陆川", admin: "乔木", drafters: ["温言"] },
  });
  const drafter = org.units[0].drafter;
  const count = async () =>
    Number((await sql(`SELECT COUNT(*) AS "n" FROM "Notification" WHERE "userId" = ? AND "kind" = 'REMINDER'`, [drafter.id]))[0].n);
  // The scheduler ticks every 3 s in the tests (SUMMA_SCHEDULER_INTERVAL_SECONDS); 2 days before: the 3-day reminder.
  await expect.poll(count, { timeout: 30_000 }).toBe(1);
  const [sent] = await sql(`SELECT "key" FROM "ReminderSent" WHERE "roundId" = ?`, [org.roundId]);
  expect(sent.key).toBe("before:3");
  await new Promise((r) => setTimeout(r, 7_000)); // two more ticks
  expect(await count()).toBe(1);

  const page = await browser.newPage();
  await loginOk(page, drafter.email, drafter.name);
  await expect(bellCount(page)).toHaveText("1");
  await page.goto("/notifications");
  await expect(page.getByTestId("notification").first()).toContainText("提醒：松溪社区的《2047年度松溪街道工作总结》尚未提交，距截止日期");
  await expect(page.getByTestId("notification").first()).toContainText("不足 3 天。");
  await expect.poll(() => mailsTo(drafter.email).length, { timeout: 20_000 }).toBe(1);
  expect(mailsTo(drafter.email)[0].subject).toContain("【Summa】提醒：松溪社区");
  await page.close();
});
