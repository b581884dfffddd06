import type { Tx } from "../db";

/**
 * Work a caller adds to an order's change (the operator's audit entry), run in the change's
 * own transaction and only when the order did change: both commit, or neither, and a repeat
 * that changes nothing leaves no trace.
 */
export type WithChange<Change> = (tx: Tx, change: Change) => Promise<void>;
