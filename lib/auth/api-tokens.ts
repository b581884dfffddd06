import "server-only";
import { db } from "../db";
import { env, isPostgres } from "../env";
import { sqliteRead } from "../db/sqlite-reader";
import { hashToken, newToken } from "../crypto/tokens";

export type AuthedUser = { id: string; email: string; role: string };

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

type TokenRow = AuthedUser & { expiresAt: Date; revokedAt: Date | null };

/**
 * `Authorization: Bearer <token>` -> the user, or null for a missing, revoked or expired
 * token. One hand-written join, on every authenticated request: on SQLite through the
 * kept-statement reader, on PostgreSQL as a raw query (a quarter of a Prisma one).
 */
export async function authenticateBearer(header: string): Promise<AuthedUser | null> {
  const token = bearerToken(header);
  if (!token) return null;
  const sql = `SELECT u."id", u."email", u."role", t."expiresAt", t."revokedAt"
    FROM "api_tokens" t JOIN "users" u ON u."id" = t."userId" WHERE t."tokenHash" = ${isPostgres ? "$1" : "?"}`;
  const rows = isPostgres
    ? await db.$queryRawUnsafe<TokenRow[]>(sql, hashToken(token))
    : sqliteRead<TokenRow>(sql, [hashToken(token)]).map((row) => ({
        ...row,
        // The SQLite reader gives Prisma's stored ISO text for dates.
        expiresAt: new Date(String(row.expiresAt)),
        revokedAt: row.revokedAt === null ? null : new Date(String(row.revokedAt)),
      }));
  const row = rows[0];
  if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return null;
  return { id: row.id, email: row.email, role: row.role };
}
