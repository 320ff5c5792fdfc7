// An admin manages the units of their tree (issue 14, item 4, the units part), on an organisation of this
// spec's own (round year 2048): create, rename, move within the tree (never under itself), disable after a
// confirm that says what happens to the unit's reports — and a disabled unit is not offered for new rounds.
import { expect, test } from "@playwright/test";
import { loginOk } from "./support/login";
import { sql } from "./support/sql";
import { ensureOrg } from "./support/org";

test("an admin creates, renames, moves, disables and enables a unit", async ({ page }) => {
  const org = await ensureOrg({
    prefix: "e2e-ua",
    rootName: "云栖街道",
    unitNames: ["云栖一社区"],
    year: 2048,
    deadline: new Date("2049-01-15T02:00:00Z"),
    personNames: { leader: "沈言", admin: "季白", drafters: ["许诺"] },
  });
  const n = Date.now() % 100_000;
  const code = `e2e-ua-new-${n}`;
  const name = `云栖${n}社区`;
  const renamed = `云栖${n}湾社区`;
  await loginOk(page, org.admin.email, org.admin.name);
  await page.goto("/admin");
  const units = page.locator('section[aria-labelledby="units"]');

  const form = page.getByRole("form", { name: "新建单位" });
  await form.getByLabel("单位名称").fill(name);
  await form.getByLabel(/^代码/).fill(code);
  await form.getByLabel("上级单位").selectOption({ label: "云栖街道" });
  await form.getByRole("button", { name: "创建单位" }).click();
  await expect(form.getByRole("status")).toHaveText("单位已创建。");
  const row = units.locator(`[data-testid="unit-row"][data-unit-code="${code}"]`);
  await expect(row).toContainText(name);
  await expect(row.locator("td").nth(2)).toHaveText("云栖街道");

  await form.getByLabel("单位名称").fill("重复代码");
  await form.getByLabel(/^代码/).fill(code);
  await form.getByRole("button", { name: "创建单位" }).click();
  await expect(page.getByTestId("unit-create-error")).toHaveText("该代码已被其他单位使用。");

  await row.getByLabel(`${name}的新名称`).fill(renamed);
  await row.getByRole("button", { name: "改名" }).click();
  await expect(row.locator("td").first()).toHaveText(renamed);

  await row.getByLabel(`${renamed}的新上级单位`).selectOption({ label: "云栖一社区" });
  await row.getByRole("button", { name: "移动" }).click();
  await expect(row.locator("td").nth(2)).toHaveText("云栖一社区");

  // The top unit cannot go below one of its own units; the admin cannot disable their own unit.
  const top = units.locator(`[data-testid="unit-row"][data-unit-code="${org.rootId}"]`);
  await top.getByLabel("云栖街道的新上级单位").selectOption({ label: "云栖一社区" });
  await top.getByRole("button", { name: "移动" }).click();
  await expect(top.getByTestId("unit-move-error")).toHaveText("不能把单位移到它自己或它的下级单位之下。");
  await top.getByRole("button", { name: "停用云栖街道" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "确认停用" }).click();
  await expect(top.getByTestId("unit-disable-error")).toHaveText("不能停用您自己管理的单位。");

  // Disabling asks first and says what happens to the reports; Escape keeps it enabled.
  await row.getByRole("button", { name: `停用${renamed}` }).click();
  const dialog = page.getByRole("alertdialog", { name: `停用${renamed}？` });
  await expect(dialog).toContainText("停用后，该单位不再出现在新的报送任务中。它已有的 0 份报告（包括草稿）、成员和审批流程保持不变");
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(row).toHaveAttribute("data-disabled", "false");
  await row.getByRole("button", { name: `停用${renamed}` }).click();
  await dialog.getByRole("button", { name: "确认停用" }).click();
  await expect(row).toHaveAttribute("data-disabled", "true");
  await expect(row).toContainText("已停用");
  const rounds = page.getByRole("form", { name: "新建报送任务" });
  await expect(rounds.getByRole("checkbox", { name: "云栖一社区" })).toBeVisible();
  await expect(rounds.getByRole("checkbox", { name: renamed })).toHaveCount(0);

  await row.getByRole("button", { name: `启用${renamed}` }).click();
  await expect(row).toHaveAttribute("data-disabled", "false");
  await expect(rounds.getByRole("checkbox", { name: renamed })).toBeVisible();

  const [unit] = await sql(`SELECT "id" FROM "Unit" WHERE "code" = ?`, [code]);
  const events = await sql(`SELECT "action" FROM "AuditEvent" WHERE "targetType" = 'Unit' AND "targetId" = ? ORDER BY "seq"`, [unit.id]);
  expect(events.map((e) => e.action)).toEqual(["unit.create", "unit.rename", "unit.move", "unit.disable", "unit.enable"]);
});
