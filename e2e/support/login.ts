import { expect, type Page } from "@playwright/test";
import { PASSWORD } from "./accounts";

export async function login(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

export async function loginOk(page: Page, email: string, name: string) {
  await login(page, email);
  await expect(page.getByTestId("signed-in-as")).toContainText(name);
}

/** Signs out and waits until the sign-out has really happened (a navigation started too early would cancel it). */
export async function logout(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1/);
}
