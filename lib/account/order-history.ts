import "server-only";
import { db } from "../db";

export type HistoryOrder = {
  id: string;
  orderNo: string;
  productNameZh: string;
  productNameEn: string;
  quantity: number;
  amountFen: bigint;
  paymentMethod: string;
  status: string;
  createdAt: Date;
};

export const ORDERS_PER_PAGE = 10;

/** One page of a user's orders, newest first, with the page count (at least 1). */
export async function orderHistory(userId: string, page: number): Promise<{ orders: HistoryOrder[]; page: number; pages: number }> {
  const where = { userId };
  const total = await db.order.count({ where });
  const pages = Math.max(1, Math.ceil(total / ORDERS_PER_PAGE));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  const rows = await db.order.findMany({
    where,
    select: {
      id: true,
      orderNo: true,
      quantity: true,
      amountFen: true,
      paymentMethod: true,
      status: true,
      createdAt: true,
      product: { select: { nameZh: true, nameEn: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * ORDERS_PER_PAGE,
    take: ORDERS_PER_PAGE,
  });
  const orders = rows.map(({ product, ...order }) => ({ ...order, productNameZh: product.nameZh, productNameEn: product.nameEn }));
  return { orders, page: current, pages };
}
