import "server-only";
import { randomUUID } from "node:crypto";
import { db, transaction } from "../../db";
import { emitEvent } from "../../webhooks/emit-event";
import { isFinal, transferKey, type ObservedTransfer } from "./observed-transfer";
import { matchTransfer, payableOf } from "./match-transfer";
import { settleTransfer, type TransferOutcome } from "./settle-transfer";
import { raiseFlag } from "../../orders/payment-flags";

/**
 * Records what a watcher saw and, once a transfer is final, applies it (once: its unique
 * key). A transfer below its confirmations is kept as `seen` with its tentative order (or
 * top-up), so the buyer sees "payment seen, k of N"; seeing it again only updates the count. A final
 * transfer already applied answers its recorded outcome: re-polls change nothing.
 */
export async function observeTransfer(transfer: ObservedTransfer): Promise<TransferOutcome | "seen"> {
  const key = transferKey(transfer);
  const final = isFinal(transfer);
  const match = final ? null : await matchTransfer(transfer);
  const tentative = match ? payableOf(match) : { orderId: null, topupId: null };
  const status = final ? "final" : "seen";
  await db.$executeRaw`
    INSERT INTO "chain_transfers" ("id", "eventKey", "chain", "coin", "txHash", "address", "amount", "blockNumber", "blockTime",
      "confirmations", "required", "status", "orderId", "topupId", "createdAt")
    VALUES (${randomUUID()}, ${key}, ${transfer.chain}, ${transfer.coin}, ${transfer.txHash}, ${transfer.address}, ${transfer.amount.toString()},
      ${transfer.blockNumber}, ${transfer.blockTime}, ${transfer.confirmations}, ${transfer.required}, ${status}, ${tentative.orderId}, ${tentative.topupId}, ${new Date()})
    ON CONFLICT ("eventKey") DO UPDATE SET "status" = excluded."status", "confirmations" = excluded."confirmations",
      "blockNumber" = excluded."blockNumber", "blockTime" = excluded."blockTime",
      "orderId" = COALESCE(excluded."orderId", "chain_transfers"."orderId"),
      "topupId" = COALESCE(excluded."topupId", "chain_transfers"."topupId")
    WHERE "chain_transfers"."status" <> 'final'`;
  if (!final) return "seen";
  const row = await db.chainTransfer.findUniqueOrThrow({ where: { eventKey: key }, select: { id: true, outcome: true, createdAt: true } });
  if (row.outcome) return row.outcome as TransferOutcome;
  const settled = await settleTransfer(transfer, key, row);
  const short = settled.outcome === "partial" && settled.orderId !== null ? settled.orderId : null;
  await transaction(async (tx) => {
    // Part of an order's amount: its row is locked first, so this and the order's expiry (which
    // flags an order closed with partial outputs) see each other, whichever commits first.
    if (short) await tx.$executeRaw`UPDATE "orders" SET "paymentFlag" = "paymentFlag" WHERE "id" = ${short}`;
    const recorded = await tx.chainTransfer.updateMany({
      where: { id: row.id, outcome: null },
      data: { outcome: settled.outcome, orderId: settled.orderId, topupId: settled.topupId },
    });
    // Arrived after the order closed (inside the grace window): the order is flagged now.
    if (recorded.count === 1 && short) {
      await tx.order.updateMany({
        where: { id: short, status: { in: ["expired", "cancelled"] }, paymentFlag: null },
        data: raiseFlag("partial"),
      });
    }
    // Told once, when the outcome is first recorded: a transfer no order claims waits for the operator.
    if (recorded.count === 1 && settled.outcome === "unmatched") {
      await emitEvent(tx, "payment.unmatched", {
        transfer: {
          chain: transfer.chain,
          coin: transfer.coin,
          tx_hash: transfer.txHash,
          address: transfer.address,
          amount_atomic: transfer.amount.toString(),
          block_time: transfer.blockTime.toISOString(),
        },
      });
    }
  });
  return settled.outcome;
}

/** Applies a watcher's batch oldest first, so of two equal payments the first one pays. */
export async function observeTransfers(transfers: ObservedTransfer[]): Promise<void> {
  const ordered = [...transfers].sort(
    (a, b) =>
      a.blockTime.getTime() - b.blockTime.getTime() ||
      Number((a.blockNumber ?? 0n) - (b.blockNumber ?? 0n)) ||
      a.index.localeCompare(b.index),
  );
  for (const transfer of ordered) await observeTransfer(transfer);
}

/**
 * Transfers once seen in blocks a watcher has now read again without them (a
 * reorganisation took them away, or a replaced mempool transaction): `dropped`, so they no
 * longer show as progress. `fromBlock` null: every seen transfer of that address.
 */
export async function dropVanished(
  where: { chain: string; fromBlock?: bigint; toBlock?: bigint; address?: string },
  present: Set<string>,
): Promise<void> {
  const candidates = await db.chainTransfer.findMany({
    where: {
      chain: where.chain,
      status: "seen",
      ...(where.address ? { address: where.address } : {}),
      ...(where.fromBlock !== undefined
        ? { blockNumber: { gte: where.fromBlock, ...(where.toBlock !== undefined ? { lte: where.toBlock } : {}) } }
        : {}),
    },
    select: { id: true, eventKey: true },
  });
  const gone = candidates.filter((row) => !present.has(row.eventKey)).map((row) => row.id);
  if (gone.length) await db.chainTransfer.updateMany({ where: { id: { in: gone }, status: "seen" }, data: { status: "dropped" } });
}
