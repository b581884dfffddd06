// The server actions' cases: every action signed out, and signed in with a customer's session
// and an operator's (two-factor) console session, each posted to a page that holds it (Next
// runs an action only there) and encoded as React's client encodes its arguments.
import type { FuzzCase, FuzzContext } from "./cases";
import { hostileBodies, hostileJson, hostileStrings } from "./values";

const json = (value: unknown) => JSON.stringify(value);

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
export function signedOutActionCases(context: FuzzContext): FuzzCase[] {
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
export function signedInActionCases(context: FuzzContext): FuzzCase[] {
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
