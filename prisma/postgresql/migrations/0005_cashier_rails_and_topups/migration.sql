-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "payQr" TEXT,
ADD COLUMN     "payRail" TEXT,
ADD COLUMN     "payUrl" TEXT;

-- CreateTable
CREATE TABLE "topups" (
    "id" TEXT NOT NULL,
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
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidAt" TIMESTAMP(3),

    CONSTRAINT "topups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "topup_events" (
    "id" TEXT NOT NULL,
    "topupId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "eventKey" TEXT NOT NULL,
    "amount" TEXT,
    "outcome" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "topup_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "topups_topupNo_key" ON "topups"("topupNo");

-- CreateIndex
CREATE INDEX "topups_userId_createdAt_idx" ON "topups"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "topups_status_expiresAt_idx" ON "topups"("status", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "topup_events_eventKey_key" ON "topup_events"("eventKey");

-- AddForeignKey
ALTER TABLE "topups" ADD CONSTRAINT "topups_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "topup_events" ADD CONSTRAINT "topup_events_topupId_fkey" FOREIGN KEY ("topupId") REFERENCES "topups"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

