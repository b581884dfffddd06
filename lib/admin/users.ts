import "server-only";
// The operator's user management: search, one account with its ledger, balance adjustments
// (a ledger entry each, never below zero), disabling an account and ending its sessions.
import { z } from "zod";
import { db, transaction } from "../db";
import { AppError } from "../api/app-error";
import { credit, debit, type Currency } from "../balance/ledger";
import { endAllSessions } from "../auth/end-sessions";
import { resetTwoFactor } from "../auth/two-factor";
import { fenToYuan, formatDecimal } from "../money";
import { recordAudit } from "./audit";
import type { Actor } from "./actor";
import type { balanceAdjustmentSchema } from "./request-schemas";
import { pageSize, type Page } from "./paging";
import type { apiOrdersSchema } from "../orders/api-order-approval";

export const ADJUSTMENT_REASON = "adjustment";
const DECIMALS: Record<Currency, number> = { CNY: 2, USDT: 6 };

export const userListQuerySchema = z.strictObject({
  q: z.string().trim().max(254).optional().describe("part of the email"),
  role: z.enum(["customer", "admin"], "role must be customer or admin").optional(),
  cursor: z.string().max(200).optional(),
  limit: pageSize,
});

const notFound = () => new AppError("not_found", "User not found");

const cursorOf = (row: { createdAt: Date; id: string }) => Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
function afterCursor(cursor: string | undefined) {
  if (!cursor) return {};
  const [at, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(at ?? "");
  if (!id || Number.isNaN(createdAt.getTime())) return {};
  return { createdAt: { lte: createdAt }, NOT: { createdAt, id: { gte: id } } };
}

type UserRow = {
  id: string;
  email: string;
  role: string;
  balanceFen: bigint;
  balanceUsdtMicro: bigint;
  createdAt: Date;
  disabledAt: Date | null;
  totpEnabledAt: Date | null;
  apiOrders: string;
};
const userSelect = {
  id: true,
  email: true,
  role: true,
  balanceFen: true,
  balanceUsdtMicro: true,
  createdAt: true,
  disabledAt: true,
  totpEnabledAt: true,
  apiOrders: true,
} as const;

function userDto(row: UserRow) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    balance: fenToYuan(row.balanceFen),
    balance_crypto: formatDecimal(row.balanceUsdtMicro, 6),
    created_at: row.createdAt.toISOString(),
    disabled_at: row.disabledAt?.toISOString() ?? null,
    two_factor: row.totpEnabledAt !== null,
    // Whether the account's API tokens may place balance orders (lib/orders/api-order-approval.ts).
    api_orders: row.apiOrders,
  };
}
export type AdminUserDto = ReturnType<typeof userDto>;

export async function listUsers(query: z.infer<typeof userListQuerySchema>): Promise<Page<AdminUserDto>> {
  const rows = await db.user.findMany({
    where: {
      AND: [
        query.q ? { email: { contains: query.q.toLowerCase() } } : {},
        query.role ? { role: query.role } : {},
        afterCursor(query.cursor),
      ],
    },
    select: userSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return { items: page.map(userDto), next_cursor: rows.length > query.limit ? cursorOf(page.at(-1)!) : null };
}

export async function getAdminUserOrThrow(id: string) {
  const row = await db.user.findUnique({ where: { id }, select: userSelect });
  if (!row) throw notFound();
  const [orders, liveTokens] = await Promise.all([
    db.order.count({ where: { userId: id } }),
    db.apiToken.count({ where: { userId: id, revokedAt: null, expiresAt: { gt: new Date() } } }),
  ]);
  return { ...userDto(row), orders, live_tokens: liveTokens };
}

export const ledgerQuerySchema = z.strictObject({ cursor: z.string().max(200).optional(), limit: pageSize });

export async function userLedger(userId: string, query: z.infer<typeof ledgerQuerySchema>) {
  if (!(await db.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw notFound();
  const rows = await db.ledgerEntry.findMany({
    where: { AND: [{ userId }, afterCursor(query.cursor)] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((row) => {
      const decimals = DECIMALS[row.currency as Currency] ?? 2;
      return {
        id: row.id,
        currency: row.currency,
        amount: formatDecimal(row.amount, decimals),
        balance_after: formatDecimal(row.balanceAfter, decimals),
        reason: row.reason,
        reference: row.reference,
        created_at: row.createdAt.toISOString(),
      };
    }),
    next_cursor: rows.length > query.limit ? cursorOf(page.at(-1)!) : null,
  };
}

/** A credit or a debit with its ledger entry; a debit never takes the balance below zero (`Insufficient balance`). */
export async function adjustBalance(actor: Actor, userId: string, input: z.infer<typeof balanceAdjustmentSchema>) {
  return transaction(async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw notFound();
    const movement = { userId, currency: input.currency, reason: ADJUSTMENT_REASON, reference: input.reason };
    const balanceAfter =
      input.units > 0n ? await credit(tx, { ...movement, amount: input.units }) : await debit(tx, { ...movement, amount: -input.units });
    const decimals = DECIMALS[input.currency];
    const after = {
      currency: input.currency,
      amount: formatDecimal(input.units, decimals),
      balance_after: formatDecimal(balanceAfter, decimals),
      reason: input.reason,
    };
    await recordAudit(tx, actor, { action: "user.balance_adjust", entityType: "user", entityId: userId, after });
    return after;
  });
}

/** Disables (or re-enables) an account; disabling ends its sessions and revokes its tokens. */
export async function setUserDisabled(actor: Actor, userId: string, disabled: boolean): Promise<AdminUserDto> {
  if (disabled && userId === actor.id) throw new AppError("validation", "You cannot disable your own account");
  return transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: userSelect });
    if (!before) throw notFound();
    const row = await tx.user.update({
      where: { id: userId },
      data: { disabledAt: disabled ? (before.disabledAt ?? new Date()) : null },
      select: userSelect,
    });
    if (disabled) await endAllSessions(tx, userId);
    await recordAudit(tx, actor, {
      action: disabled ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: userId,
      before: userDto(before),
      after: userDto(row),
    });
    return userDto(row);
  });
}

/** Ends every session of the account and revokes all its API tokens. */
export async function revokeUserTokens(actor: Actor, userId: string): Promise<{ revoked: number }> {
  return transaction(async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw notFound();
    const revoked = await tx.apiToken.count({ where: { userId, revokedAt: null } });
    await endAllSessions(tx, userId);
    await recordAudit(tx, actor, { action: "user.revoke_tokens", entityType: "user", entityId: userId, after: { revoked } });
    return { revoked };
  });
}

/** Turns two-factor off for an operator who lost the authenticator and the recovery codes. */
export async function resetUserTwoFactor(actor: Actor, userId: string): Promise<{ two_factor: false }> {
  return transaction(async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw notFound();
    await resetTwoFactor(tx, userId);
    await recordAudit(tx, actor, { action: "user.reset_two_factor", entityType: "user", entityId: userId, after: { two_factor: false } });
    return { two_factor: false as const };
  });
}

/** Whether the account's API tokens may place balance orders; takes effect on its next request. */
export async function setUserApiOrders(actor: Actor, userId: string, input: z.infer<typeof apiOrdersSchema>): Promise<AdminUserDto> {
  return transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: userSelect });
    if (!before) throw notFound();
    const row = await tx.user.update({ where: { id: userId }, data: { apiOrders: input.api_orders }, select: userSelect });
    await recordAudit(tx, actor, {
      action: "user.api_orders",
      entityType: "user",
      entityId: userId,
      before: { api_orders: before.apiOrders },
      after: { api_orders: row.apiOrders },
    });
    return userDto(row);
  });
}
