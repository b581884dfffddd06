// The fuzz cases: every API route found on disk (lib: ./routes.ts) with hostile paths,
// queries, headers and bodies; the documented request bodies field by field from a base
// that the server refuses; next-auth's endpoints; pages; and every server action. Each case
// is meant to be refused (or only read): none may get a 5xx, and a refused one may not
// change the database.
import { apiRoutes } from "./routes";
import { hostileBodies, hostileContentTypes, hostileJson, hostileSegments, hostileStrings } from "./values";

export type FuzzCase = {
  name: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | FormData;
};

export type FuzzContext = {
  /** A customer's bearer token; no case may end it (logout cases use other tokens). */
  userToken: string;
  adminToken: string;
  /** An email that is already registered, so registration bases are refused (409). */
  takenEmail: string;
  /** Server action ids of the build, by exported name, and the source file of each. */
  actions: Map<string, { id: string; file: string; page: string }>;
  /** Cookie headers of the customer's and the operator's (two-factor) web sessions; no case may end them. */
  userCookie: string;
  adminCookie: string;
  /** A coupon code and category and product slugs that exist, so create bases are refused (409). */
  taken: { couponCode: string; categorySlug: string; productSlug: string };
};

export type DocumentedBase = { method?: string; path: string; token?: string; body: Record<string, unknown> };

const json = (value: unknown) => JSON.stringify(value);
/** Header values must be bytes: the strings a header can carry. */
const headerSafe = hostileStrings.filter((value) => /^[\x20-\x7e]*$/.test(value) && value.length < 8_000);
const UNKNOWN_PRODUCT = "00000000-0000-4000-8000-000000000000";
/** An id no record has: admin writes to it validate every field, then answer 404 before writing. */
const UNKNOWN_ID = "00000000-0000-4000-8000-0000000000f0";
/** Percent-encoded; a lone surrogate has no UTF-8 form, so it becomes the bytes of one (invalid UTF-8). */
const encode = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return "%ED%A0%80";
  }
};

/** Bodies the server refuses as they are; each field is then replaced by every hostile value. */
export function documentedBases(context: FuzzContext): DocumentedBase[] {
  return [...publicBases(context), ...adminBases(context)];
}

function publicBases(context: FuzzContext): DocumentedBase[] {
  return [
    // An unknown product: every field is validated, and the order fails before anything is written.
    {
      path: "/api/orders/create",
      body: {
        productId: UNKNOWN_PRODUCT,
        quantity: 1,
        contactEmail: "fuzz@example.com",
        paymentMethod: "crypto",
        coin: "trc20_usdt",
        couponCode: "NONE",
      },
    },
    {
      path: "/api/orders/create",
      token: context.userToken,
      body: { productId: UNKNOWN_PRODUCT, quantity: 2, contactEmail: "fuzz@example.com", paymentMethod: "balance_cny" },
    },
    { path: "/api/auth/login", body: { email: "fuzz-nobody@example.com", password: "not-a-password" } },
    { path: "/api/auth/register", body: { email: context.takenEmail, password: "long-enough-password" } },
    {
      path: "/api/auth/change-password",
      token: context.userToken,
      body: { currentPassword: "not-the-current-one", newPassword: "new-password-123" },
    },
  ];
}

/**
 * The operator's writes that take a JSON body (app/api/admin/**), each with a body the server
 * refuses whichever single field holds a hostile value: an unknown id (every field is
 * validated, then 404), or two independent reasons to refuse, so replacing one leaves the other.
 */
function adminBases(context: FuzzContext): DocumentedBase[] {
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
  const settings = {
    shop_name_zh: "模糊",
    shop_name_en: "Fuzz",
    announcement_zh: "",
    announcement_en: "",
    support_text_zh: "",
    support_text_en: "",
    accent_color: "#4338ca",
    operator: "",
    support_email: "",
    support_telegram: "",
    support_wechat: "",
    support_qq: "",
    after_sale_zh: "",
    after_sale_en: "",
    order_ttl_minutes: 30,
    eth_confirmations: null,
    bsc_confirmations: null,
    btc_confirmations: null,
    price_markup_percent: null,
  };
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

/** A base as a request, with `body` in place of its own. */
export function baseCase({ method = "POST", path, token }: DocumentedBase, name: string, body: unknown): FuzzCase {
  const headers = { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) };
  return { name: `${path} ${name}`, method, path, headers, body: json(body) };
}

