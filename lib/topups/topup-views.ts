import "server-only";
import { db } from "../db";
import { AppError } from "../api/app-error";
import { askProviderSoon } from "../payments/cashier/recover-payment";
import { TOPUP_NUMBER_PATTERN } from "./topup-number";
import { topupDto, topupPaymentDto } from "./topup-dto";

/** One of the user's top-ups, by id or number; anyone else's reads as not found. A pending cashier one asks its provider too. */
export async function ownTopup(userId: string, idOrNumber: string) {
  const topup = userId
    ? await db.topup.findUnique({ where: TOPUP_NUMBER_PATTERN.test(idOrNumber) ? { topupNo: idOrNumber } : { id: idOrNumber } })
    : null;
  if (!topup || topup.userId !== userId) throw new AppError("not_found", "Top-up not found");
  if (topup.status === "pending" && topup.payRail) askProviderSoon(topup.payRail, topup.topupNo);
  return { topup: topupDto(topup), payment: topupPaymentDto(topup) };
}

export const TOPUPS_SHOWN = 10;

/** The user's newest top-ups, for the account page. */
export async function recentTopups(userId: string, limit = TOPUPS_SHOWN) {
  const rows = await db.topup.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
  return rows.map(topupDto);
}

/** Unpaid top-ups past their time are marked expired (a payment arriving later is still credited). */
export async function expireOverdueTopups(now = new Date()): Promise<number> {
  const result = await db.topup.updateMany({ where: { status: "pending", expiresAt: { lte: now } }, data: { status: "expired" } });
  return result.count;
}
