"use client";
// Create or edit a product: the same fields (and server-side schema) as /api/admin/products.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { saveProductAction } from "@/lib/admin/actions/products";
import { idle, type ActionState } from "@/lib/admin/actions/action-state";
import type { AdminProductDto } from "@/lib/admin/products/admin-product-dto";
import type { CategoryDto } from "@/lib/admin/categories";
import { TextField } from "@/components/ui/text-field";
import { primaryButton } from "@/components/ui/styles";
import { Checkbox, Select, TextArea } from "./fields";
import { FormStatus } from "./form-status";
import { MarkdownField } from "./markdown-field";
import { card } from "./styles";
import { PRODUCT_KINDS } from "@/lib/catalog/product-kinds";

export function ProductForm({ product, categories }: { product?: AdminProductDto; categories: CategoryDto[] }) {
  const t = useTranslations("Admin.products");
  const tk = useTranslations("AdminKinds");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState, FormData>(saveProductAction, idle);
  const invalid = (field: string) => (state.fields?.includes(field) ? t("invalidField") : undefined);
  return (
    <form action={action} noValidate className="space-y-5" data-testid="product-form">
      <input type="hidden" name="locale" value={locale} />
      {product && <input type="hidden" name="id" value={product.id} />}
      <FormStatus state={state} success={t("saved")} />
      <fieldset className={`${card} grid gap-4 sm:grid-cols-2`}>
        <legend className="px-1 font-semibold">{t("basics")}</legend>
        <TextField
          id="product-name-zh"
          name="name_zh"
          label={t("nameZh")}
          defaultValue={product?.name_zh}
          required
          maxLength={120}
          error={invalid("name_zh")}
          lang="zh"
        />
        <TextField
          id="product-name-en"
          name="name_en"
          label={t("nameEn")}
          defaultValue={product?.name_en}
          required
          maxLength={120}
          error={invalid("name_en")}
          lang="en"
        />
        <TextField
          id="product-slug"
          name="slug"
          label={t("slug")}
          hint={t("slugHint")}
          defaultValue={product?.slug}
          required
          maxLength={80}
          error={invalid("slug")}
        />
        <Select id="product-category" name="category" label={t("category")} defaultValue={product?.category?.slug ?? ""}>
          <option value="">{t("noCategory")}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.slug}>
              {locale === "zh" ? category.name_zh : category.name_en}
            </option>
          ))}
        </Select>
      </fieldset>
      <fieldset className={`${card} grid gap-4 sm:grid-cols-2 lg:grid-cols-4`}>
        <legend className="px-1 font-semibold">{t("pricing")}</legend>
        <TextField
          id="product-price"
          name="price"
          label={t("price")}
          hint={t("priceHint")}
          inputMode="decimal"
          defaultValue={product ? String(product.price) : ""}
          required
          error={invalid("price")}
        />
        <TextField
          id="product-min"
          name="min_quantity"
          label={t("minQuantity")}
          type="number"
          min={1}
          max={200}
          defaultValue={product?.min_quantity ?? 1}
          error={invalid("min_quantity")}
        />
        <TextField
          id="product-max"
          name="max_quantity"
          label={t("maxQuantity")}
          type="number"
          min={1}
          max={200}
          defaultValue={product?.max_quantity ?? 200}
          error={invalid("max_quantity")}
        />
        <TextField
          id="product-low"
          name="low_stock_threshold"
          label={t("lowStock")}
          hint={t("lowStockHint")}
          type="number"
          min={0}
          defaultValue={product?.low_stock_threshold ?? 10}
          error={invalid("low_stock_threshold")}
        />
        <Select
          id="product-kind"
          name="kind"
          label={tk("kind")}
          hint={tk("kindHint")}
          defaultValue={product?.kind ?? "stock"}
          error={invalid("kind")}
        >
          {PRODUCT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {tk(`kinds.${kind}`)}
            </option>
          ))}
        </Select>
        <TextField
          id="product-shown-stock"
          name="shown_stock"
          label={tk("shownStock")}
          hint={tk("shownStockHint")}
          type="number"
          min={0}
          defaultValue={product?.shown_stock ?? ""}
          error={invalid("shown_stock")}
        />
        <TextArea
          id="product-tiers"
          name="price_tiers"
          label={t("tiers")}
          hint={t("tiersHint")}
          rows={3}
          className="sm:col-span-2"
          defaultValue={product?.price_tiers.map((tier) => `${tier.min_quantity}=${tier.price}`).join("\n") ?? ""}
          error={invalid("price_tiers")}
        />
        <TextField
          id="product-delimiter"
          name="delimiter"
          label={t("delimiter")}
          hint={t("delimiterHint")}
          defaultValue={product?.delimiter ?? "----"}
          maxLength={16}
          error={invalid("delimiter")}
        />
        <TextField
          id="product-sort"
          name="sort_order"
          label={t("sortOrder")}
          type="number"
          defaultValue={product?.sort_order ?? 0}
          error={invalid("sort_order")}
        />
        <Checkbox id="product-listed" name="listed" label={t("listed")} hint={t("listedHint")} defaultChecked={product?.listed ?? true} />
      </fieldset>
      <fieldset className={`${card} space-y-4`}>
        <legend className="px-1 font-semibold">{t("descriptions")}</legend>
        <MarkdownField
          id="product-description-zh"
          name="description_zh"
          label={t("descriptionZh")}
          defaultValue={product?.description_zh ?? ""}
          error={invalid("description_zh")}
          lang="zh"
        />
        <MarkdownField
          id="product-description-en"
          name="description_en"
          label={t("descriptionEn")}
          defaultValue={product?.description_en ?? ""}
          error={invalid("description_en")}
          lang="en"
        />
      </fieldset>
      <button type="submit" disabled={pending} className={`${primaryButton} px-5 py-2.5 font-medium`} data-testid="product-save">
        {pending ? t("saving") : product ? t("save") : t("create")}
      </button>
    </form>
  );
}
