import pg from "pg";
import { describe, expect, it } from "vitest";
import { quoteLiteral } from "./hot-transaction";

describe("quoteLiteral", () => {
  it("writes every string as pg's escapeLiteral does", () => {
    const samples = ["", "plain", "it's", "''", "back\\slash", "both ' and \\", "\\'", "中文 ✓", "x".repeat(50_000) + "'"];
    for (const sample of samples) expect(quoteLiteral(sample)).toBe(pg.escapeLiteral(sample));
  });
});
