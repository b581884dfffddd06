import "server-only";
// The unmatched-transfers inbox as the operator works it (/api/admin/payments/transfers and the
// console): the chain engine's own services (lib/payments/chains/operator-transfers.ts) with
// the order found by number, an audit entry for each decision, and a repeated attach answered
// like the first instead of as an error.
import { db } from "../../db";
import { AppError, errors } from "../../api/app-error";
import { attachTransferToOrder, dismissTransfer, listOperatorTransfers } from "../../payments/chains/operator-transfers";
import { NEEDS_OPERATOR } from "../../payments/chains/settle-transfer";
import { recordAudit } from "../audit";
import type { Actor } from "../actor";
import type { AttachTransferInput } from "./payment-request-schemas";

/** Outcomes whose transfer paid no order or top-up, so it may be attached to an order (an over-payment already paid its own). */
const ATTACHABLE = ["unmatched", "partial", "not_payable", "already_completed", "already_credited"];

export async function listTransfers(query: { state: "open" | "all"; limit: number }) {
  const listed = await listOperatorTransfers({ includeResolved: query.state === "all", take: query.limit });
  // The order a transfer is tied to: the one it paid (or partly paid), else the one the operator attached it to.
  const transfers = listed.map((entry) => ({
    ...entry,
    order_id: entry.order_id ?? (entry.resolution?.startsWith("attached:") ? entry.resolution.slice("attached:".length) : null),
  }));
  const orderIds = [...new Set(transfers.flatMap((entry) => (entry.order_id ? [entry.order_id] : [])))];
  const orders = orderIds.length ? await db.order.findMany({ where: { id: { in: orderIds } }, select: { id: true, orderNo: true } }) : [];
  const numbers = new Map(orders.map((order) => [order.id, order.orderNo]));
  // A transfer that paid (or paid again) a balance top-up: its number and whose balance it is.
  const topupIds = [...new Set(transfers.flatMap((entry) => (entry.topup_id ? [entry.topup_id] : [])))];
  const topups = topupIds.length
    ? await db.topup.findMany({ where: { id: { in: topupIds } }, select: { id: true, topupNo: true, userId: true } })
    : [];
  const topupsById = new Map(topups.map((topup) => [topup.id, topup]));
  return transfers.map((entry) => ({
    ...entry,
    order_no: entry.order_id ? (numbers.get(entry.order_id) ?? null) : null,
    topup_no: entry.topup_id ? (topupsById.get(entry.topup_id)?.topupNo ?? null) : null,
    topup_user_id: entry.topup_id ? (topupsById.get(entry.topup_id)?.userId ?? null) : null,
    attachable: entry.resolved_at === null && ATTACHABLE.includes(entry.outcome ?? ""),
  }));
}
export type TransferDto = Awaited<ReturnType<typeof listTransfers>>[number];

async function findOrderId(input: AttachTransferInput): Promise<{ id: string; orderNo: string; status: string }> {
  const order = await db.order.findUnique({
    where: input.order_id ? { id: input.order_id } : { orderNo: input.order_no! },
    select: { id: true, orderNo: true, status: true },
  });
  if (!order) throw errors.orderNotFound();
  return order;
}

async function transferOrThrow(id: string) {
  const transfer = await db.chainTransfer.findUnique({ where: { id } });
  if (!transfer) throw new AppError("not_found", "Transfer not found");
  return transfer;
}

/**
 * The operator says this transfer paid that order: through confirmPayment (source
 * `<coin>:attached`), once. Attaching the same transfer to the same order again (a double
 * click, a retried request) answers `changed: false`; to another order, a 400.
 */
export async function attachTransfer(actor: Actor, transferId: string, input: AttachTransferInput) {
  const transfer = await transferOrThrow(transferId);
  const order = await findOrderId(input);
  const mine = `attached:${order.id}`;
  if (transfer.resolution === mine)
    return { outcome: "already_attached" as const, order_id: order.id, order_no: order.orderNo, changed: false };
  if (!ATTACHABLE.includes(transfer.outcome ?? "") || transfer.status !== "final") {
    throw new AppError("validation", "Only a final transfer that paid no order can be attached");
  }
  // Checked first so a refused attach writes nothing (confirmPayment records every notice it is given).
  refuseUnpayable(order.status);
  let outcome;
  try {
    outcome = await attachTransferToOrder(transferId, order.id);
  } catch (error) {
    // A concurrent attach of the same pair won the claim: the same answer as a repeat.
    if ((await transferOrThrow(transferId)).resolution === mine)
      return { outcome: "already_attached" as const, order_id: order.id, order_no: order.orderNo, changed: false };
    throw error;
  }
  // An order paid or cancelled between the check and the claim: the claim was handed back.
  if (outcome === "already_completed" || outcome === "not_payable") refuseUnpayable(outcome === "already_completed" ? "paid" : "cancelled");
  const after = await db.order.findUniqueOrThrow({ where: { id: order.id }, select: { status: true } });
  await recordAudit(db, actor, {
    action: "transfer.attach",
    entityType: "chain_transfer",
    entityId: transferId,
    before: { outcome: transfer.outcome, resolution: transfer.resolution, order_status: order.status },
    after: { outcome, resolution: mine, order_id: order.id, order_no: order.orderNo, order_status: after.status, ...noteOf(input) },
  });
  return { outcome, order_id: order.id, order_no: order.orderNo, changed: true };
}

function refuseUnpayable(status: string): void {
  if (status === "pending" || status === "expired") return;
  throw new AppError(
    "validation",
    status === "paid" || status === "completed" || status === "refunded"
      ? "This order is already paid"
      : `This order cannot take a payment; it is ${status}`,
  );
}

const noteOf = (input: { note?: string }) => (input.note ? { note: input.note } : {});

/** Sets a transfer aside with the operator's reason; a repeat (already resolved) changes nothing. */
export async function dismissTransferAsOperator(actor: Actor, transferId: string, note: string) {
  const transfer = await transferOrThrow(transferId);
  if (transfer.status !== "final" || !NEEDS_OPERATOR.includes(transfer.outcome as never)) {
    throw new AppError("validation", "Only a final transfer waiting for the operator can be set aside");
  }
  const changed = await dismissTransfer(transferId, note);
  if (changed) {
    await recordAudit(db, actor, {
      action: "transfer.dismiss",
      entityType: "chain_transfer",
      entityId: transferId,
      before: { outcome: transfer.outcome, resolution: null },
      after: { outcome: transfer.outcome, resolution: `dismissed:${note.slice(0, 200)}` },
    });
  }
  return { dismissed: true as const, changed };
}