function documentedBodyCases(context: FuzzContext): FuzzCase[] {
  return documentedBases(context).flatMap((base) => {
    const { body } = base;
    const mutated = Object.keys(body).flatMap((field) =>
      hostileJson.map((value, i) => baseCase(base, `${field}=#${i}`, { ...body, [field]: value })),
    );
    const extra = [
      baseCase(base, "unknown field", { ...body, isAdmin: true }),
      baseCase(base, "a field missing", Object.fromEntries(Object.entries(body).slice(1))),
    ];
    return [...mutated, ...extra];
  });
}

function headerCases(): FuzzCase[] {
  const create = json({
    productId: UNKNOWN_PRODUCT,
    quantity: 1,
    contactEmail: "fuzz@example.com",
    paymentMethod: "crypto",
    coin: "trc20_usdt",
  });
  return headerSafe.flatMap((value, i): FuzzCase[] => [
    {
      name: `idempotency-key #${i}`,
      method: "POST",
      path: "/api/orders/create",
      headers: { "content-type": "application/json", "idempotency-key": value },
      body: create,
    },
    { name: `authorization #${i}`, method: "POST", path: "/api/auth/logout", headers: { authorization: `Bearer ${value}` } },
    {
      name: `basic authorization #${i}`,
      method: "POST",
      path: "/api/admin/orders/x/confirm",
      headers: { authorization: `Basic ${value}` },
    },
    { name: `internal key #${i}`, method: "POST", path: "/api/orders/clean", headers: { "x-internal-key": value } },
    {
      name: `forwarded-for #${i}`,
      method: "GET",
      path: "/api/products",
      headers: { "x-forwarded-for": value, "x-forwarded-proto": value, "x-forwarded-host": value },
    },
  ]);
}

/** Every route and method found on disk, with hostile ids, bodies and content types, as a stranger and as the operator. */
function routeCases(context: FuzzContext): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (const route of apiRoutes()) {
    const fill = (segment: string) => route.template.replace(/\{(\.\.\.)?[^}]+\}/g, segment);
    const paths = route.params.length ? hostileSegments.map(fill) : [route.template];
    for (const method of route.methods) {
      // Logging out with a valid token is the one request a bare authenticated POST may make.
      const callers =
        route.template === "/api/auth/logout"
          ? ([["stranger", {}]] as const)
          : ([
              ["stranger", {}],
              ["operator", { authorization: `Bearer ${context.adminToken}` }],
            ] as const);
      for (const [who, headers] of callers) {
        for (const path of paths) cases.push({ name: `${method} ${path.slice(0, 80)} as ${who}`, method, path, headers });
        if (method === "GET") continue;
        const path = paths[0]!;
        for (const { name, body } of hostileBodies) {
          cases.push({
            name: `${method} ${route.template} ${name} as ${who}`,
            method,
            path,
            headers: { ...headers, "content-type": "application/json" },
            body,
          });
        }
        for (const type of hostileContentTypes.filter((value) => !value.includes("\u0000"))) {
          cases.push({
            name: `${method} ${route.template} as ${type || "no type"} as ${who}`,
            method,
            path,
            headers: { ...headers, ...(type ? { "content-type": type } : {}) },
            body: "{}",
          });
        }
      }
    }
  }
  return cases;
}

function queryCases(): FuzzCase[] {
  return hostileStrings.flatMap((value, i): FuzzCase[] => {
    const q = encode(value);
    return [
      { name: `query order_no #${i}`, method: "GET", path: `/api/orders/query?order_no=${q}&email=fuzz%40example.com` },
      { name: `query email #${i}`, method: "GET", path: `/api/orders/query?order_no=GS0000000000AAAA&email=${q}` },
      { name: `status token #${i}`, method: "GET", path: `/api/orders/GS0000000000AAAA/status?token=${q}` },
      { name: `products query #${i}`, method: "GET", path: `/api/products?category=${q}&q=${q}` },
    ];
  });
}

function nextAuthCases(): FuzzCase[] {
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  return hostileStrings
    .filter((value) => value.length < 20_000)
    .flatMap((value, i): FuzzCase[] => [
      {
        name: `next-auth credentials #${i}`,
        method: "POST",
        path: "/api/auth/callback/credentials",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: form({ csrfToken: value, email: value, password: value, json: "true" }),
      },
      { name: `next-auth signin callbackUrl #${i}`, method: "GET", path: `/api/auth/signin?callbackUrl=${encode(value)}` },
      { name: `next-auth signout callbackUrl #${i}`, method: "GET", path: `/api/auth/signout?callbackUrl=${encode(value)}` },
      ...(/^[\x21-\x7e]*$/.test(value) && value.length < 4_000
        ? [
            {
              name: `next-auth session cookie #${i}`,
              method: "GET",
              path: "/api/auth/session",
              headers: { cookie: `next-auth.session-token=${value}` },
            },
          ]
        : []),
    ]);
}

