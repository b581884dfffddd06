import "server-only";
// Coupons (/api/admin/coupons and the console). `value` is a whole percent for `percent`
// coupons and a CNY amount for `fixed` ones, held in fen like every other amount. A coupon
// that orders used cannot be deleted (they keep pointing at it): it is deactivated instead.
import { z } from "zod";
import { db, transaction, type Tx } from "../db";
import { AppError } from "../api/app-error";
import { isForeignKeyViolation, isUniqueViolation } from "../db/errors";
import { fenToYuan } from "../money";
import { recordAudit } from "./audit";
import type { Actor } from "./actor";
import type { couponListQuerySchema, createCouponSchema, updateCouponSchema } from "./request-schemas";
import { positivePrice } from "./money-input";
import type { Page } from "./paging";

/** The stored value: a percent as is, a fixed amount in fen. */
function storedValue(kind: string, value: number | string): number {
  if (kind === "percent") {
    const percent = Number(value);
    if (!Number.isInteger(percent) || percent < 1 || percent > 99)
      throw new AppError("validation", "value: a percent coupon takes a whole number from 1 to 99");
    return percent;
  }
  const parsed = positivePrice("value").safeParse(value);
  if (!parsed.success) throw new AppError("validation", parsed.error.issues[0]!.message);
  return Number(parsed.data);
}

type CouponRow = {
  id: string;
  code: string;
  kind: string;
  value: number;
  productId: string | null;
  remainingUses: number | null;
  usedCount: number;
  expiresAt: Date | null;
  active: boolean;
  createdAt: Date;
};

function couponDto(row: CouponRow) {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    value: row.kind === "percent" ? row.value : fenToYuan(BigInt(row.value)),
    product_id: row.productId,
    uses_left: row.remainingUses,
    used_count: row.usedCount,
    expires_at: row.expiresAt?.toISOString() ?? null,
    active: row.active,
    created_at: row.createdAt.toISOString(),
  };
}
export type CouponDto = ReturnType<typeof couponDto>;

const notFound = () => new AppError("not_found", "Coupon not found");

function mapWriteError(error: unknown): never {
  if (isUniqueViolation(error)) throw new AppError("conflict", "A coupon with this code already exists");
  if (isForeignKeyViolation(error)) throw new AppError("validation", "product_id: no such product");
  throw error;
}

async function checkProduct(tx: Tx, productId: string | null | undefined) {
  if (productId && !(await tx.product.findUnique({ where: { id: productId }, select: { id: true } }))) {
    throw new AppError("validation", "product_id: no such product");
  }
}

export async function listCoupons(query: z.infer<typeof couponListQuerySchema>): Promise<Page<CouponDto>> {
  const rows = await db.coupon.findMany({
    where: {
      AND: [
        query.q ? { code: { contains: query.q.toUpperCase() } } : {},
        query.active ? { active: query.active === "true" } : {},
        query.cursor ? { code: { gt: query.cursor } } : {},
      ],
    },
    orderBy: { code: "asc" },
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return { items: page.map(couponDto), next_cursor: rows.length > query.limit ? page.at(-1)!.code : null };
}

export async function getCouponOrThrow(id: string): Promise<CouponDto> {
  const row = await db.coupon.findUnique({ where: { id } });
  if (!row) throw notFound();
  return couponDto(row);
}

export async function createCoupon(actor: Actor, input: z.infer<typeof createCouponSchema>): Promise<CouponDto> {
  const value = storedValue(input.kind, input.value);
  try {
    return await transaction(async (tx) => {
      await checkProduct(tx, input.product_id);
      const row = await tx.coupon.create({
        data: {
          code: input.code,
          kind: input.kind,
          value,
          productId: input.product_id,
          remainingUses: input.uses_left,
          expiresAt: input.expires_at ? new Date(input.expires_at) : null,
          active: input.active,
        },
      });
      const coupon = couponDto(row);
      await recordAudit(tx, actor, { action: "coupon.create", entityType: "coupon", entityId: coupon.id, after: coupon });
      return coupon;
    });
  } catch (error) {
    mapWriteError(error);
  }
}

export async function updateCoupon(actor: Actor, id: string, input: z.infer<typeof updateCouponSchema>): Promise<CouponDto> {
  try {
    return await transaction(async (tx) => {
      const current = await tx.coupon.findUnique({ where: { id } });
      if (!current) throw notFound();
      const before = couponDto(current);
      const kind = input.kind ?? current.kind;
      // Changing the kind without a value would reinterpret the old number: ask for both.
      if (input.kind && input.kind !== current.kind && input.value === undefined)
        throw new AppError("validation", "value is required when kind changes");
      await checkProduct(tx, input.product_id);
      const row = await tx.coupon.update({
        where: { id },
        data: {
          code: input.code,
          kind: input.kind,
          value: input.value === undefined ? undefined : storedValue(kind, input.value),
          productId: input.product_id,
          remainingUses: input.uses_left,
          expiresAt: input.expires_at === undefined ? undefined : input.expires_at ? new Date(input.expires_at) : null,
          active: input.active,
        },
      });
      const after = couponDto(row);
      await recordAudit(tx, actor, { action: "coupon.update", entityType: "coupon", entityId: id, before, after });
      return after;
    });
  } catch (error) {
    mapWriteError(error);
  }
}

/** An order placed between the check and the delete fails the delete on its foreign key: then it is deactivated too. */
export async function deleteCoupon(actor: Actor, id: string): Promise<{ deleted: boolean; deactivated: boolean }> {
  try {
    return await transaction(async (tx) => {
      const current = await tx.coupon.findUnique({ where: { id } });
      if (!current) throw notFound();
      if ((await tx.order.count({ where: { couponId: id }, take: 1 })) > 0) return deactivate(tx, actor, current);
      await tx.coupon.delete({ where: { id } });
      await recordAudit(tx, actor, { action: "coupon.delete", entityType: "coupon", entityId: id, before: couponDto(current) });
      return { deleted: true, deactivated: false };
    });
  } catch (error) {
    if (!isForeignKeyViolation(error)) throw error;
    return transaction(async (tx) => {
      const current = await tx.coupon.findUnique({ where: { id } });
      if (!current) throw notFound();
      return deactivate(tx, actor, current);
    });
  }
}

async function deactivate(tx: Tx, actor: Actor, current: CouponRow) {
  const row = await tx.coupon.update({ where: { id: current.id }, data: { active: false } });
  await recordAudit(tx, actor, {
    action: "coupon.deactivate",
    entityType: "coupon",
    entityId: current.id,
    before: couponDto(current),
    after: couponDto(row),
  });
  return { deleted: false, deactivated: true };
}
