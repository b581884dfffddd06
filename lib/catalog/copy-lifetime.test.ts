import { describe, expect, it } from "vitest";
import { catalogCopyLifetime } from "./copy-lifetime";

describe("catalogCopyLifetime", () => {
  it("is 0 when the cache is off, however slow the last copy was", () => {
    expect(catalogCopyLifetime(0, 0)).toBe(0);
    expect(catalogCopyLifetime(0, 500)).toBe(0);
  });

  it("is the configured time while copies are quick to make", () => {
    expect(catalogCopyLifetime(1000, 0)).toBe(1000);
    expect(catalogCopyLifetime(1000, 50)).toBe(1000);
  });

  it("stretches to twenty times a slow copy's making, so counting takes at most about 5 % of the time", () => {
    expect(catalogCopyLifetime(1000, 130)).toBe(2600);
    expect(catalogCopyLifetime(5000, 130)).toBe(5000);
  });

  it("never beyond 10 s, so other instances' changes still show within seconds", () => {
    expect(catalogCopyLifetime(1000, 2000)).toBe(10_000);
    expect(catalogCopyLifetime(30_000, 2000)).toBe(30_000);
  });
});
