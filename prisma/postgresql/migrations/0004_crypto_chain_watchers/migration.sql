-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "paymentFlag" TEXT;

-- AlterTable
ALTER TABLE "payment_addresses" ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'admin';

-- CreateTable
CREATE TABLE "chain_transfers" (
    "id" TEXT NOT NULL,
    "eventKey" TEXT NOT NULL,
    "chain" TEXT NOT NULL,
    "coin" TEXT NOT NULL,
    "txHash" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "amount" TEXT NOT NULL,
    "blockNumber" BIGINT,
    "blockTime" TIMESTAMP(3) NOT NULL,
    "confirmations" INTEGER NOT NULL DEFAULT 0,
    "required" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'seen',
    "orderId" TEXT,
    "outcome" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "resolution" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "chain_transfers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chain_watchers" (
    "chain" TEXT NOT NULL,
    "cursor" TEXT NOT NULL DEFAULT '{}',
    "failingSince" TIMESTAMP(3),
    "lastError" TEXT,
    "lastOkAt" TIMESTAMP(3),

    CONSTRAINT "chain_watchers_pkey" PRIMARY KEY ("chain")
);

-- CreateTable
CREATE TABLE "btc_derivations" (
    "keyHash" TEXT NOT NULL,
    "nextIndex" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "btc_derivations_pkey" PRIMARY KEY ("keyHash")
);

-- CreateIndex
CREATE UNIQUE INDEX "chain_transfers_eventKey_key" ON "chain_transfers"("eventKey");

-- CreateIndex
CREATE INDEX "chain_transfers_orderId_idx" ON "chain_transfers"("orderId");

-- CreateIndex
CREATE INDEX "chain_transfers_chain_status_idx" ON "chain_transfers"("chain", "status");

-- CreateIndex
CREATE INDEX "chain_transfers_outcome_createdAt_idx" ON "chain_transfers"("outcome", "createdAt");

