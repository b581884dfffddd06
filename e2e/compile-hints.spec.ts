// The build marks every script a page loads with V8's compile hint (scripts/compile-hints.ts),
// so Chrome compiles them off the main thread while they download; and the page still runs
// its scripts with the line in front.
import { expect, test } from "@playwright/test";
import { demo } from "./support/pages";

test("every script a product page loads starts with the compile hint, and the page still hydrates", async ({ page, request }) => {
  const path = `/en/products/${demo.office}`;
  const html = await (await request.get(path)).text();
  const scripts = [...html.matchAll(/<script src="([^"]+\.js)"(?![^>]*noModule)/g)].map((match) => match[1]!);
  expect(scripts.length).toBeGreaterThan(3);
  for (const src of scripts) {
    const source = await (await request.get(src)).text();
    expect(source.startsWith("//# allFunctionsCalledOnLoad\n"), src).toBe(true);
  }

  await page.goto(path);
  // The quantity stepper is a client component: it only works once the page's scripts ran.
  const form = page.getByTestId("checkout");
  await form.getByRole("button", { name: "Increase quantity" }).click();
  await expect(form.getByLabel("Quantity", { exact: true })).toHaveValue("2");
});
