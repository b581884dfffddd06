// The request bodies and queries of the operator's payments area (/api/admin/payments/* and the
// console's forms). Database-free, like lib/admin/request-schemas.ts, so the OpenAPI document can use them.
import { z } from "zod";
import { COIN_NAMES } from "../../payments/crypto/coins";
import { pageSize } from "../paging";

export const NOTE_MAX = 500;
const note = (field: string) =>
  z.string(`${field} must be a string`).trim().min(1, `${field} is required`).max(NOTE_MAX, `${field} is at most ${NOTE_MAX} characters`);

/** A receiving address the operator adds; its format is checked against the coin by the service. */
export const addAddressSchema = z.strictObject({
  coin: z.enum(COIN_NAMES, `coin must be one of ${COIN_NAMES.join(", ")}`),
  address: z
    .string("address must be a string")
    .trim()
    .min(1, "address is required")
    .max(120, "address is at most 120 characters")
    .describe("TRON base58check (T…), EVM hex (0x…, checksum case ignored) or Bitcoin bech32 (bc1…)"),
});
export type AddAddressInput = z.infer<typeof addAddressSchema>;

/** The Bitcoin account key the operator enters (or, null, removes) while BTC_XPUB is unset; checked as BTC_XPUB is by the service. */
export const setXpubSchema = z.strictObject({
  xpub: z
    .string("xpub must be a string or null")
    .trim()
    .min(1, "xpub is required")
    .max(200, "xpub is at most 200 characters")
    .nullable()
    .describe("the wallet's mainnet account key (xpub… or zpub…): orders get its BIP84 addresses m/84'/0'/0'/0/i; null removes it"),
});

/** The order a transfer paid: its id or its order number (exactly one). */
export const attachTransferSchema = z
  .strictObject({
    order_id: z.uuid("order_id must be an order id").optional(),
    order_no: z
      .string("order_no must be a string")
      .trim()
      .min(1, "order_no is required")
      .max(40, "order_no is at most 40 characters")
      .optional(),
    note: z.string("note must be a string").trim().max(NOTE_MAX, `note is at most ${NOTE_MAX} characters`).optional(),
  })
  .refine((input) => (input.order_id === undefined) !== (input.order_no === undefined), "send order_id or order_no (one of them)");
export type AttachTransferInput = z.infer<typeof attachTransferSchema>;

export const dismissTransferSchema = z.strictObject({ note: note("note").describe("why it is set aside (refunded, a test, a gift)") });
export const resolveFlagSchema = z.strictObject({
  note: note("note").describe("what was done (refunded outside the shop, acknowledged, …)"),
});

const STATES = ["open", "resolved", "all"] as const;
const state = z.enum(STATES, "state must be open, resolved or all").default("open");

export const transferListQuerySchema = z.strictObject({
  state: z.enum(["open", "all"], "state must be open or all").default("open"),
  limit: pageSize,
});
export const flaggedListQuerySchema = z.strictObject({
  state,
  cursor: z.uuid("cursor must be an order id").optional(),
  limit: pageSize,
});
