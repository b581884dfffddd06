import { describe, expect, it } from "vitest";
import { catalogCopyLifetime } from "./copy-lifetime";

describe("catalogCopyLifetime", () => {
  it.each([
    ["is 0 when the cache is off, however slow the last copy was", [0, 0, 0], [0, 500, 0]],
    ["is the configured time while copies are quick to make", [1000, 0, 1000], [1000, 50, 1000]],
    [
      "stretches to twenty times a slow copy's making, so counting takes at most about 5 % of the time",
      [1000, 130, 2600],
      [5000, 130, 5000],
    ],
    ["never beyond 10 s, so other instances' changes still show within seconds", [1000, 2000, 10_000], [30_000, 2000, 30_000]],
  ])("%s", (_rule, ...cases) => {
    for (const [configuredMs, lastLoadMs, lifetime] of cases) expect(catalogCopyLifetime(configuredMs!, lastLoadMs!)).toBe(lifetime);
  });
});
