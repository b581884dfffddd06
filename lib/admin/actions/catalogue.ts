"use server";
// The console's category and coupon forms, over the services behind /api/admin.
import { redirect } from "next/navigation";
import { requireAdminActor } from "../../auth/admin-session";
import { createCategory, deleteCategory, updateCategory } from "../categories";
import { createCoupon, deleteCoupon, updateCoupon } from "../coupons";
import { createCategorySchema, createCouponSchema, updateCategorySchema } from "../request-schemas";
import { revalidateConsole } from "./revalidate";
import { failed, nullableText, numberField, text, unlessGone, type ActionState } from "./action-state";
import { localeOf } from "./locale";

export async function saveCategoryAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  const id = text(form, "id");
  const fields = {
    slug: text(form, "slug"),
    name_zh: text(form, "name_zh"),
    name_en: text(form, "name_en"),
    sort_order: numberField(form, "sort_order"),
  };
  try {
    if (id) await updateCategory(actor, id, updateCategorySchema.parse(fields));
    else await createCategory(actor, createCategorySchema.parse(fields));
  } catch (error) {
    return failed(error);
  }
  revalidateConsole();
  return { ok: true };
}

export async function deleteCategoryAction(form: FormData): Promise<void> {
  const actor = await requireAdminActor();
  await unlessGone(deleteCategory(actor, text(form, "id")));
  redirect(`/${localeOf(form)}/admin/categories?deleted=1`);
}

export async function createCouponAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  const expires = text(form, "expires_at").trim();
  const usesLeft = text(form, "uses_left").trim();
  try {
    await createCoupon(
      actor,
      createCouponSchema.parse({
        code: text(form, "code"),
        kind: text(form, "kind"),
        value: text(form, "value").trim(),
        product_id: nullableText(form, "product_id"),
        uses_left: usesLeft === "" ? null : numberField(form, "uses_left"),
        // A date picked in the console is the end of that day in the shop's time zone (UTC+8).
        expires_at: expires ? (/^\d{4}-\d{2}-\d{2}$/.test(expires) ? `${expires}T23:59:59+08:00` : expires) : null,
      }),
    );
  } catch (error) {
    return failed(error);
  }
  revalidateConsole();
  return { ok: true };
}

export async function setCouponActiveAction(form: FormData): Promise<void> {
  const actor = await requireAdminActor();
  await unlessGone(updateCoupon(actor, text(form, "id"), { active: text(form, "active") === "true" }));
  redirect(`/${localeOf(form)}/admin/coupons`);
}

export async function deleteCouponAction(form: FormData): Promise<void> {
  const actor = await requireAdminActor();
  const outcome = await unlessGone(deleteCoupon(actor, text(form, "id")));
  redirect(`/${localeOf(form)}/admin/coupons?${outcome?.deleted === false ? "deactivated" : "deleted"}=1`);
}
