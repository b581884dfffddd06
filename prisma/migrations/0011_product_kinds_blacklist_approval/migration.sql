-- Product kinds, blacklists and API-order approval. Written as ADD COLUMN (the columns are
-- at the end of their models) instead of the table rebuild `migrate diff` proposes, so a
-- large orders table is not copied.

-- CreateTable
CREATE TABLE "blacklist_entries" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- AlterTable
ALTER TABLE "products" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'stock';
ALTER TABLE "products" ADD COLUMN "shownStock" INTEGER;

-- AlterTable
ALTER TABLE "users" ADD COLUMN "apiOrders" TEXT NOT NULL DEFAULT 'open';

-- AlterTable
ALTER TABLE "orders" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'stock';
ALTER TABLE "orders" ADD COLUMN "deliveredItems" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "blacklist_entries_kind_value_key" ON "blacklist_entries"("kind", "value");
