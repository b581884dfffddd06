import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps a same-site path with its query and hash", () => {
    expect(safeCallbackPath("/en/account/tokens?x=1#new", "/en/account")).toBe("/en/account/tokens?x=1#new");
    expect(safeCallbackPath("/zh/account", "/zh")).toBe("/zh/account");
  });

  it("falls back for other sites, protocol-relative and backslash tricks, schemes and non-strings", () => {
    for (const raw of [
      "https://evil.example/",
      "//evil.example/x",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "en/account",
      "",
      undefined,
      ["/en"],
    ]) {
      expect(safeCallbackPath(raw, "/en/account")).toBe("/en/account");
    }
  });

  it("normalises dot segments without leaving the site", () => {
    expect(safeCallbackPath("/en/../../account", "/x")).toBe("/account");
  });
});
