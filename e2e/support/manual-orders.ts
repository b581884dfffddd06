// Paid manual-delivery orders for the console's delivery test (e2e/admin-kinds.spec.ts), made
// once before any test runs. The product is listed only while its orders are placed (orders
// need that) and unlisted before the first test starts, so the catalogue tests running beside
// the console's never see it.
import { randomBytes, randomUUID } from "node:crypto";
import Database from "better-sqlite3";

export type SeededOrder = { id: string; token: string };

/** A manual-delivery copy of the demo's streaming product, straight into the database file. */
function setProductListed(databaseFile: string, id: string, listed: boolean): void {
  const db = new Database(databaseFile);
  try {
    if (!listed) {
      db.prepare(`UPDATE "products" SET "listed" = 0 WHERE "id" = ?`).run(id);
      return;
    }
    const copied = db
      .prepare(
        `INSERT INTO "products" ("id", "slug", "nameZh", "nameEn", "descriptionZh", "descriptionEn", "categoryId", "priceFen",
           "minQuantity", "maxQuantity", "delimiter", "listed", "sortOrder", "createdAt", "updatedAt", "lowStockThreshold", "kind")
         SELECT ?, ?, '代充会员（人工发货）', 'Membership top-up (manual delivery)', "descriptionZh", "descriptionEn", "categoryId", "priceFen",
           "minQuantity", "maxQuantity", "delimiter", 1, 100000, "createdAt", "updatedAt", "lowStockThreshold", 'manual'
         FROM "products" WHERE "slug" = 'streaming-month'`,
      )
      .run(id, `manual-${randomBytes(4).toString("hex")}`);
    if (copied.changes !== 1) throw new Error("the demo's streaming product was not found");
  } finally {
    db.close();
  }
}

/** The demo shopper buys the manual product `count` times from the balance: each paid, waiting for the operator. */
export async function seedPaidManualOrders(
  baseUrl: string,
  databaseFile: string,
  shopper: { email: string; password: string },
  count: number,
): Promise<SeededOrder[]> {
  const productId = randomUUID();
  setProductListed(databaseFile, productId, true);
  try {
    const headers = { "content-type": "application/json", "x-forwarded-for": "10.255.255.2" };
    const post = async (path: string, body: unknown, extra: Record<string, string> = {}) => {
      const response = await fetch(baseUrl + path, { method: "POST", headers: { ...headers, ...extra }, body: JSON.stringify(body) });
      const answer = (await response.json()) as Record<string, any>;
      if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(answer)}`);
      return answer;
    };
    const { token } = await post("/api/auth/login", shopper);
    const orders: SeededOrder[] = [];
    for (let i = 0; i < count; i++) {
      const created = await post(
        "/api/orders/create",
        { productId, quantity: 1, contactEmail: `buyer-${randomBytes(4).toString("hex")}@example.com`, paymentMethod: "balance_cny" },
        { authorization: `Bearer ${token}` },
      );
      if (created.order?.status !== "paid") throw new Error(`a manual order was not paid: ${JSON.stringify(created)}`);
      orders.push({ id: created.order.id as string, token: created.access_token as string });
    }
    return orders;
  } finally {
    setProductListed(databaseFile, productId, false);
  }
}
