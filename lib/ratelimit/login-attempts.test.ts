import { describe, expect, it } from "vitest";
import { attemptCost } from "./login-attempts";

describe("attemptCost", () => {
  it("grows with the email's recent failures, and never beyond one attempt per address window (5 points)", () => {
    expect([0, 9, 10, 49, 50, 10_000].map(attemptCost)).toEqual([1, 1, 2, 2, 5, 5]);
  });
});
