// GET /api/admin/settings — the shop's settings; PATCH changes the fields sent.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { getShopSettings, updateShopSettings } from "@/lib/settings/shop-settings";
import { updateSettingsSchema } from "@/lib/settings/settings-schema";

export const GET = withApi({ access: "admin" }, async () => ({ settings: await getShopSettings() }));

export const PATCH = withApi({ access: "admin", body: updateSettingsSchema }, async (ctx) => ({
  settings: await updateShopSettings(actorOf(ctx), ctx.body),
}));
