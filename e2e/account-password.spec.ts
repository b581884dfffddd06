// Changing the password in the account area: a wrong current password is said in place; the
// change keeps this browser signed in, ends the API tokens and the old password.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectAccessible, locales, screenshot } from "./support/pages";
import { randomIp } from "./support/orders";

const text = {
  zh: {
    tab: "密码",
    title: "修改密码",
    current: "当前密码",
    next: "新密码",
    submit: "修改密码",
    wrong: "当前密码不正确。",
    changed: "密码已修改。其他登录和所有 API 令牌均已失效。",
    email: "邮箱",
    password: "密码",
    signIn: "登录",
  },
  en: {
    tab: "Password",
    title: "Change password",
    current: "Current password",
    next: "New password",
    submit: "Change password",
    wrong: "The current password is not correct.",
    changed: "Your password has been changed. Other sessions and all API tokens have ended.",
    email: "Email",
    password: "Password",
    signIn: "Sign in",
  },
} as const;

test.beforeEach(async ({ page }) => page.setExtraHTTPHeaders({ "x-forwarded-for": randomIp() }));

for (const locale of locales) {
  const t = text[locale];

  test(`change the password in ${locale}`, async ({ page, request }) => {
    const email = `pw-${randomUUID().slice(0, 8)}@example.com`;
    const headers = { "x-forwarded-for": randomIp() };
    expect((await request.post("/api/auth/register", { data: { email, password: "first-password" }, headers })).status()).toBe(200);
    const { token } = await (await request.post("/api/auth/login", { data: { email, password: "first-password" }, headers })).json();

    await page.goto(`/${locale}/account/password`);
    await page.getByLabel(t.email).fill(email);
    await page.getByLabel(t.password, { exact: true }).fill("first-password");
    await page.getByRole("button", { name: t.signIn }).click();
    await expect(page).toHaveURL(`/${locale}/account/password`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.title);
    await expect(page.getByRole("link", { name: t.tab })).toHaveAttribute("aria-current", "page");

    const form = page.getByTestId("password-form");
    await form.getByLabel(t.current).fill("not-the-password");
    await form.getByLabel(t.next).fill("second-password");
    await form.getByRole("button", { name: t.submit }).click();
    await expect(page.getByTestId("password-error")).toHaveText(t.wrong);
    await expectAccessible(page);
    await screenshot(page, `account-password-error-${locale}`);

    await form.getByLabel(t.current).fill("first-password");
    await form.getByLabel(t.next).fill("second-password");
    await form.getByRole("button", { name: t.submit }).click();
    await expect(page.getByTestId("password-changed")).toHaveText(t.changed);
    await expectAccessible(page);
    await screenshot(page, `account-password-changed-${locale}`);
    await page.setViewportSize({ width: 360, height: 740 });
    await screenshot(page, `account-password-changed-${locale}-360`);

    // This browser is still signed in; the token and the old password are not.
    await page.goto(`/${locale}/account`);
    await expect(page).toHaveURL(`/${locale}/account`);
    const order = await request.post("/api/auth/logout", { headers: { ...headers, authorization: `Bearer ${token}` } });
    expect(order.status()).toBe(401);
    expect((await request.post("/api/auth/login", { data: { email, password: "first-password" }, headers })).status()).toBe(401);
    expect((await request.post("/api/auth/login", { data: { email, password: "second-password" }, headers })).status()).toBe(200);
  });
}
