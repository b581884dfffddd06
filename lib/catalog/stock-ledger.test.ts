import { describe, expect, it } from "vitest";
import { newOrderId } from "../orders/order-id";
import { StockLedger } from "./stock-ledger";

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));
const opened = (ledger: StockLedger, productId: string, quantity: number) => {
  const orderId = newOrderId();
  ledger.open({ orderId, productId, quantity });
  return orderId;
};
const taken = (ledger: StockLedger, base: ReturnType<StockLedger["settle"]>) => Object.fromEntries(ledger.takenSince(base));

describe("StockLedger", () => {
  it("takes nothing from a count that holds an order committed before it was sent", () => {
    const ledger = new StockLedger();
    const order = opened(ledger, "p", 3);
    ledger.committed(order);
    const base = ledger.settle(ledger.mark(Date.now()), counts({ p: 7 }), new Set());
    expect(base.holds.has(order)).toBe(true);
    expect(taken(ledger, base)).toEqual({});
  });

  it("takes an order its count did not see, once the order committed, and only once", () => {
    const ledger = new StockLedger();
    const order = opened(ledger, "p", 3);
    const base = ledger.settle(ledger.mark(Date.now()), counts({ p: 10 }), new Set());
    expect(taken(ledger, base)).toEqual({});
    const version = ledger.version;
    expect(ledger.committed(order)).toBe(true);
    expect(ledger.version).not.toBe(version);
    expect(taken(ledger, base)).toEqual({ p: 3 });
    // Orders made after the count are not in its snapshot either.
    ledger.committed(opened(ledger, "p", 2));
    ledger.committed(opened(ledger, "q", 1));
    expect(taken(ledger, base)).toEqual({ p: 5, q: 1 });
  });

  it("takes nothing again for an order the count's snapshot saw, whenever this process learns it committed", () => {
    const ledger = new StockLedger();
    const early = opened(ledger, "p", 1);
    const mark = ledger.mark(Date.now());
    // Made after the count was sent, committed before its snapshot was taken.
    const late = opened(ledger, "p", 2);
    expect(late >= mark.from && late < mark.below).toBe(true);
    expect(early >= mark.from).toBe(true);
    ledger.committed(late);
    const base = ledger.settle(mark, counts({ p: 5 }), new Set([early, late]));
    ledger.committed(early);
    expect(taken(ledger, base)).toEqual({});
  });

  it("takes nothing for an order that rolled back", () => {
    const ledger = new StockLedger();
    const base = ledger.settle(ledger.mark(Date.now()), counts({ p: 5 }), new Set());
    const order = opened(ledger, "p", 4);
    ledger.rolledBack(order);
    ledger.committed(order);
    expect(taken(ledger, base)).toEqual({});
  });

  it("asks from the earliest order still under way, however old its id, and refuses an id without a time", () => {
    const ledger = new StockLedger();
    const old = "00000000-0001-7000-8000-000000000000";
    const ahead = "f0000000-0000-7000-8000-000000000000";
    ledger.open({ orderId: old, productId: "p", quantity: 1 });
    ledger.open({ orderId: ahead, productId: "p", quantity: 1 });
    const mark = ledger.mark(Date.now());
    expect(old >= mark.from && old < mark.below).toBe(true);
    expect(ahead >= mark.from && ahead < mark.below).toBe(true);
    ledger.committed(old);
    ledger.committed(ahead);
    expect(ledger.mark(Date.now()).from > old).toBe(true);
    expect(() => ledger.open({ orderId: "9f0b9cd3-ac89-405c-a09a-b05cb8b0b92f", productId: "p", quantity: 1 })).toThrow(/time-ordered/);
  });

  it("keeps what the newest two counts need and lets the rest go", () => {
    const ledger = new StockLedger();
    const first = ledger.settle(ledger.mark(Date.now()), counts({ p: 100 }), new Set());
    const orders = Array.from({ length: 5 }, () => opened(ledger, "p", 1));
    for (const order of orders) ledger.committed(order);
    expect(taken(ledger, first)).toEqual({ p: 5 });
    // A second count sent after them holds them; the first is still served meanwhile.
    const second = ledger.settle(ledger.mark(Date.now()), counts({ p: 95 }), new Set());
    expect(taken(ledger, first)).toEqual({ p: 5 });
    expect(taken(ledger, second)).toEqual({});
    ledger.committed(opened(ledger, "p", 2));
    const third = ledger.settle(ledger.mark(Date.now()), counts({ p: 93 }), new Set());
    expect(taken(ledger, second)).toEqual({ p: 2 });
    expect(taken(ledger, third)).toEqual({});
  });

  it("starts anew when full, asking for the stock to be counted again", () => {
    const ledger = new StockLedger();
    let full = false;
    for (let i = 0; i <= 50_000 && !full; i++) full = !ledger.committed(opened(ledger, "p", 1));
    expect(full).toBe(true);
    const base = ledger.settle(ledger.mark(Date.now()), counts({ p: 1 }), new Set());
    expect(taken(ledger, base)).toEqual({});
  });
});
