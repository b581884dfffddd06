import { describe, expect, it } from "vitest";
import { splitLine } from "./split-line";

describe("splitLine", () => {
  it("splits account----password----extra... on the default delimiter", () => {
    expect(splitLine("user@example.com----pw1----2fa----note", "----")).toEqual({
      account: "user@example.com",
      password: "pw1",
      extra: ["2fa", "note"],
      raw: "user@example.com----pw1----2fa----note",
    });
  });

  it("gives an empty extra list for a two-part line", () => {
    expect(splitLine("acct----secret", "----")).toEqual({ account: "acct", password: "secret", extra: [], raw: "acct----secret" });
  });

  it("returns a line without the delimiter in raw only", () => {
    expect(splitLine("LICENSE-KEY-1234", "----")).toEqual({ account: null, password: null, extra: [], raw: "LICENSE-KEY-1234" });
    // Three dashes are not the four-dash delimiter.
    expect(splitLine("a---b", "----")).toEqual({ account: null, password: null, extra: [], raw: "a---b" });
  });

  it("returns the whole line in raw when the product has no delimiter", () => {
    expect(splitLine("a----b", "")).toEqual({ account: null, password: null, extra: [], raw: "a----b" });
  });

  it("uses the product's own delimiter", () => {
    expect(splitLine("a|b|c", "|")).toEqual({ account: "a", password: "b", extra: ["c"], raw: "a|b|c" });
    expect(splitLine("a----b", "|")).toMatchObject({ account: null, raw: "a----b" });
  });

  it("keeps empty fields as empty strings and leaves raw untouched", () => {
    expect(splitLine("acct----", "----")).toEqual({ account: "acct", password: "", extra: [], raw: "acct----" });
    expect(splitLine("----pw----", "----")).toEqual({ account: "", password: "pw", extra: [""], raw: "----pw----" });
  });
});
