// The request shapes of /api/admin/blacklist (the console's form parses the same).
import { z } from "zod";
import { pageSize } from "../admin/paging";
import { BLACKLIST_KINDS } from "./blacklist-kinds";

export const BLACKLIST_NOTE_MAX = 200;

export const createBlacklistEntrySchema = z.strictObject({
  kind: z.enum(BLACKLIST_KINDS, "kind must be email, domain or ip").describe("What value is: an email, an email domain or a client IP"),
  value: z.string("value is required").trim().min(1, "value is required").max(254, "value is at most 254 characters"),
  note: z.string("note must be a string").trim().max(BLACKLIST_NOTE_MAX, `note is at most ${BLACKLIST_NOTE_MAX} characters`).default(""),
});

export const blacklistQuerySchema = z.strictObject({
  kind: z.enum(BLACKLIST_KINDS, "kind must be email, domain or ip").optional(),
  q: z.string().trim().max(254).optional(),
  cursor: z.string().max(100).optional(),
  limit: pageSize,
});
