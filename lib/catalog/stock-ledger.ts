// This instance's orders that take stock items, kept beside the catalogue's copy so that an
// order adjusts its product's count in the copy instead of dropping the copy. Dropping it made
// the next request wait for a whole count of the stock (about 130 ms with 1,000,000 items
// here), and under a stream of orders nearly every catalogue request waited for one.
//
// The difficulty is the count that runs while orders commit: this process's clock cannot tell
// whether the count's snapshot saw an order that committed meanwhile, and counting such an
// order twice, or not at all, shows the wrong stock. The count's statement tells instead: it
// also returns the ids of the orders made since the earliest order under way when it was sent
// (ids sort by time: lib/orders/order-id.ts), as its own snapshot holds them. An order's items
// are taken in the transaction that inserts it, so its row is in a snapshot exactly when its
// items are taken there. Orders of other instances show once the copy's lifetime is up, as
// before.
import { firstOrderIdAt, orderIdTime } from "../orders/order-id";

export type Taking = { orderId: string; productId: string; quantity: number };

// `committedAt`: the ledger's tick when this process learnt that the order committed.
type Entry = Taking & { madeAt: number; committedAt?: number };

/** Made when a count of the stock is sent: the range of order ids its statement returns beside the counts. */
export type ReadMark = { tick: number; from: string; below: string };

/** A count of the stock as read, and which of this instance's orders it already holds. */
export type StockBase = { tick: number; available: ReadonlyMap<string, number>; holds: ReadonlySet<string> };

// An order's id is made from this process's clock; should the clock step back a little
// between an order's id and a count's mark, the range still begins before it. Kept short:
// the count returns every order of the range, a minute's worth after a burst of orders is
// thousands of ids, and an order under way widens the range by itself.
const CLOCK_SLACK_MS = 5_000;
// Beyond any count's running time, and a few hours hold almost none of the old random ids.
const RANGE_AHEAD_MS = 3_600_000;
// A safety net should counts stop while orders go on (each order's quote reads the catalogue,
// so they do not): past this many, the copy is counted again and the ledger starts anew.
const MOST_ENTRIES = 50_000;

export class StockLedger {
  private tick = 0;
  private readonly entries = new Map<string, Entry>();
  // The mark of the base settled before the newest: the oldest base that may still be served.
  private servedSince = 0;
  /** Changes whenever a committed order changes what a copy shows. */
  version = 0;

  /** An order that may take stock, before its transaction begins (its id made just before, by lib/orders/order-id.ts). */
  open(taking: Taking): void {
    const madeAt = orderIdTime(taking.orderId);
    // A count finds the orders under way by the time in their ids: any other id would go unseen.
    if (madeAt === null) throw new Error(`not a time-ordered order id: ${taking.orderId}`);
    this.entries.set(taking.orderId, { ...taking, madeAt });
  }

  /**
   * The order's transaction committed: a copy shows its items taken from now on. False when
   * the ledger is full and started anew: the caller counts the stock again.
   */
  committed(orderId: string): boolean {
    const entry = this.entries.get(orderId);
    if (!entry) return true;
    entry.committedAt = ++this.tick;
    this.version++;
    if (this.entries.size <= MOST_ENTRIES) return true;
    for (const [id, other] of this.entries) if (other.committedAt !== undefined) this.entries.delete(id);
    return false;
  }

  /** The order's transaction rolled back: it took nothing. */
  rolledBack(orderId: string): void {
    this.entries.delete(orderId);
  }

  /** Made as a count is sent (`nowMs`: this process's clock). */
  mark(nowMs: number): ReadMark {
    let [from, below] = [nowMs - CLOCK_SLACK_MS, nowMs + RANGE_AHEAD_MS];
    // An order under way since before the range (a slow cashier, a clock stepped back) widens it.
    for (const entry of this.entries.values()) {
      if (entry.committedAt !== undefined) continue;
      from = Math.min(from, entry.madeAt);
      below = Math.max(below, entry.madeAt + 1);
    }
    return { tick: ++this.tick, from: firstOrderIdAt(from), below: firstOrderIdAt(below) };
  }

  /**
   * The count's base: the orders it holds are those that committed before it was sent, and
   * those of the range its snapshot saw (`seen`). Every order that could be in the snapshot is
   * one of the two: one under way when the count was sent is in the range, and so is one whose
   * id was made after.
   */
  settle(mark: ReadMark, available: ReadonlyMap<string, number>, seen: ReadonlySet<string>): StockBase {
    const holds = new Set<string>();
    for (const entry of this.entries.values()) {
      if ((entry.committedAt !== undefined && entry.committedAt < mark.tick) || seen.has(entry.orderId)) holds.add(entry.orderId);
    }
    // An order committed before the previous base's mark is held by that base and by every
    // later one; no older base is served (a copy is only replaced by a newer one).
    for (const [id, entry] of this.entries) {
      if (entry.committedAt !== undefined && entry.committedAt < this.servedSince) this.entries.delete(id);
    }
    this.servedSince = mark.tick;
    return { tick: mark.tick, available, holds };
  }

  /** The items taken from each product since `base` was counted: committed orders it does not hold. */
  takenSince(base: StockBase): Map<string, number> {
    const taken = new Map<string, number>();
    for (const entry of this.entries.values()) {
      // One committed before the count was sent is in `holds` (settle() put it there).
      if (entry.committedAt === undefined || base.holds.has(entry.orderId)) continue;
      taken.set(entry.productId, (taken.get(entry.productId) ?? 0) + entry.quantity);
    }
    return taken;
  }
}
