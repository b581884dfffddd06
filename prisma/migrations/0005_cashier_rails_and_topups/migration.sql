-- AlterTable
ALTER TABLE "orders" ADD COLUMN "payQr" TEXT;
ALTER TABLE "orders" ADD COLUMN "payRail" TEXT;
ALTER TABLE "orders" ADD COLUMN "payUrl" TEXT;

-- CreateTable
CREATE TABLE "topups" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "topupNo" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "paymentMethod" TEXT NOT NULL,
    "coin" TEXT,
    "payAddress" TEXT,
    "payAmount" TEXT,
    "cnyPerUsdtMicro" BIGINT,
    "payRail" TEXT,
    "payUrl" TEXT,
    "payQr" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidAt" DATETIME,
    CONSTRAINT "topups_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "topup_events" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "topupId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "eventKey" TEXT NOT NULL,
    "amount" TEXT,
    "outcome" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "topup_events_topupId_fkey" FOREIGN KEY ("topupId") REFERENCES "topups" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "topups_topupNo_key" ON "topups"("topupNo");

-- CreateIndex
CREATE INDEX "topups_userId_createdAt_idx" ON "topups"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "topups_status_expiresAt_idx" ON "topups"("status", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "topup_events_eventKey_key" ON "topup_events"("eventKey");

