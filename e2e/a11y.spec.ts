import { test } from "@playwright/test";
import { demo, expectAccessible, locales } from "./support/pages";

const pages = {
  catalogue: "",
  "catalogue filtered": "?category=subscriptions&q=demo",
  "catalogue empty": "?q=nothing-like-this",
  product: `/products/${demo.mailbox}`,
  "sold-out product": `/products/${demo.soldOut}`,
  "not found": "/products/no-such-product",
};

for (const locale of locales) {
  for (const [name, path] of Object.entries(pages)) {
    test(`axe: ${name} in ${locale} has no serious or critical violations`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      await expectAccessible(page);
    });
  }
}
