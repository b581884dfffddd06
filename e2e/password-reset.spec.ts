// A forgotten password, end to end in the browser: "Forgot your password?" on the sign-in page,
// the reset mail arriving at the SMTP server, its link, a new password, and signing in with it.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, locales, screenshot } from "./support/pages";
import { randomIp } from "./support/orders";
import { waitForMail } from "./support/mailbox";

const text = {
  zh: {
    forgotLink: "忘记密码？",
    forgotTitle: "重置密码",
    email: "邮箱",
    sendLink: "发送链接",
    sent: (email: string) => `如果 ${email} 对应一个账户，设置新密码的链接已发送至该邮箱。`,
    subject: "重置您的 Stockline 密码",
    resetTitle: "设置新密码",
    newPassword: "新密码",
    tooShort: "密码至少需要 8 个字符。",
    save: "保存新密码",
    done: "密码已更改",
    signIn: "登录",
    password: "密码",
    account: "我的账户",
    invalidTitle: "此链接无法使用",
  },
  en: {
    forgotLink: "Forgot your password?",
    forgotTitle: "Reset your password",
    email: "Email",
    sendLink: "Send the link",
    sent: (email: string) => `If ${email} belongs to an account, a link to choose a new password is on its way.`,
    subject: "Reset your Stockline password",
    resetTitle: "Choose a new password",
    newPassword: "New password",
    tooShort: "The password needs at least 8 characters.",
    save: "Save the new password",
    done: "Password changed",
    signIn: "Sign in",
    password: "Password",
    account: "My account",
    invalidTitle: "This link does not work",
  },
} as const;

// Each test its own client address: reset requests are limited per IP.
test.use({ extraHTTPHeaders: { "x-forwarded-for": randomIp() } });

async function phoneShot(page: Page, name: string) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-390`);
  await page.setViewportSize(size);
}

for (const locale of locales) {
  const t = text[locale];

  test(`a forgotten password is reset by mail and the new one signs in (${locale})`, async ({ page, request }) => {
    // Six pages, two axe scans and a mail round trip: more than one page's share of time.
    test.slow();
    const email = `reset-${randomUUID().slice(0, 8)}@example.com`;
    const registered = await request.post("/api/auth/register", {
      data: { email, password: "the old password" },
      headers: { "x-forwarded-for": randomIp() },
    });
    expect(registered.ok()).toBe(true);

    await page.goto(`/${locale}/sign-in`);
    await page.getByRole("link", { name: t.forgotLink }).click();
    await expect(page).toHaveURL(`/${locale}/forgot-password`);
    await expect(page.getByRole("heading", { level: 1, name: t.forgotTitle })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, `forgot-password-${locale}`);
    await phoneShot(page, `forgot-password-${locale}`);

    await page.getByLabel(t.email).fill(email);
    await page.getByRole("button", { name: t.sendLink }).click();
    await expect(page.getByTestId("reset-link-sent")).toContainText(t.sent(email));
    await screenshot(page, `forgot-password-sent-${locale}`);

    const mail = await waitForMail(email);
    expect(mail.subject).toBe(t.subject);
    const link = new URL(/https?:\/\/\S+\/reset-password\?token=\S+/.exec(mail.text ?? "")![0]);
    expect(link.pathname).toBe(`/${locale}/reset-password`);
    await page.goto(link.pathname + link.search);
    await expect(page.getByRole("heading", { level: 1, name: t.resetTitle })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, `reset-password-${locale}`);
    await phoneShot(page, `reset-password-${locale}`);

    await page.getByLabel(t.newPassword).fill("short");
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.getByText(t.tooShort)).toBeVisible();
    await page.getByLabel(t.newPassword).fill("the new password");
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.getByTestId("password-changed")).toContainText(t.done);
    await screenshot(page, `reset-password-done-${locale}`);

    await page.getByTestId("password-changed").getByRole("link", { name: t.signIn }).click();
    await expect(page).toHaveURL(`/${locale}/sign-in`);
    await page.getByLabel(t.email).fill(email);
    await page.getByLabel(t.password, { exact: true }).fill("the new password");
    await page.getByRole("button", { name: t.signIn, exact: true }).click();
    await expect(page).toHaveURL(`/${locale}/account`);
    await expect(page.getByRole("heading", { level: 1, name: t.account })).toBeVisible();

    // The link worked once.
    await page.goto(link.pathname + link.search);
    await expect(page.getByRole("heading", { level: 1, name: t.invalidTitle })).toBeVisible();
    await screenshot(page, `reset-password-invalid-${locale}`);
  });
}
