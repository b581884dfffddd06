"use client";
// Create a category, or rename one in place (the same schema as /api/admin/categories).
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { saveCategoryAction } from "@/lib/admin/actions/catalogue";
import { idle, type ActionState } from "@/lib/admin/actions/action-state";
import type { CategoryDto } from "@/lib/admin/categories";
import { TextField } from "@/components/ui/text-field";
import { primaryButton } from "@/components/ui/styles";
import { FormStatus } from "./form-status";

export function CategoryForm({ category }: { category?: CategoryDto }) {
  const t = useTranslations("Admin.categories");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState, FormData>(saveCategoryAction, idle);
  const key = category?.id ?? "new";
  const invalid = (field: string) => (state.fields?.includes(field) ? t("invalidField") : undefined);
  return (
    <form
      action={action}
      noValidate
      className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_1fr_6rem_auto]"
      data-testid={`category-form-${key}`}
    >
      <input type="hidden" name="locale" value={locale} />
      {category && <input type="hidden" name="id" value={category.id} />}
      <TextField
        id={`cat-${key}-zh`}
        name="name_zh"
        label={t("nameZh")}
        defaultValue={category?.name_zh}
        maxLength={60}
        error={invalid("name_zh")}
        lang="zh"
      />
      <TextField
        id={`cat-${key}-en`}
        name="name_en"
        label={t("nameEn")}
        defaultValue={category?.name_en}
        maxLength={60}
        error={invalid("name_en")}
        lang="en"
      />
      <TextField
        id={`cat-${key}-slug`}
        name="slug"
        label={t("slug")}
        defaultValue={category?.slug}
        maxLength={64}
        error={invalid("slug")}
      />
      <TextField
        id={`cat-${key}-sort`}
        name="sort_order"
        label={t("sortOrder")}
        type="number"
        defaultValue={category?.sort_order ?? 0}
        error={invalid("sort_order")}
      />
      <button type="submit" disabled={pending} className={`${primaryButton} px-4 py-2 text-sm font-medium`}>
        {category ? t("save") : t("create")}
      </button>
      <div className="sm:col-span-5">
        <FormStatus state={state} success={t("saved")} />
      </div>
    </form>
  );
}
