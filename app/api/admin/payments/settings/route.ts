// GET /api/admin/payments/settings — the crypto settings in force: price source, markup, confirmations (environment, read-only).
import { withApi } from "@/lib/api/with-api";
import { cryptoSettings } from "@/lib/admin/payments/crypto-settings";

export const GET = withApi({ access: "admin" }, async () => ({ settings: await cryptoSettings() }));
