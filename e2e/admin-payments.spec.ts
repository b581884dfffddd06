// The console's payments area in both languages, on a second instance over the e2e database
// with its EPay rail pointed at the fake gateway: the crypto settings and receiving addresses
// (adding one), the Bitcoin xpub entered and removed, attaching an unmatched transfer to the order it paid, resolving a flagged
// payment, and the rails page's connection test; then the four pages at phone width. Each
// page is screenshot and checked with axe.
import { randomBytes, randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import zh from "../messages/zh.json" with { type: "json" };
import en from "../messages/en.json" with { type: "json" };
import { startServer, type RunningServer } from "../tests/support/server";
import { startFakeEpay, type FakeEpay } from "../tests/fakes/epay";
import { randomTronAddress } from "../tests/fakes/trongrid";
import { expectAccessible, locales, screenshot } from "./support/pages";
import { completedOrder, pendingCryptoOrder } from "./support/orders";
import { enrol, makeOperator } from "./support/operator";

const messages = { zh: { admin: zh.Admin, pay: zh.AdminPayments }, en: { admin: en.Admin, pay: en.AdminPayments } };
const expect = baseExpect.configure({ timeout: 30_000 });

// Serial: one fake gateway and one extra server for the file.
test.describe.configure({ mode: "serial", timeout: 300_000 });

let epay: FakeEpay;
let shop: RunningServer;
test.beforeAll(async () => {
  epay = await startFakeEpay();
  const base = JSON.parse(process.env.E2E_SERVER_ENV!) as Record<string, string>;
  shop = await startServer((url) => ({
    ...base,
    SITE_URL: url,
    EPAY_URL: epay.baseUrl,
    EPAY_PID: epay.pid,
    EPAY_KEY: epay.key,
    CASHIER_RECONCILE_SECONDS: "0",
    COIN_PRICES_USDT: "trx:0.25",
  }));
});
// What a failure in CI leaves to read (its digest prints a failed test's last lines of output):
// the alerts on the page and the second instance's log, where a failed console action says why.
test.afterEach(async ({ page }, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  const alerts = await page
    .getByRole("alert")
    .allInnerTexts()
    .catch(() => []);
  console.log(`page ${page.url()} alerts: ${JSON.stringify(alerts)}`);
  console.log(`second instance's log, last lines:\n${shop.log().split("\n").slice(-10).join("\n")}`);
});
test.afterAll(async () => {
  await shop?.stop();
  await epay?.close();
  expect(shop.log()).not.toMatch(/unhandled error|⨯/);
});

/** What the chain watcher keeps for a final transfer that matched no order; and an order a late payment flagged. */
function seedInbox(address: string, amountAtomic: string, flaggedOrderId: string) {
  const db = new Database(process.env.E2E_DATABASE_FILE!);
  try {
    const tx = randomBytes(32).toString("hex");
    const now = new Date().toISOString();
    db.prepare(
      `INSERT INTO "chain_transfers" ("id", "eventKey", "chain", "coin", "txHash", "address", "amount", "blockTime", "confirmations", "required", "status", "outcome", "createdAt")
       VALUES (?, ?, 'tron', 'trc20_usdt', ?, ?, ?, ?, 1, 1, 'final', 'unmatched', ?)`,
    ).run(randomUUID(), `tron:${tx}:0`, tx, address, amountAtomic, now, now);
    db.prepare(`UPDATE "orders" SET "paymentFlag" = 'over_paid', "paymentFlaggedAt" = ? WHERE "id" = ?`).run(now, flaggedOrderId);
  } finally {
    db.close();
  }
}

// BIP84's test account ("abandon" x11 + "about"): its addresses are public test vectors.
const ZPUB = "zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2AGutZYs";

function activeBtcAddresses(): string[] {
  const db = new Database(process.env.E2E_DATABASE_FILE!);
  try {
    return db
      .prepare(`SELECT "id" FROM "payment_addresses" WHERE "coin" = 'btc' AND "active" = 1`)
      .all()
      .map((row) => (row as { id: string }).id);
  } finally {
    db.close();
  }
}

function reactivate(ids: string[]) {
  const db = new Database(process.env.E2E_DATABASE_FILE!);
  try {
    for (const id of ids) db.prepare(`UPDATE "payment_addresses" SET "active" = 1 WHERE "id" = ?`).run(id);
  } finally {
    db.close();
  }
}

async function look(page: Page, name: string) {
  await screenshot(page, name);
  await expectAccessible(page);
}

for (const locale of locales) {
  test(`payments console in ${locale}: addresses, the transfers inbox, flagged payments, the rails; then at phone width`, async ({
    page,
    request,
  }) => {
    const m = messages[locale];
    page.on("dialog", (dialog) => dialog.accept());
    const pending = await pendingCryptoOrder(request);
    const flagged = await completedOrder(request);
    const amountAtomic = String(Math.round(Number(pending.payment.amount) * 1e6));
    seedInbox(pending.payment.address, amountAtomic, flagged.id);

    const operator = await makeOperator(request);
    await page.setViewportSize({ width: 1280, height: 800 });
    // Signed in at the second instance (its own origin), the way consoleSignIn does at the first.
    await page.goto(`${shop.baseUrl}/${locale}/admin/sign-in`);
    await page.getByLabel(m.admin.signIn.email).fill(operator.email);
    await page.getByLabel(m.admin.signIn.password, { exact: true }).fill(operator.password);
    await page.getByRole("button", { name: m.admin.signIn.submit }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin/two-factor$`));
    await enrol(page, operator, { code: m.admin.twoFactor.codeLabel, enable: m.admin.twoFactor.enable });

    // Addresses and prices: the fixed-price warning, the demo wallet's address fixed, one added.
    await page.goto(`${shop.baseUrl}/${locale}/admin/payments`);
    await expect(page.getByTestId("fixed-price-warning")).toHaveText(m.pay.settings.staleWarning);
    await expect(page.getByTestId("addresses-table")).toContainText(pending.payment.address);
    const address = randomTronAddress();
    const form = page.getByTestId("address-form");
    await form.getByLabel(m.pay.addresses.coin).selectOption("trx");
    await form.getByLabel(m.pay.addresses.address, { exact: true }).fill(address);
    await form.getByTestId("address-add").click();
    await expect(form.getByTestId("form-success")).toHaveText(m.pay.addresses.added);
    await page.reload();
    await expect(page.getByTestId("addresses-table")).toContainText(address);
    await look(page, `admin-payments-addresses-${locale}`);

    // The Bitcoin xpub (no BTC_XPUB here): a wrong key is refused, a zpub is taken and shown
    // shortened, then removed again (the Bitcoin addresses it switched off are put back for later specs).
    const btcAddresses = activeBtcAddresses();
    const xpubForm = page.getByTestId("xpub-form");
    await xpubForm.getByLabel(m.pay.addresses.xpubField).fill(`${ZPUB.slice(0, -1)}t`);
    await xpubForm.getByTestId("xpub-save").click();
    await expect(xpubForm.getByTestId("form-error")).toBeVisible();
    await xpubForm.getByLabel(m.pay.addresses.xpubField).fill(ZPUB);
    await xpubForm.getByTestId("xpub-save").click();
    await expect(xpubForm.getByTestId("form-success")).toHaveText(m.pay.addresses.xpubSaved);
    await page.reload();
    await expect(page.getByTestId("xpub-key")).toHaveText(`${ZPUB.slice(0, 12)}…${ZPUB.slice(-8)}`);
    await expect(page.getByTestId("xpub")).not.toContainText(ZPUB);
    await look(page, `admin-payments-xpub-${locale}`);
    await page.getByTestId("xpub-remove").click();
    await expect(page.getByRole("status").filter({ hasText: m.pay.addresses.xpubRemoved })).toBeVisible();
    await expect(page.getByTestId("xpub-key")).toHaveCount(0);
    reactivate(btcAddresses);

    // The inbox: the transfer is attached to the order it paid, which is then delivered.
    await page.getByTestId("payments-nav-transfers").click();
    const row = page.getByTestId("transfers-table").locator("tr", { hasText: pending.payment.address }).first();
    await expect(row).toBeVisible();
    await look(page, `admin-payments-transfers-${locale}`);
    await row.getByLabel(m.pay.transfers.orderNo).fill(pending.orderNo);
    await row.getByTestId("attach-submit").click();
    // Attached, the transfer leaves the inbox; the page says what became of the order.
    await expect(page.getByTestId("page-success")).toContainText(pending.orderNo);
    await expect(page.getByTestId("transfers-table")).not.toContainText(pending.payment.address);
    const status = await (await request.get(`/api/orders/${pending.id}/status?token=${pending.token}`)).json();
    expect(status.status).toBe("completed");

    // Flagged payments: the over-payment, resolved with a note.
    await page.getByTestId("payments-nav-flagged").click();
    const flaggedRow = page.getByTestId("flagged-table").locator("tr", { hasText: flagged.orderNo });
    await expect(flaggedRow).toContainText(m.pay.flagged.flags.over_paid.label);
    await look(page, `admin-payments-flagged-${locale}`);
    await flaggedRow.getByLabel(m.pay.flagged.note).fill("refunded 0.1 USDT");
    await flaggedRow.getByTestId("resolve-submit").click();
    await expect(page.getByTestId("page-success")).toHaveText(m.pay.flagged.resolved);
    await expect(page.getByTestId("flagged-table")).not.toContainText(flagged.orderNo);

    // The rails: EPay configured for Alipay, its MD5 warning, and a real signed test call.
    await page.getByTestId("payments-nav-rails").click();
    await expect(page.getByTestId("rail-epay")).toContainText(m.pay.rails.configured);
    await expect(page.getByTestId("md5-warning")).toBeVisible();
    const asked = epay.requests;
    await page.getByTestId("rail-test-button-epay").click();
    await expect(page.getByTestId("rail-test-result-epay")).toContainText(m.pay.rails.testOk.replace(/[（(].*$/, ""));
    expect(epay.requests).toBeGreaterThan(asked);
    await look(page, `admin-payments-rails-${locale}`);

    // The same pages on a phone: nothing wider than the screen.
    await page.setViewportSize({ width: 360, height: 740 });
    for (const [name, path] of [
      ["addresses", ""],
      ["transfers", "/transfers?state=all"],
      ["flagged", "/flagged?state=all"],
      ["rails", "/rails"],
    ] as const) {
      await page.goto(`${shop.baseUrl}/${locale}/admin/payments${path}`);
      await expect(page.getByTestId("admin-console")).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
      await look(page, `admin-payments-mobile-${name}-${locale}`);
    }
  });
}
