// POST|GET /api/orders/clean — expire overdue unpaid orders now (server-internal key).
import { withApi } from "@/lib/api/with-api";
import { expireOverdueOrders } from "@/lib/orders/expire-orders";

const clean = withApi({ access: "internal" }, async () => ({ expired: await expireOverdueOrders() }));
export const POST = clean;
export const GET = clean;
