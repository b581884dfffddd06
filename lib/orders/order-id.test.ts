import { describe, expect, it } from "vitest";
import { firstOrderIdAt, newOrderId } from "./order-id";

describe("order ids", () => {
  it("are version 7 UUIDs that sort by the order they were made in", () => {
    const ids = Array.from({ length: 2000 }, newOrderId);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("lie between the first ids of the moments around their making", () => {
    const before = Date.now();
    const id = newOrderId();
    const after = Date.now();
    expect(id >= firstOrderIdAt(before)).toBe(true);
    expect(id < firstOrderIdAt(after + 1)).toBe(true);
    expect(firstOrderIdAt(0x0123456789ab)).toBe("01234567-89ab-0000-0000-000000000000");
  });
});
