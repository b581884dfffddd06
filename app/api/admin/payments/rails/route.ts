// GET /api/admin/payments/rails — each cashier rail: configured or not, the methods it serves, its settings (secrets as "set"), warnings.
import { withApi } from "@/lib/api/with-api";
import { cashierRailsState } from "@/lib/payments/cashier/rail-status";

export const GET = withApi({ access: "admin" }, async () => ({ rails: cashierRailsState() }));
