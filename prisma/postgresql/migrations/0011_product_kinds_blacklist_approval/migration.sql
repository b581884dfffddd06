-- AlterTable
ALTER TABLE "products" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'stock',
ADD COLUMN     "shownStock" INTEGER;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "apiOrders" TEXT NOT NULL DEFAULT 'open';

-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "deliveredItems" TEXT,
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'stock';

-- CreateTable
CREATE TABLE "blacklist_entries" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "blacklist_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "blacklist_entries_kind_value_key" ON "blacklist_entries"("kind", "value");

