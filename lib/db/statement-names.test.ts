import { describe, expect, it } from "vitest";
import { statementName } from "./statement-names";

describe("statementName", () => {
  it("gives one text one name, and another text another", () => {
    const select = 'SELECT "id" FROM "orders" WHERE "id" = $1';
    const name = statementName(select);
    expect(name).toMatch(/^stockline_[0-9a-f]{24}$/);
    expect(statementName(`${select}`.slice(0))).toBe(name);
    expect(statementName('SELECT "id" FROM "orders" WHERE "orderNo" = $1')).not.toBe(name);
  });

  it("stops naming new texts at its bound, and keeps the names it gave", () => {
    const first = statementName("SELECT 1");
    const given = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const name = statementName(`SELECT ${i} + $1`);
      if (name) given.add(name);
    }
    expect(given.size).toBeGreaterThan(200);
    expect(given.size).toBeLessThan(1000);
    expect(statementName("SELECT 'a text never seen'")).toBeUndefined();
    expect(statementName("SELECT 1")).toBe(first);
  });
});
