"use client";
// Create a coupon (the same schema as POST /api/admin/coupons): percent or fixed CNY off.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { createCouponAction } from "@/lib/admin/actions/catalogue";
import { idle, type ActionState } from "@/lib/admin/actions/action-state";
import { TextField } from "@/components/ui/text-field";
import { primaryButton } from "@/components/ui/styles";
import { Select } from "./fields";
import { FormStatus } from "./form-status";

export function CouponForm({ products }: { products: { id: string; name: string }[] }) {
  const t = useTranslations("Admin.coupons");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState, FormData>(createCouponAction, idle);
  const invalid = (field: string) =>
    state.fields?.includes(field) || (field === "value" && state.detail?.startsWith("value")) ? t("invalidField") : undefined;
  return (
    <form action={action} noValidate className="grid items-end gap-3 sm:grid-cols-3 lg:grid-cols-6" data-testid="coupon-form">
      <input type="hidden" name="locale" value={locale} />
      <TextField id="coupon-code" name="code" label={t("code")} maxLength={64} error={invalid("code")} className="lg:col-span-2" />
      <Select id="coupon-kind" name="kind" label={t("kind")} defaultValue="percent">
        <option value="percent">{t("percent")}</option>
        <option value="fixed">{t("fixed")}</option>
      </Select>
      <TextField id="coupon-value" name="value" label={t("value")} hint={t("valueHint")} inputMode="decimal" error={invalid("value")} />
      <TextField
        id="coupon-uses"
        name="uses_left"
        label={t("usesLeft")}
        hint={t("usesHint")}
        type="number"
        min={0}
        error={invalid("uses_left")}
      />
      <TextField id="coupon-expires" name="expires_at" label={t("expires")} type="date" error={invalid("expires_at")} />
      <Select id="coupon-product" name="product_id" label={t("product")} defaultValue="" className="sm:col-span-2">
        <option value="">{t("anyProduct")}</option>
        {products.map((product) => (
          <option key={product.id} value={product.id}>
            {product.name}
          </option>
        ))}
      </Select>
      <button type="submit" disabled={pending} className={`${primaryButton} px-4 py-2 text-sm font-medium`} data-testid="coupon-create">
        {t("create")}
      </button>
      <div className="sm:col-span-3 lg:col-span-6">
        <FormStatus state={state} success={t("created")} />
      </div>
    </form>
  );
}
