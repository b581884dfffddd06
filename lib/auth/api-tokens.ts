import "server-only";
import { z } from "zod";
import { db } from "../db";
import { env } from "../env";
import { hotRead } from "../db/sqlite-reader";
import { sqliteDate, sqliteDateOrNull } from "../db/sqlite-values";
import { hashToken, newToken } from "../crypto/tokens";
import { AppError } from "../api/app-error";

/** `apiOrders` is known for a bearer token's user only (lib/orders/api-order-approval.ts). */
export type AuthedUser = { id: string; email: string; role: string; apiOrders?: string };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Issues an opaque bearer token; only its hash is stored. The token itself is returned once. */
export async function issueApiToken(userId: string, name = "api"): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken("slu");
  const expiresAt = new Date(Date.now() + env.API_TOKEN_TTL_DAYS * DAY_MS);
  await db.apiToken.create({ data: { userId, name, tokenHash: hashToken(token), expiresAt } });
  return { token, expiresAt };
}

function bearerToken(header: string): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
}

/** Logout: the token in this `Authorization: Bearer` header stops working at once. */
export async function revokePresentedToken(header: string): Promise<void> {
  const token = bearerToken(header);
  if (!token) return;
  await db.apiToken.updateMany({ where: { tokenHash: hashToken(token), revokedAt: null }, data: { revokedAt: new Date() } });
}

/** A label the owner gives a token in the account area. */
export const apiTokenNameSchema = z
  .string("name must be a string")
  .trim()
  .min(1, "name is required")
  .max(60, "name is at most 60 characters");

export type ApiTokenView = { id: string; name: string; createdAt: Date; expiresAt: Date; expired: boolean };

/** The user's live (unrevoked) tokens, newest first: never the secret or its hash. */
export async function listApiTokens(userId: string, limit = 50): Promise<ApiTokenView[]> {
  const rows = await db.apiToken.findMany({
    where: { userId, revokedAt: null },
    select: { id: true, name: true, createdAt: true, expiresAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  const now = Date.now();
  return rows.map((row) => ({ ...row, expired: row.expiresAt.getTime() <= now }));
}

/**
 * Revokes one of the user's own tokens. The owner is part of the guarded update, so another
 * user's token id (or an unknown, or already revoked one) changes nothing and answers
 * `not_found` — the same answer, so ids of other users' tokens cannot be probed.
 */
export async function revokeApiToken(userId: string, tokenId: string): Promise<void> {
  if (!userId) throw new Error("revokeApiToken needs a user id");
  const { count } = await db.apiToken.updateMany({ where: { id: tokenId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count !== 1) throw new AppError("not_found", "Token not found");
}

type TokenRow = AuthedUser & { expiresAt: Date; revokedAt: Date | null };

/**
 * `Authorization: Bearer <token>` -> the user, or null for a missing, revoked or expired
 * token, or one of a disabled account. One hand-written join, on every authenticated
 * request (a hot read: see lib/db/sqlite-reader.ts).
 */
export async function authenticateBearer(header: string): Promise<AuthedUser | null> {
  const token = bearerToken(header);
  if (!token) return null;
  const rows = await hotRead<TokenRow>(
    `SELECT u."id", u."email", u."role", u."apiOrders", t."expiresAt", t."revokedAt"
     FROM "api_tokens" t JOIN "users" u ON u."id" = t."userId" WHERE t."tokenHash" = ? AND u."disabledAt" IS NULL`,
    [hashToken(token)],
    (row) => ({ ...(row as TokenRow), expiresAt: sqliteDate(row.expiresAt), revokedAt: sqliteDateOrNull(row.revokedAt) }),
  );
  const row = rows[0];
  if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return null;
  return { id: row.id, email: row.email, role: row.role, apiOrders: row.apiOrders };
}
