import "server-only";
// One-time recovery codes for an operator who lost the authenticator: ten random codes shown
// once, kept only as keyed hashes; using one is a guarded update, so it works exactly once.
import { randomBytes } from "node:crypto";
import { db, transaction, type Tx } from "../db";
import { keyedHash } from "../crypto/secret-box";

const COUNT = 10;
// Crockford-style alphabet without look-alikes (0/O, 1/I/L).
const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

function newCode(): string {
  const chars = [...randomBytes(10)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

const normalise = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, "");
const hashOf = (code: string) => keyedHash(`recovery:${normalise(code)}`);

/** Replaces the user's recovery codes with ten new ones and returns them (the only time they exist in clear). */
export function issueRecoveryCodes(userId: string): Promise<string[]> {
  return transaction((tx) => replaceRecoveryCodes(tx, userId));
}

/** The same in the caller's transaction, with the change it belongs to (an operator's audit entry). */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: COUNT }, newCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashOf(code) })) });
  return codes;
}

export async function consumeRecoveryCode(userId: string, code: string): Promise<boolean> {
  if (normalise(code).length !== 10) return false;
  const { count } = await db.recoveryCode.updateMany({
    where: { userId, codeHash: hashOf(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1;
}

export async function unusedRecoveryCodes(userId: string): Promise<number> {
  return db.recoveryCode.count({ where: { userId, usedAt: null } });
}
