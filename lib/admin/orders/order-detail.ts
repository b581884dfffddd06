import "server-only";
// One order as the operator sees it: the order, its buyer, its payment trail (every payment
// event and every operator action on it) and its items.
import { db } from "../../db";
import { errors } from "../../api/app-error";
import { decrypt } from "../../crypto/secret-box";
import { fenToYuan } from "../../money";
import { orderSummaryDto, orderSummarySelect } from "./order-list";
import { listAudit } from "../audit";
import { deliveredSealed } from "../../orders/delivered-items";

export async function getAdminOrderOrThrow(id: string) {
  const order = await db.order.findFirst({
    where: { OR: [{ id }, { orderNo: id.toUpperCase() }] },
    select: {
      ...orderSummarySelect,
      unitPriceFen: true,
      discountFen: true,
      payAddress: true,
      payAmount: true,
      payRail: true,
      payDebit: true,
      cnyPerUsdtMicro: true,
      completedAt: true,
      delimiter: true,
      kind: true,
      paymentFlag: true,
      deliveredItems: true,
      coupon: { select: { code: true } },
      payments: { select: { source: true, amount: true, outcome: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      items: { select: { id: true, status: true, content: true }, orderBy: { id: "asc" } },
    },
  });
  if (!order) throw errors.orderNotFound();
  const actions = await listAudit({ entity_type: "order", entity_id: order.id, limit: 100 });
  return {
    ...orderSummaryDto(order),
    unit_price: fenToYuan(order.unitPriceFen),
    discount: fenToYuan(order.discountFen),
    coupon_code: order.coupon?.code ?? null,
    pay_address: order.payAddress,
    pay_amount_atomic: order.payAmount,
    pay_rail: order.payRail,
    pay_debit: order.payDebit?.toString() ?? null,
    completed_at: order.completedAt?.toISOString() ?? null,
    delimiter: order.delimiter,
    payments: order.payments.map((event) => ({
      source: event.source,
      amount: event.amount,
      outcome: event.outcome,
      created_at: event.createdAt.toISOString(),
    })),
    operator_actions: actions.items.map((entry) => ({
      action: entry.action,
      actor_email: entry.actor_email,
      note: (entry.after as { note?: string } | null)?.note ?? null,
      created_at: entry.created_at,
    })),
    items: order.items.map((item) => ({ id: item.id, status: item.status, content: decrypt(item.content) })),
    // How it is delivered (lib/catalog/product-kinds.ts); reusable and manual orders' lines are kept on the order.
    kind: order.kind,
    payment_flag: order.paymentFlag,
    delivered_lines: deliveredSealed(order.deliveredItems).map(decrypt),
  };
}

export type AdminOrderDetail = Awaited<ReturnType<typeof getAdminOrderOrThrow>>;
