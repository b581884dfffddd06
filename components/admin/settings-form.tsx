"use client";
// The shop's settings: name, announcement banner and support text (each in zh and en), the
// brand and contact channels, and the order expiry; empty fields mean the built-in text, the
// SHOP_* / SUPPORT_* environment value or ORDER_TTL_MINUTES.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { saveSettingsAction } from "@/lib/admin/actions/settings";
import { idle, type ActionState } from "@/lib/admin/actions/action-state";
import type { ShopSettings } from "@/lib/settings/shop-settings";
import { TextField } from "@/components/ui/text-field";
import { primaryButton } from "@/components/ui/styles";
import { TextArea } from "./fields";
import { FormStatus } from "./form-status";
import { card } from "./styles";

/** The environment's values, used where a setting is empty. */
export type SettingDefaults = { ttl: number; eth: number; bsc: number; btc: number; markup: string };

export function SettingsForm({ settings, defaults }: { settings: ShopSettings; defaults: SettingDefaults }) {
  const t = useTranslations("Admin.settings");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState, FormData>(saveSettingsAction, idle);
  const invalid = (field: string) => (state.fields?.includes(field) ? t("invalidField") : undefined);
  return (
    <form action={action} noValidate className="space-y-4" data-testid="settings-form">
      <input type="hidden" name="locale" value={locale} />
      {/* What the fields showed: the save writes only what was changed (lib/settings/changed-settings.ts). */}
      <input type="hidden" name="shown" value={JSON.stringify(settings)} />
      <FormStatus state={state} success={t("saved")} />
      <fieldset className={`${card} grid gap-4 sm:grid-cols-2`}>
        <legend className="px-1 font-semibold">{t("shop")}</legend>
        <TextField
          id="settings-name-zh"
          name="shop_name_zh"
          label={t("nameZh")}
          hint={t("nameHint")}
          defaultValue={settings.shop_name_zh}
          maxLength={40}
          error={invalid("shop_name_zh")}
          lang="zh"
        />
        <TextField
          id="settings-name-en"
          name="shop_name_en"
          label={t("nameEn")}
          hint={t("nameHint")}
          defaultValue={settings.shop_name_en}
          maxLength={40}
          error={invalid("shop_name_en")}
          lang="en"
        />
        <TextArea
          id="settings-banner-zh"
          name="announcement_zh"
          label={t("bannerZh")}
          hint={t("bannerHint")}
          rows={2}
          defaultValue={settings.announcement_zh}
          maxLength={500}
          error={invalid("announcement_zh")}
          lang="zh"
        />
        <TextArea
          id="settings-banner-en"
          name="announcement_en"
          label={t("bannerEn")}
          hint={t("bannerHint")}
          rows={2}
          defaultValue={settings.announcement_en}
          maxLength={500}
          error={invalid("announcement_en")}
          lang="en"
        />
        <TextArea
          id="settings-support-zh"
          name="support_text_zh"
          label={t("supportZh")}
          hint={t("supportHint")}
          rows={4}
          defaultValue={settings.support_text_zh}
          maxLength={2000}
          error={invalid("support_text_zh")}
          lang="zh"
        />
        <TextArea
          id="settings-support-en"
          name="support_text_en"
          label={t("supportEn")}
          hint={t("supportHint")}
          rows={4}
          defaultValue={settings.support_text_en}
          maxLength={2000}
          error={invalid("support_text_en")}
          lang="en"
        />
      </fieldset>
      <fieldset className={`${card} grid gap-4 sm:grid-cols-2`}>
        <legend className="px-1 font-semibold">{t("brand")}</legend>
        <TextField
          id="settings-accent"
          name="accent_color"
          label={t("accent")}
          hint={t("accentHint")}
          defaultValue={settings.accent_color}
          maxLength={7}
          placeholder="#4338ca"
          error={invalid("accent_color")}
        />
        <TextField
          id="settings-operator"
          name="operator"
          label={t("operator")}
          hint={t("operatorHint")}
          defaultValue={settings.operator}
          maxLength={120}
          error={invalid("operator")}
        />
        <TextField
          id="settings-support-email"
          name="support_email"
          type="email"
          label={t("supportEmail")}
          hint={t("channelHint")}
          defaultValue={settings.support_email}
          maxLength={254}
          error={invalid("support_email")}
        />
        <TextField
          id="settings-telegram"
          name="support_telegram"
          label={t("telegram")}
          hint={t("channelHint")}
          defaultValue={settings.support_telegram}
          maxLength={33}
          placeholder="@myshop_support"
          error={invalid("support_telegram")}
        />
        <TextField
          id="settings-wechat"
          name="support_wechat"
          label={t("wechat")}
          hint={t("channelHint")}
          defaultValue={settings.support_wechat}
          maxLength={60}
          error={invalid("support_wechat")}
        />
        <TextField
          id="settings-qq"
          name="support_qq"
          label={t("qq")}
          hint={t("channelHint")}
          defaultValue={settings.support_qq}
          maxLength={12}
          inputMode="numeric"
          error={invalid("support_qq")}
        />
        <TextArea
          id="settings-after-sale-zh"
          name="after_sale_zh"
          label={t("afterSaleZh")}
          hint={t("afterSaleHint")}
          rows={2}
          defaultValue={settings.after_sale_zh}
          maxLength={500}
          error={invalid("after_sale_zh")}
          lang="zh"
        />
        <TextArea
          id="settings-after-sale-en"
          name="after_sale_en"
          label={t("afterSaleEn")}
          hint={t("afterSaleHint")}
          rows={2}
          defaultValue={settings.after_sale_en}
          maxLength={500}
          error={invalid("after_sale_en")}
          lang="en"
        />
      </fieldset>
      <fieldset className={`${card} grid gap-4 sm:grid-cols-2`}>
        <legend className="px-1 font-semibold">{t("orders")}</legend>
        <TextField
          id="settings-ttl"
          name="order_ttl_minutes"
          type="number"
          min={1}
          max={1440}
          label={t("ttl")}
          hint={t("ttlHint", { minutes: defaults.ttl })}
          defaultValue={settings.order_ttl_minutes ?? ""}
          error={invalid("order_ttl_minutes")}
        />
      </fieldset>
      <fieldset className={`${card} grid gap-4 sm:grid-cols-2`}>
        <legend className="px-1 font-semibold">{t("crypto")}</legend>
        {(
          [
            ["eth_confirmations", "ethConfirmations", defaults.eth, "ETH_CONFIRMATIONS"],
            ["bsc_confirmations", "bscConfirmations", defaults.bsc, "BSC_CONFIRMATIONS"],
            ["btc_confirmations", "btcConfirmations", defaults.btc, "BTC_CONFIRMATIONS"],
          ] as const
        ).map(([name, label, count, variable]) => (
          <TextField
            key={name}
            id={`settings-${name}`}
            name={name}
            type="number"
            min={1}
            max={1000}
            label={t(label)}
            hint={t("confirmationsHint", { count, variable })}
            defaultValue={settings[name] ?? ""}
            error={invalid(name)}
          />
        ))}
        <TextField
          id="settings-markup"
          name="price_markup_percent"
          inputMode="decimal"
          label={t("markup")}
          hint={t("markupHint", { percent: defaults.markup })}
          defaultValue={settings.price_markup_percent ?? ""}
          maxLength={5}
          error={invalid("price_markup_percent")}
        />
      </fieldset>
      <button type="submit" disabled={pending} className={`${primaryButton} px-5 py-2.5 font-medium`} data-testid="settings-save">
        {t("save")}
      </button>
    </form>
  );
}
