// A crypto payment seen on chain but not yet final shows "payment seen, k of N" on the payment
// page, updating by itself; on a demo address "Simulate payment (demo)" completes the order and
// the page turns into the delivered items.
import { randomBytes, randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, locales, screenshot } from "./support/pages";
import { pendingCryptoOrder, randomIp } from "./support/orders";

const text = {
  zh: {
    seen: (k: number) => `已检测到您的付款：${k}/19 个确认。确认完成后将自动发货。`,
    lateConfirming: "订单已过期，但您的付款在有效期内发出",
    simulate: "模拟付款（演示）",
    completed: "已完成",
  },
  en: {
    seen: (k: number) => `Payment seen: ${k} of 19 confirmations. Your items follow by themselves once it is final.`,
    lateConfirming: "This order's time has run out, but your payment was sent in time",
    simulate: "Simulate payment (demo)",
    completed: "Completed",
  },
} as const;

test.beforeEach(async ({ page }) => page.setExtraHTTPHeaders({ "x-forwarded-for": randomIp() }));

/** What the TRON watcher records for a transfer it has seen but not yet as final (in the e2e server's own database). */
function recordSeenTransfer(order: { id: string; payment: { address: string; amount: string } }, confirmations: number): string {
  const db = new Database(process.env.E2E_DATABASE_FILE!);
  try {
    const txHash = randomBytes(32).toString("hex");
    const now = new Date().toISOString();
    db.prepare(
      `INSERT INTO "chain_transfers" ("id", "eventKey", "chain", "coin", "txHash", "address", "amount", "blockTime", "confirmations", "required", "status", "orderId", "createdAt")
       VALUES (?, ?, 'tron', 'trc20_usdt', ?, ?, ?, ?, ?, 19, 'seen', ?, ?)`,
    ).run(
      randomUUID(),
      `tron:${txHash}:x`,
      txHash,
      order.payment.address,
      String(Math.round(Number(order.payment.amount) * 1e6)),
      now,
      confirmations,
      order.id,
      now,
    );
    return txHash;
  } finally {
    db.close();
  }
}

function setConfirmations(txHash: string, confirmations: number) {
  const db = new Database(process.env.E2E_DATABASE_FILE!);
  try {
    expect(db.prepare(`UPDATE "chain_transfers" SET "confirmations" = ? WHERE "txHash" = ?`).run(confirmations, txHash).changes).toBe(1);
  } finally {
    db.close();
  }
}

/** What the expiry sweep does to an unpaid order whose time ran out: expired, its items back on sale. */
function expireOrder(orderId: string) {
  const db = new Database(process.env.E2E_DATABASE_FILE!);
  try {
    const past = new Date(Date.now() - 60_000).toISOString();
    expect(
      db.prepare(`UPDATE "orders" SET "status" = 'expired', "expiresAt" = ? WHERE "id" = ? AND "status" = 'pending'`).run(past, orderId)
        .changes,
    ).toBe(1);
    db.prepare(`UPDATE "stock_items" SET "status" = 'available', "orderId" = NULL WHERE "orderId" = ? AND "status" = 'reserved'`).run(
      orderId,
    );
  } finally {
    db.close();
  }
}

const markWindow = (page: Page) => page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
const windowStayed = (page: Page) => page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);

for (const locale of locales) {
  const t = text[locale];

  test(`payment seen, k of 19, then the demo's simulated payment delivers, in ${locale}`, async ({ page, request }) => {
    test.setTimeout(120_000); // an axe scan and three screenshots in software-rendered Chromium
    const order = await pendingCryptoOrder(request);
    const txHash = recordSeenTransfer(order, 3);
    await page.goto(`/${locale}/orders/${order.id}?token=${order.token}`);
    const seen = page.getByTestId("payment-seen");
    await expect(seen.getByText(t.seen(3))).toBeVisible();
    await expect(seen).toContainText(`${order.payment.amount} USDT`);
    await expectAccessible(page);
    await screenshot(page, `payment-seen-${locale}`);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, `payment-seen-${locale}-390`);
    await page.setViewportSize({ width: 1280, height: 800 });

    // One more block: the page says so by itself, without a reload.
    await markWindow(page);
    setConfirmations(txHash, 7);
    await expect(seen.getByText(t.seen(7))).toBeVisible({ timeout: 15_000 });
    expect(await windowStayed(page)).toBe(true);

    await page.getByRole("button", { name: t.simulate }).click();
    await expect(page.getByTestId("delivered-item")).toHaveCount(1, { timeout: 15_000 });
    await expect(page.getByTestId("order-status")).toHaveText(t.completed);
    await expect(page.getByTestId("payment")).toHaveCount(0);
  });

  test(`an expired order whose payment was sent in time shows it confirming and follows it by itself, in ${locale}`, async ({
    page,
    request,
  }) => {
    const order = await pendingCryptoOrder(request);
    const txHash = recordSeenTransfer(order, 5);
    expireOrder(order.id);
    await page.goto(`/${locale}/orders/${order.id}?token=${order.token}`);
    const box = page.getByTestId("late-payment-confirming");
    await expect(box).toContainText(t.lateConfirming);
    await expect(box.getByTestId("payment-seen").getByText(t.seen(5))).toBeVisible();
    // Not the "if you already paid, contact us" help: the shop has seen the payment.
    await expect(page.getByTestId("expired-help")).toHaveCount(0);
    await screenshot(page, `late-payment-confirming-${locale}`);
    await markWindow(page);
    setConfirmations(txHash, 6);
    await expect(box.getByText(t.seen(6))).toBeVisible({ timeout: 15_000 });
    expect(await windowStayed(page)).toBe(true);
  });
}
