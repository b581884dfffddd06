"use server";
// The console's settings form, over the service behind PATCH /api/admin/settings.
import { requireAdminActor } from "../../auth/admin-session";
import { updateShopSettings } from "../../settings/shop-settings";
import { settingsSchema } from "../../settings/settings-schema";
import { changedSettings, shownSettings } from "../../settings/changed-settings";
import { revalidateConsole } from "./revalidate";
import { failed, numberField, text, type ActionState } from "./action-state";

export async function saveSettingsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  // Every field may be empty (the built-in or the environment's value), so a call without the
  // form (a plain post binds none; a client can send anything) would reset every setting.
  if (!(form instanceof FormData)) return { ok: false, error: "invalid" };
  const ttl = text(form, "order_ttl_minutes").trim();
  // Empty: back to the environment's value.
  const optional = (name: string) => (text(form, name).trim() === "" ? null : numberField(form, name));
  const markup = text(form, "price_markup_percent").trim();
  try {
    const submitted = settingsSchema.parse({
      shop_name_zh: text(form, "shop_name_zh"),
      shop_name_en: text(form, "shop_name_en"),
      announcement_zh: text(form, "announcement_zh"),
      announcement_en: text(form, "announcement_en"),
      support_text_zh: text(form, "support_text_zh"),
      support_text_en: text(form, "support_text_en"),
      accent_color: text(form, "accent_color").trim(),
      operator: text(form, "operator"),
      support_email: text(form, "support_email").trim(),
      support_telegram: text(form, "support_telegram").trim(),
      support_wechat: text(form, "support_wechat"),
      support_qq: text(form, "support_qq").trim(),
      after_sale_zh: text(form, "after_sale_zh"),
      after_sale_en: text(form, "after_sale_en"),
      order_ttl_minutes: ttl === "" ? null : numberField(form, "order_ttl_minutes"),
      eth_confirmations: optional("eth_confirmations"),
      bsc_confirmations: optional("bsc_confirmations"),
      btc_confirmations: optional("btc_confirmations"),
      price_markup_percent: markup === "" ? null : markup,
    });
    // Only what this form changed: another operator's save in the meantime keeps its fields.
    const changed = changedSettings(shownSettings(text(form, "shown")), submitted);
    if (Object.keys(changed).length) await updateShopSettings(actor, changed);
  } catch (error) {
    return failed(error);
  }
  revalidateConsole();
  return { ok: true };
}