function pageCases(): FuzzCase[] {
  return hostileSegments.flatMap((segment, i): FuzzCase[] => [
    { name: `page product #${i}`, method: "GET", path: `/en/products/${segment}` },
    { name: `page order #${i}`, method: "GET", path: `/zh/orders/${segment}?token=${segment}` },
    { name: `page sign-in callback #${i}`, method: "GET", path: `/en/sign-in?callbackUrl=${segment}` },
    { name: `page catalogue query #${i}`, method: "GET", path: `/zh?q=${segment}&category=${segment}&page=${segment}` },
    {
      name: `page account cookie #${i}`,
      method: "GET",
      path: "/en/account",
      headers: { cookie: `next-auth.session-token=${segment.slice(0, 3_000)}` },
    },
  ]);
}

// The form fields any of the shop's actions reads (the console's: lib/admin/actions/*.ts), all
// set at once to the hostile value.
const ACTION_FIELDS = [
  "email",
  "password",
  "locale",
  "callbackUrl",
  "productId",
  "quantity",
  "contactEmail",
  "paymentMethod",
  "coin",
  "couponCode",
  "idempotencyKey",
  "name",
  "tokenId",
  "no",
  "currentPassword",
  "newPassword",
  "token",
  "orderId",
  "currency",
  "amount",
  "totp",
  // The console's forms.
  "id",
  "action",
  "note",
  "to",
  "key",
  "items",
  "slug",
  "name_zh",
  "name_en",
  "description_zh",
  "description_en",
  "price",
  "min_quantity",
  "max_quantity",
  "price_tiers",
  "delimiter",
  "category",
  "listed",
  "sort_order",
  "low_stock_threshold",
  "kind",
  "shown_stock",
  "ids",
  "all",
  "code",
  "value",
  "product_id",
  "uses_left",
  "expires_at",
  "active",
  "address",
  "order_no",
  "rail",
  "reason",
  "api_orders",
  "url",
  "events",
  "secret",
  "enabled",
  "delivery_id",
  "shop_name_zh",
  "shop_name_en",
  "announcement_zh",
  "announcement_en",
  "support_text_zh",
  "support_text_en",
  "accent_color",
  "operator",
  "support_email",
  "support_telegram",
  "support_wechat",
  "support_qq",
  "after_sale_zh",
  "after_sale_en",
  "order_ttl_minutes",
  "eth_confirmations",
  "bsc_confirmations",
  "btc_confirmations",
  "price_markup_percent",
];

/**
 * Left out when signed in, because they do what they should with any input: no hostile value
 * can make them refuse, and the fuzz's own sessions must last the run.
 */
const SIGNED_IN_EXCLUDED: Record<string, string> = {
  signOutAction: "ends every session of the account, the fuzz's own included",
  adminSignOutAction: "ends every session of the account, the fuzz's own included",
  createTokenAction: "any name that is not blank and fits is a token's name: it creates a token",
};

/**
 * Fields that make an action refuse whatever the others hold, for actions that would accept
 * every field hostile (each may be empty). One set of cases per pin, so each pinned field gets
 * the hostile values in the other set.
 */
const ACTION_PINS: Record<string, Record<string, string>[]> = {
  // Every settings field may be empty (the built-in or the environment's value).
  saveSettingsAction: [{ order_ttl_minutes: "0" }, { accent_color: "red" }],
};

type Caller = { who: string; cookie?: string };

/**
 * (state, form) as React's client encodes them (encodeReply): the form's fields under the `_1_`
 * prefix before the arguments, which the server decodes as they stream in.
 */
function actionForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [field, value] of Object.entries(fields)) form.append(`_1_${field}`, value);
  form.append("0", '[{"ok":null},"$K1"]');
  return form;
}

/**
 * The operator's refund to a place that is none: answered with the form's state naming the field
 * `to`, it shows that the field cases reach the actions past their auth check with their fields
 * (React refuses a body it cannot decode, and a field it does not find reads as empty).
 */
export function actionProbe(context: FuzzContext): FuzzCase {
  const action = context.actions.get("orderAction")!;
  return {
    name: "action orderAction, a refund to nowhere, as operator",
    method: "POST",
    path: action.page,
    headers: { "next-action": action.id, cookie: context.adminCookie },
    body: actionForm({ action: "refund", to: "fuzz-probe" }),
  };
}

