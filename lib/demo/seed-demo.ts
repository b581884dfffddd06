import "server-only";
import { randomBytes } from "node:crypto";
import { db, transaction } from "../db";
import { yuanToFen } from "../money";
import { importStock } from "../stock/import-stock";
import { registerUser } from "../auth/users";
import { credit } from "../balance/ledger";
import { demoAddresses, demoCategories, demoCoupons, demoProducts } from "./demo-catalogue";
import { seedDemoImages } from "./seed-demo-images";

export type DemoCredentials = { shopper: { email: string; password: string }; operator: { email: string; password: string } };

/** Seeds the demo shop once, on an empty database. Returns the credentials to print, or null. */
export async function seedDemoIfEmpty(): Promise<DemoCredentials | null> {
  if ((await db.product.count()) > 0) return null;
  return seedDemo();
}

/** The demo catalogue, receiving addresses, coupons and two accounts (a funded shopper and an operator). */
export async function seedDemo(): Promise<DemoCredentials> {
  for (const category of demoCategories) await db.category.create({ data: category });
  const categories = new Map((await db.category.findMany()).map((c) => [c.slug, c.id]));

  for (const [index, product] of demoProducts.entries()) {
    const created = await db.product.create({
      data: {
        ...(product.id ? { id: product.id } : {}),
        slug: product.slug,
        nameZh: product.nameZh,
        nameEn: product.nameEn,
        descriptionZh: product.descriptionZh,
        descriptionEn: product.descriptionEn,
        categoryId: categories.get(product.category) ?? null,
        priceFen: yuanToFen(product.price),
        minQuantity: product.minQuantity,
        maxQuantity: "maxQuantity" in product ? (product.maxQuantity as number) : 200,
        sortOrder: index,
        tiers: { create: product.tiers.map((tier) => ({ minQuantity: tier.minQuantity, priceFen: yuanToFen(tier.price) })) },
      },
    });
    if (product.lines.length) await importStock(created.id, product.lines);
    await seedDemoImages(created.id, product.slug);
  }

  for (const address of demoAddresses) await db.paymentAddress.create({ data: { ...address, demo: true, source: "demo" } });
  for (const { productSlug, ...coupon } of demoCoupons) {
    const productId = productSlug ? (await db.product.findUnique({ where: { slug: productSlug } }))?.id : undefined;
    await db.coupon.create({ data: { ...coupon, productId: productId ?? null } });
  }

  const credentials: DemoCredentials = {
    shopper: { email: "demo@example.com", password: randomBytes(9).toString("base64url") },
    operator: { email: "admin@example.com", password: randomBytes(12).toString("base64url") },
  };
  const shopper = await registerUser(credentials.shopper);
  await registerUser(credentials.operator, "admin");
  await transaction(async (tx) => {
    await credit(tx, { userId: shopper.id, currency: "CNY", amount: 100_000n, reason: "demo_grant" });
    await credit(tx, { userId: shopper.id, currency: "USDT", amount: 200_000_000n, reason: "demo_grant" });
  });
  return credentials;
}
