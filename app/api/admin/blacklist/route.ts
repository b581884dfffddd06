// GET /api/admin/blacklist — blacklist entries (kind filter, search, cursor paging); POST adds one (201).
import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/with-api";
import { parseQuery } from "@/lib/api/parse-query";
import { actorOf } from "@/lib/admin/actor";
import { addBlacklistEntry, listBlacklist } from "@/lib/admin/blacklist";
import { blacklistQuerySchema, createBlacklistEntrySchema } from "@/lib/blacklist/blacklist-schemas";

export const GET = withApi({ access: "admin" }, async ({ query }) => {
  const { items, next_cursor } = await listBlacklist(parseQuery(blacklistQuerySchema, query));
  return { entries: items, next_cursor };
});

export const POST = withApi({ access: "admin", body: createBlacklistEntrySchema }, async (ctx) =>
  NextResponse.json({ success: true, entry: await addBlacklistEntry(actorOf(ctx), ctx.body) }, { status: 201 }),
);
