// Operators for the console tests: a fresh account promoted to admin in the e2e database
// (the shop has no "make admin" screen by design), signed in at the console and enrolled in
// two-factor sign-in through the console's own pages, with codes computed from the secret
// the enrolment page shows.
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { Secret, TOTP } from "otpauth";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { randomIp } from "./orders";

export type Operator = { email: string; password: string; secret?: string };

export async function makeOperator(request: APIRequestContext): Promise<Operator> {
  const operator = { email: `operator-${randomBytes(4).toString("hex")}@example.com`, password: `pw-${randomBytes(8).toString("hex")}` };
  const registered = await request.post("/api/auth/register", { data: operator, headers: { "x-forwarded-for": randomIp() } });
  expect(registered.ok()).toBe(true);
  const db = new Database(process.env.E2E_DATABASE_FILE!);
  try {
    expect(db.prepare(`UPDATE "users" SET "role" = 'admin' WHERE "email" = ?`).run(operator.email).changes).toBe(1);
  } finally {
    db.close();
  }
  return operator;
}

export function totpCode(secret: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate();
}

/** Console sign-in with email and password (and the current code once enrolled). */
export async function consoleSignIn(
  page: Page,
  operator: Operator,
  locale: string,
  labels: { email: string; password: string; code: string; submit: string },
) {
  await page.goto(`/${locale}/admin/sign-in`);
  await page.getByLabel(labels.email).fill(operator.email);
  await page.getByLabel(labels.password, { exact: true }).fill(operator.password);
  if (operator.secret) await page.getByLabel(labels.code).fill(totpCode(operator.secret));
  await page.getByRole("button", { name: labels.submit }).click();
}

/** On the two-factor page: reads the secret, enters a code, and returns the recovery codes shown. */
export async function enrol(page: Page, operator: Operator, labels: { code: string; enable: string }): Promise<string[]> {
  const secret = (await page.getByTestId("two-factor-secret").textContent())!.trim();
  operator.secret = secret;
  await page.getByLabel(labels.code).fill(totpCode(secret));
  await page.getByRole("button", { name: labels.enable }).click();
  await expect(page.getByTestId("recovery-codes")).toBeVisible({ timeout: 30_000 });
  return page.getByTestId("recovery-code").allTextContents();
}
