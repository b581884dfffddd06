import { describe, expect, it } from "vitest";
import { accentPalette, accentStylesheet, contrastRatio, readableOnWhite } from "./accent-palette";

describe("the accent palette", () => {
  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    expect(contrastRatio("#4338ca", "#ffffff")).toBeGreaterThan(7);
  });

  it("keeps a dark accent as it is and darkens a light one until white text reads on it", () => {
    expect(readableOnWhite("#4338CA")).toBe("#4338ca");
    const yellow = readableOnWhite("#facc15");
    expect(yellow).not.toBe("#facc15");
    expect(contrastRatio(yellow, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(readableOnWhite("#ffffff"), "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });

  it("gives every shade the storefront uses; 700 and darker carry white text, 600 outlines stand out", () => {
    for (const accent of ["#0d9488", "#e11d48", "#facc15", "#111111"]) {
      const palette = accentPalette(accent);
      for (const shade of ["700", "800", "900"] as const) expect(contrastRatio(palette[shade], "#ffffff")).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(palette["600"], "#ffffff")).toBeGreaterThanOrEqual(3);
      // The tints stay light enough for dark accent text on top of them.
      expect(contrastRatio(palette["50"], palette["900"])).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("writes Tailwind's indigo variables", () => {
    expect(accentStylesheet("#0f766e")).toMatch(/^:root\{--color-indigo-50:#[0-9a-f]{6};.*--color-indigo-700:#0f766e;.*\}\n$/);
  });
});
