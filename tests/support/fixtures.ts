// Test data made through the same services the shop uses; every test makes its own.
import { randomUUID } from "node:crypto";
import { db, transaction } from "@/lib/db";
import { importStock } from "@/lib/stock/import-stock";
import { registerUser } from "@/lib/auth/users";
import { credit } from "@/lib/balance/ledger";
import { issueApiToken } from "@/lib/auth/api-tokens";

const unique = () => randomUUID().slice(0, 8);

export async function makeProduct(
  options: {
    priceFen?: bigint;
    minQuantity?: number;
    maxQuantity?: number;
    stock?: number;
    lines?: string[];
    tiers?: { minQuantity: number; priceFen: bigint }[];
    listed?: boolean;
    delimiter?: string;
  } = {},
) {
  const slug = `test-${unique()}`;
  const product = await db.product.create({
    data: {
      slug,
      nameZh: `测试商品 ${slug}`,
      nameEn: `Test product ${slug}`,
      priceFen: options.priceFen ?? 100n,
      minQuantity: options.minQuantity ?? 1,
      maxQuantity: options.maxQuantity ?? 200,
      listed: options.listed ?? true,
      sortOrder: 1000,
      delimiter: options.delimiter ?? "----",
      tiers: { create: options.tiers ?? [] },
    },
  });
  const lines =
    options.lines ?? Array.from({ length: options.stock ?? 20 }, (_, i) => `${slug}-user${i}@example.com----pw${i}----extra${i}`);
  if (lines.length) await importStock(product.id, lines);
  return product;
}

export async function makeUser(options: { balanceFen?: bigint; balanceUsdtMicro?: bigint; role?: string } = {}) {
  const email = `user-${unique()}@example.com`;
  const password = `pw-${randomUUID()}`;
  const user = await registerUser({ email, password }, options.role ?? "customer");
  await transaction(async (tx) => {
    if (options.balanceFen) await credit(tx, { userId: user.id, currency: "CNY", amount: options.balanceFen, reason: "test" });
    if (options.balanceUsdtMicro) {
      await credit(tx, { userId: user.id, currency: "USDT", amount: options.balanceUsdtMicro, reason: "test" });
    }
  });
  const { token } = await issueApiToken(user.id, "test");
  return { ...user, password, token };
}

export async function makeCoupon(options: {
  kind?: string;
  value?: number;
  remainingUses?: number | null;
  productId?: string;
  expiresAt?: Date;
}) {
  return db.coupon.create({
    data: {
      code: `T${unique().toUpperCase()}`,
      kind: options.kind ?? "fixed",
      value: options.value ?? 10,
      remainingUses: options.remainingUses === undefined ? 10 : options.remainingUses,
      productId: options.productId ?? null,
      expiresAt: options.expiresAt ?? null,
    },
  });
}

export async function stockCounts(productId: string) {
  const rows = await db.stockItem.groupBy({ by: ["status"], where: { productId }, _count: { _all: true } });
  const counts = { available: 0, reserved: 0, sold: 0 };
  for (const row of rows) counts[row.status as keyof typeof counts] = row._count._all;
  return counts;
}

export async function balances(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const ledger = await db.ledgerEntry.findMany({ where: { userId } });
  const sum = (currency: string) => ledger.filter((e) => e.currency === currency).reduce((acc, e) => acc + e.amount, 0n);
  return { cny: user.balanceFen, usdt: user.balanceUsdtMicro, ledgerCny: sum("CNY"), ledgerUsdt: sum("USDT") };
}

export { db };
