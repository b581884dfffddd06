import { describe, expect, it } from "vitest";
import { numberedPlaceholders } from "./numbered-placeholders";

describe("numberedPlaceholders", () => {
  it("numbers each ? in order, the same for a text asked again", () => {
    const sql = `SELECT "a" FROM "t" WHERE "b" = ? AND "c" IN (?, ?)`;
    expect(numberedPlaceholders(sql)).toBe(`SELECT "a" FROM "t" WHERE "b" = $1 AND "c" IN ($2, $3)`);
    expect(numberedPlaceholders(sql)).toBe(`SELECT "a" FROM "t" WHERE "b" = $1 AND "c" IN ($2, $3)`);
    expect(numberedPlaceholders(`SELECT 1`)).toBe(`SELECT 1`);
  });

  it("still rewrites texts past the number it keeps", () => {
    for (let i = 0; i < 400; i++) expect(numberedPlaceholders(`SELECT ${i} WHERE ? = ?`)).toBe(`SELECT ${i} WHERE $1 = $2`);
  });
});
