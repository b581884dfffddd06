-- AlterTable
ALTER TABLE "orders" ADD COLUMN "paymentFlag" TEXT;

-- CreateTable
CREATE TABLE "chain_transfers" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventKey" TEXT NOT NULL,
    "chain" TEXT NOT NULL,
    "coin" TEXT NOT NULL,
    "txHash" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "amount" TEXT NOT NULL,
    "blockNumber" BIGINT,
    "blockTime" DATETIME NOT NULL,
    "confirmations" INTEGER NOT NULL DEFAULT 0,
    "required" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'seen',
    "orderId" TEXT,
    "outcome" TEXT,
    "resolvedAt" DATETIME,
    "resolution" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "chain_watchers" (
    "chain" TEXT NOT NULL PRIMARY KEY,
    "cursor" TEXT NOT NULL DEFAULT '{}',
    "failingSince" DATETIME,
    "lastError" TEXT,
    "lastOkAt" DATETIME
);

-- CreateTable
CREATE TABLE "btc_derivations" (
    "keyHash" TEXT NOT NULL PRIMARY KEY,
    "nextIndex" INTEGER NOT NULL DEFAULT 0
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_payment_addresses" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coin" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "source" TEXT NOT NULL DEFAULT 'admin'
);
INSERT INTO "new_payment_addresses" ("active", "address", "coin", "demo", "id") SELECT "active", "address", "coin", "demo", "id" FROM "payment_addresses";
DROP TABLE "payment_addresses";
ALTER TABLE "new_payment_addresses" RENAME TO "payment_addresses";
CREATE UNIQUE INDEX "payment_addresses_coin_address_key" ON "payment_addresses"("coin", "address");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "chain_transfers_eventKey_key" ON "chain_transfers"("eventKey");

-- CreateIndex
CREATE INDEX "chain_transfers_orderId_idx" ON "chain_transfers"("orderId");

-- CreateIndex
CREATE INDEX "chain_transfers_chain_status_idx" ON "chain_transfers"("chain", "status");

-- CreateIndex
CREATE INDEX "chain_transfers_outcome_createdAt_idx" ON "chain_transfers"("outcome", "createdAt");