type Action = { name: string; id: string; page: string };

function fieldCases({ name, id, page }: Action, caller: Caller, values: string[] = hostileStrings): FuzzCase[] {
  const headers = { "next-action": id, ...(caller.cookie ? { cookie: caller.cookie } : {}) };
  const pins = caller.cookie ? (ACTION_PINS[name] ?? [{}]) : [{}];
  return pins.flatMap((pin, p) =>
    values.map((value, i) => {
      const form = actionForm(Object.fromEntries(ACTION_FIELDS.map((field) => [field, pin[field] ?? value])));
      const pinned = Object.keys(pin).length ? ` pin ${p}` : "";
      return { name: `action ${name} fields #${i}${pinned} ${caller.who}`, method: "POST", path: page, headers, body: form };
    }),
  );
}

function argumentCases({ name, id, page }: Action, caller: Caller, values: unknown[] = hostileJson): FuzzCase[] {
  return values.map((value, i) => ({
    name: `action ${name} arguments #${i} ${caller.who}`,
    method: "POST",
    path: page,
    headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", ...(caller.cookie ? { cookie: caller.cookie } : {}) },
    body: json([value, value, value]),
  }));
}

function plainFormCase({ name, id, page }: Action, caller: Caller): FuzzCase {
  const simple = new FormData();
  simple.append(`$ACTION_ID_${id}`, "");
  for (const field of ACTION_FIELDS) simple.append(field, "\u0000' OR 1=1 --");
  return {
    name: `action ${name} plain form, hostile fields ${caller.who}`,
    method: "POST",
    path: page,
    headers: caller.cookie ? { cookie: caller.cookie } : {},
    body: simple,
  };
}

/** Every server action, called as the browser calls it (and as no browser would), signed out. */
function signedOutActionCases(context: FuzzContext): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const caller = { who: "signed out" };
  for (const [name, { id, page }] of context.actions) {
    const action = { name, id, page };
    cases.push(...fieldCases(action, caller), ...argumentCases(action, caller));
    for (const { name: bodyName, body } of hostileBodies) {
      cases.push({
        name: `action ${name} ${bodyName}`,
        method: "POST",
        path: page,
        headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8" },
        body,
      });
    }
    // A form posted without JavaScript, with its bound state broken.
    const plain = new FormData();
    plain.append(`$ACTION_REF_1`, "");
    plain.append(`$ACTION_1:0`, json({ id, bound: "$@1" }));
    plain.append(`$ACTION_1:1`, "[{");
    cases.push({ name: `action ${name} plain form, broken state`, method: "POST", path: page, body: plain });
    cases.push(plainFormCase(action, caller));
  }
  cases.push({
    name: "action with an unknown id",
    method: "POST",
    path: "/en",
    headers: { "next-action": "00ff", "content-type": "text/plain" },
    body: "[]",
  });
  return cases;
}

/**
 * The same actions signed in, past the auth check: the shop's with a customer's session, the
 * console's with an operator's (two-factor) session, and the console's once with the customer's
 * (refused: not an operator). The bodies that fail to decode are left to the signed-out cases:
 * they fail before any session is read.
 */
function signedInActionCases(context: FuzzContext): FuzzCase[] {
  const customer = { who: "as customer", cookie: context.userCookie };
  const operator = { who: "as operator", cookie: context.adminCookie };
  // The console's actions all take (state, form): any argument that is not a form reads as an
  // empty one, so a few kinds of value stand for all.
  const someJson = hostileJson.filter((_, i) => i % 8 === 0);
  const cases: FuzzCase[] = [];
  for (const [name, { id, file, page }] of context.actions) {
    if (name in SIGNED_IN_EXCLUDED) continue;
    const action = { name, id, page };
    if (file.startsWith("lib/admin/")) {
      cases.push(...fieldCases(action, customer, hostileStrings.slice(0, 1)));
      cases.push(...fieldCases(action, operator), ...argumentCases(action, operator, someJson), plainFormCase(action, operator));
    } else {
      for (const caller of [customer, operator]) {
        cases.push(...fieldCases(action, caller), ...argumentCases(action, caller), plainFormCase(action, caller));
      }
    }
  }
  return cases;
}

export function fuzzCases(context: FuzzContext): FuzzCase[] {
  return [
    ...documentedBodyCases(context),
    ...headerCases(),
    ...routeCases(context),
    ...queryCases(),
    ...nextAuthCases(),
    ...pageCases(),
    ...signedOutActionCases(context),
    ...signedInActionCases(context),
  ];
}
