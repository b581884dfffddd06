// Shared helpers: screenshots every page the suite visits, and the axe check.
import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const locales = ["zh", "en"] as const;

export const demo = {
  mailbox: "demo-mailbox-account",
  office: "office-suite-licence",
  gift: "gift-code-100",
  soldOut: "vpn-annual-code",
} as const;

/** A full-page screenshot in test-results/screenshots/ (gitignored), for people to look at. */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/**
 * No serious or critical axe violations (WCAG 2.1 A/AA rules and best practices). After a
 * server action's redirect Next streams the new page's <title> a moment after its content, so
 * the check waits for a title first rather than judge a page still arriving.
 */
export async function expectAccessible(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  // Axe in the page itself ("legacy" mode): the default mode collects each frame's results and
  // combines them in a new blank page, opened for every scan, which took about half of each
  // scan's 1.1-1.9 s here; the shop's pages have no frames, and both modes found the same
  // results on the pages compared (home, product, FAQ, lookup). Legacy mode does not reach into
  // cross-origin frames: a page that gains a frame fails here rather than go unchecked.
  expect(page.frames(), "a page with frames needs axe's default mode").toHaveLength(1);
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  const blocking = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(blocking).toEqual([]);
}
