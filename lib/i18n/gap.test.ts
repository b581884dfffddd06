import { describe, expect, it } from "vitest";
import { gapAfter } from "./gap";

describe("gapAfter", () => {
  it("adds no space after full-width punctuation, one after anything else", () => {
    expect(gapAfter("已有账户？")).toBe("");
    expect(gapAfter("API 基础地址：")).toBe("");
    expect(gapAfter("还没有订单。")).toBe("");
    expect(gapAfter("Already have an account?")).toBe(" ");
    expect(gapAfter("one of:")).toBe(" ");
  });
});
