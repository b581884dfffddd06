// Shared helpers: screenshots every page the suite visits, and the axe check.
import { expect, type Page } from "@playwright/test";
import axe from "axe-core";

export const locales = ["zh", "en"] as const;

export const demo = {
  mailbox: "demo-mailbox-account",
  office: "office-suite-licence",
  gift: "gift-code-100",
  soldOut: "vpn-annual-code",
} as const;

/**
 * A full-page screenshot in test-results/screenshots/ (gitignored), for people to look at.
 * E2E_SCREENSHOTS=0 skips them where nobody will (.ci/run): the suite's 261 took 173 s of
 * its 1,300 s of test time on 2 cores, 2026-12-06, instrumented by hand.
 */
export async function screenshot(page: Page, name: string) {
  if (process.env.E2E_SCREENSHOTS === "0") return;
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/**
 * No serious or critical axe violations (WCAG 2.1 A/AA rules and best practices). After a
 * server action's redirect Next streams the new page's <title> a moment after its content, so
 * the check waits for a title first rather than judge a page still arriving.
 */
export async function expectAccessible(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  // axe-core's own API, injected once and run in the page. @axe-core/playwright injected the
  // 560 KB script twice per scan in its legacy mode (once to look for it, again with its
  // configuration), and its default mode also opened a blank page per scan to combine frames'
  // results; in a fresh page, as each test has, the first injection took 0.5-0.7 s here and the
  // second 0.25-0.3 s more. Both ways found the same violations (compared on five pages clean
  // and on one spoiled on purpose). Run in the page, axe does not reach into frames, and the
  // shop's pages have none: a page that gains one fails here rather than go unchecked.
  expect(page.frames(), "a page with frames needs axe run in each frame").toHaveLength(1);
  // Scanning again in the same document (after a client-side navigation or a form's answer)
  // finds axe still there.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  // Only the violations are wanted: axe still runs every rule, but lists the nodes of one kind.
  const violations = await page.evaluate(
    async () => (await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ["violations"] })).violations,
  );
  const blocking = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(blocking).toEqual([]);
}
