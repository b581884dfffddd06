// Pages run under a nonce-based Content-Security-Policy: the page works (hydrates, takes an
// order, shows the payment page with its QR code) and the browser reports no violation.
// Every other spec runs under the same policy: the browser reports violations to
// /api/csp-report, and global teardown fails the run when the server logged one.
import { expect, test, type Page } from "@playwright/test";
import { demo } from "./support/pages";

function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

test("a product page hydrates and takes an order under the CSP, with no violation", async ({ page }) => {
  const violations = cspViolations(page);
  const response = await page.goto(`/en/products/${demo.office}`);
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(response?.headers()["x-content-type-options"]).toBe("nosniff");

  const form = page.getByTestId("checkout");
  // The quantity stepper is a client component: it only works once the page's scripts ran.
  await form.getByRole("button", { name: "Increase quantity" }).click();
  await expect(form.getByLabel("Quantity", { exact: true })).toHaveValue("2");
  await form.getByLabel("Contact email").fill(`csp-${Date.now()}@example.com`);
  await form.getByRole("button", { name: "Place order" }).click();
  await expect(page).toHaveURL(/\/en\/orders\/[0-9a-f-]{36}\?token=/);
  await expect(page.getByTestId("pay-amount")).toBeVisible();
  expect(violations).toEqual([]);
});

test("the shop's pages cannot be framed by another site", async ({ page }) => {
  const violations = cspViolations(page);
  await page.setContent(`<iframe src="${test.info().project.use.baseURL}/en"></iframe>`);
  const frame = page.frames()[1];
  // The frame is refused: it never gets the shop's page.
  await expect.poll(async () => (frame ? await frame.evaluate(() => document.title).catch(() => "") : "")).not.toContain("Stockline");
  expect(violations.some((text) => /frame-ancestors/.test(text))).toBe(true);
});
