import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { env } from "../env";
import { fillPlaceholders, getSupportPageMarkdown, SUPPORT_PAGES } from "./support-pages";

describe("support texts", () => {
  const dataDir = env.STOCKLINE_DATA_DIR;
  afterEach(() => {
    env.STOCKLINE_DATA_DIR = dataDir;
  });

  it("ships every page in both locales, with the placeholders filled", async () => {
    for (const page of SUPPORT_PAGES) {
      for (const locale of ["zh", "en"] as const) {
        const text = await getSupportPageMarkdown(page, locale, { contactChannels: "- channels", paymentMethods: "- methods" });
        expect(text.length).toBeGreaterThan(200);
        expect(text).not.toMatch(/\{\{/);
      }
    }
    expect(await getSupportPageMarkdown("contact", "en", { contactChannels: "- Email: [a@b.example](mailto:a@b.example)" })).toContain("mailto:a@b.example");
    expect(await getSupportPageMarkdown("faq", "en", { paymentMethods: "- **Cryptocurrency**: USDT (TRON)" })).toContain("USDT (TRON)");
    expect(await getSupportPageMarkdown("faq", "zh")).toContain(`${env.ORDER_TTL_MINUTES} 分钟`);
  });

  it("prefers the operator's copy under the data directory", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "stockline-support-"));
    try {
      mkdirSync(path.join(dir, "content", "support"), { recursive: true });
      writeFileSync(path.join(dir, "content", "support", "about.en.md"), "## Our shop\n\nWrite to {{contactEmail}}.");
      env.STOCKLINE_DATA_DIR = dir;
      expect(await getSupportPageMarkdown("about", "en")).toBe(`## Our shop\n\nWrite to ${env.SUPPORT_EMAIL}.`);
      // Pages the operator did not copy still come from the shipped defaults.
      expect(await getSupportPageMarkdown("about", "zh")).toContain("## 我们做什么");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("leaves unknown placeholders as written", () => {
    expect(fillPlaceholders("{{ a }} and {{b}}", { a: "1" })).toBe("1 and {{b}}");
  });
});
