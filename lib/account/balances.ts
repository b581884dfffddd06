import "server-only";
import { db } from "../db";
import { errors } from "../api/app-error";

export type Balances = { cnyFen: bigint; usdtMicro: bigint };

/** The signed-in user's cached balances (the ledger's running totals), in minor units. */
export async function accountBalances(userId: string): Promise<Balances> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { balanceFen: true, balanceUsdtMicro: true } });
  // A session can outlive its account (deleted by the operator): treat it as signed out.
  if (!user) throw errors.unauthorized();
  return { cnyFen: user.balanceFen, usdtMicro: user.balanceUsdtMicro };
}
