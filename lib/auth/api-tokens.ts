import "server-only";
import { db } from "../db";
import { env } from "../env";
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

export async function revokeApiToken(userId: string, tokenId: string): Promise<boolean> {
  const result = await db.apiToken.updateMany({
    where: { id: tokenId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return result.count === 1;
}

/** `Authorization: Bearer <token>` -> the user, or null for a missing, revoked or expired token. */
export async function authenticateBearer(header: string): Promise<AuthedUser | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(match[1]!) },
    select: { revokedAt: true, expiresAt: true, user: { select: { id: true, email: true, role: true } } },
  });
  if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return null;
  return row.user;
}
