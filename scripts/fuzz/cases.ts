// The fuzz cases: every API route found on disk (lib: ./routes.ts) with hostile paths,
// queries, headers and bodies; the documented request bodies field by field from a base
// that the server refuses (the operator's: ./admin-bases.ts); next-auth's endpoints; pages;
// and every server action, signed out and signed in (./action-cases.ts). Each case
// is meant to be refused (or only read): none may get a 5xx, and a refused one may not
// change the database.
import { apiRoutes } from "./routes";
import { hostileBodies, hostileContentTypes, hostileJson, hostileSegments, hostileStrings } from "./values";
import { adminBases } from "./admin-bases";
import { signedInActionCases, signedOutActionCases } from "./action-cases";

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
