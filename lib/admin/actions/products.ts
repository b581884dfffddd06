"use server";
// The console's product forms: the same schemas and services as /api/admin/products.
import { redirect } from "next/navigation";
import { requireAdminActor } from "../../auth/admin-session";
import { createProductSchema, updateProductSchema } from "../products/product-input";
import { createProduct, deleteProduct, updateProduct } from "../products/products";
import { deleteUnsoldItems } from "../stock";
import { deleteStockSchema } from "../request-schemas";
import { revalidateConsole } from "./revalidate";
import { checkbox, failed, has, nullableText, numberField, text, textList, unlessGone, type ActionState } from "./action-state";
import { localeOf } from "./locale";

/** Wholesale tiers as the operator writes them, one `quantity=price` per line (dujiaoka's format). */
function tiersOf(source: string) {
  return source
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [quantity = "", price = ""] = line.split("=").map((part) => part.trim());
      return { min_quantity: /^\d+$/.test(quantity) ? Number(quantity) : quantity, price };
    });
}

function productFields(form: FormData) {
  return {
    slug: text(form, "slug"),
    name_zh: text(form, "name_zh"),
    name_en: text(form, "name_en"),
    description_zh: text(form, "description_zh"),
    description_en: text(form, "description_en"),
    price: text(form, "price"),
    min_quantity: numberField(form, "min_quantity"),
    max_quantity: numberField(form, "max_quantity"),
    price_tiers: tiersOf(text(form, "price_tiers")),
    delimiter: text(form, "delimiter"),
    category: nullableText(form, "category"),
    listed: checkbox(form, "listed"),
    sort_order: numberField(form, "sort_order"),
    low_stock_threshold: numberField(form, "low_stock_threshold"),
    kind: has(form, "kind") ? text(form, "kind") : undefined,
    // Empty: unlimited.
    shown_stock: has(form, "shown_stock") ? (text(form, "shown_stock").trim() === "" ? null : numberField(form, "shown_stock")) : undefined,
  };
}

export async function saveProductAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  const id = text(form, "id");
  let createdId: string | undefined;
  try {
    if (id) {
      await updateProduct(actor, id, updateProductSchema.parse(productFields(form)));
    } else {
      createdId = (await createProduct(actor, createProductSchema.parse(productFields(form)))).id;
    }
  } catch (error) {
    return failed(error);
  }
  if (createdId) redirect(`/${localeOf(form)}/admin/products/${createdId}?saved=1`);
  revalidateConsole();
  return { ok: true };
}

export async function deleteProductAction(form: FormData): Promise<void> {
  const actor = await requireAdminActor();
  const outcome = await unlessGone(deleteProduct(actor, text(form, "id")));
  redirect(`/${localeOf(form)}/admin/products?${outcome?.deleted === false ? "unlisted" : "deleted"}=1`);
}

/** Deletes the checked unsold items, or all of them. */
export async function deleteStockAction(form: FormData): Promise<void> {
  const actor = await requireAdminActor();
  const productId = text(form, "productId");
  const ids = textList(form, "ids")
    .map((value) => Number(value))
    .filter((value) => Number.isInteger(value) && value > 0);
  const input = deleteStockSchema.safeParse(checkbox(form, "all") ? { all: true } : { ids });
  const deleted = input.success ? ((await unlessGone(deleteUnsoldItems(actor, productId, input.data)))?.deleted ?? 0) : 0;
  // Encoded: the id comes from the form, and a control character in a Location header is a 500.
  redirect(`/${localeOf(form)}/admin/products/${encodeURIComponent(productId)}/stock?deleted=${deleted}`);
}
