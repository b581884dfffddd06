// The operator's writes that take a JSON body (app/api/admin/**), each with a body the server
// refuses as it is and whichever single field is replaced by a hostile value (./cases.ts).
import type { DocumentedBase, FuzzContext } from "./cases";
import { UNSET_SETTINGS } from "../../lib/settings/settings-schema";

/** An id no record has: admin writes to it validate every field, then answer 404 before writing. */
const UNKNOWN_ID = "00000000-0000-4000-8000-0000000000f0";

/**
 * The operator's writes that take a JSON body (app/api/admin/**), each with a body the server
 * refuses whichever single field holds a hostile value: an unknown id (every field is
 * validated, then 404), or two independent reasons to refuse, so replacing one leaves the other.
 */
export function adminBases(context: FuzzContext): DocumentedBase[] {
  const token = context.adminToken;
  const id = UNKNOWN_ID;
  const product = {
    slug: "fuzz-product",
    name_zh: "模糊",
    name_en: "Fuzz",
    description_zh: "",
    description_en: "",
    price: "9.90",
    min_quantity: 1,
    max_quantity: 10,
    price_tiers: [{ min_quantity: 5, price: "9.00" }],
    delimiter: "----",
    category: null,
    listed: false,
    sort_order: 0,
    low_stock_threshold: 10,
    kind: "stock",
    shown_stock: null,
  };
  const coupon = { kind: "fixed", value: "5.00", product_id: null, uses_left: 5, expires_at: "2030-01-01T00:00:00Z", active: true };
  const settings = { ...UNSET_SETTINGS, shop_name_zh: "模糊", shop_name_en: "Fuzz", accent_color: "#4338ca", order_ttl_minutes: 30 };
  const bases: Omit<DocumentedBase, "token">[] = [
    { method: "PATCH", path: `/api/admin/products/${id}`, body: product },
    // A taken slug and a category that does not exist.
    {
      method: "POST",
      path: "/api/admin/products",
      body: { ...product, slug: context.taken.productSlug, category: "fuzz-no-such-category" },
    },
    { method: "PATCH", path: `/api/admin/products/${id}/images`, body: { order: [id] } },
    { path: `/api/admin/products/${id}/stock/delete`, body: { ids: [1, 2] } },
    {
      method: "PATCH",
      path: `/api/admin/categories/${id}`,
      body: { slug: "fuzz-category", name_zh: "模糊", name_en: "Fuzz", sort_order: 1 },
    },
    // A taken slug and a blank Chinese name.
    { path: "/api/admin/categories", body: { slug: context.taken.categorySlug, name_zh: "", name_en: "Fuzz", sort_order: 1 } },
    { method: "PATCH", path: `/api/admin/coupons/${id}`, body: { code: "FUZZ-NEW", ...coupon } },
    // A taken code and a product that does not exist.
    { path: "/api/admin/coupons", body: { code: context.taken.couponCode, ...coupon, product_id: id } },
    { path: `/api/admin/orders/${id}/confirm`, body: { note: "fuzz" } },
    { path: `/api/admin/orders/${id}/cancel`, body: { note: "fuzz" } },
    { path: `/api/admin/orders/${id}/refund`, body: { note: "fuzz", to: "balance" } },
    { path: `/api/admin/orders/${id}/deliver`, body: { items: ["account----password"], note: "fuzz" } },
    { path: `/api/admin/orders/${id}/resend-delivery-email`, body: { key: "fuzz-key-0001" } },
    { path: `/api/admin/users/${id}/balance`, body: { currency: "CNY", amount: "1.00", reason: "fuzz" } },
    { method: "PATCH", path: `/api/admin/users/${id}`, body: { api_orders: "approved" } },
    // Two invalid fields: a colour that is none and an order expiry of 0 minutes.
    { method: "PATCH", path: "/api/admin/settings", body: { ...settings, accent_color: "red", order_ttl_minutes: 0 } },
    // No hostile value is a coin or an address of one, so any single replacement is still refused.
    { path: "/api/admin/payments/addresses", body: { coin: "trc20_usdt", address: "not-an-address" } },
    { path: `/api/admin/payments/transfers/${id}/attach`, body: { order_no: "GS0000000000AAAA", note: "fuzz" } },
    { path: `/api/admin/payments/transfers/${id}/dismiss`, body: { note: "fuzz" } },
    { path: `/api/admin/payments/flagged/${id}/resolve`, body: { note: "fuzz" } },
    // Not an email (no hostile value is one) and a note one character too long.
    { path: "/api/admin/blacklist", body: { kind: "email", value: "not-an-email", note: "n".repeat(201) } },
    // A URL with a password in it and a secret that is too short.
    { path: "/api/admin/webhooks", body: { url: "https://user:pw@example.com/hook", events: ["order.paid"], secret: "whsec_short" } },
    {
      method: "PATCH",
      path: `/api/admin/webhooks/${id}`,
      body: {
        url: "https://example.com/hook",
        events: ["order.paid"],
        secret: `whsec_${Buffer.alloc(32, 7).toString("base64")}`,
        rotateSecret: true,
        enabled: false,
      },
    },
  ];
  return bases.map((base) => ({ ...base, token }));
}
