import { expect, type Page } from "@playwright/test";

/** What a drafter would type for each kind of blank. */
const FILL: Record<string, string> = { figure: "8", date: "10月18日", name: "青山", underline: "无", mark: "无", metric: "12" };

export async function blankCount(page: Page): Promise<number> {
  const text = (await page.getByTestId("blank-count").textContent()) ?? "";
  return Number(text.match(/\d+/)?.[0] ?? NaN);
}

/** Waits until every field of the editor is saved on the server. */
export async function expectAllSaved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveText("已保存", { timeout: 15_000 });
}

/**
 * Fills every blank of the open editor the way a drafter does: click the next entry of the
 * "N 处待填写" checklist (which puts the cursor on the placeholder, selected) and type over it.
 */
export async function fillAllBlanks(page: Page) {
  for (let guard = 0; guard < 500; guard++) {
    const before = await blankCount(page);
    if (before === 0) break;
    const entry = page.getByTestId("blank-list").getByRole("button").first();
    const kind = (await entry.getAttribute("data-kind")) ?? "figure";
    await entry.click();
    await page.keyboard.type(FILL[kind] ?? "8");
    await expect.poll(() => blankCount(page)).toBeLessThan(before);
  }
  await expect(page.getByTestId("blank-count")).toHaveText("0 处待填写");
  await expectAllSaved(page);
}
