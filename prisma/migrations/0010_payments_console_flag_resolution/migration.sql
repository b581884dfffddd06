-- AlterTable
ALTER TABLE "orders" ADD COLUMN "paymentFlagNote" TEXT;
ALTER TABLE "orders" ADD COLUMN "paymentFlagResolvedAt" DATETIME;

-- CreateIndex
CREATE INDEX "orders_paymentFlag_paidAt_idx" ON "orders"("paymentFlag", "paidAt");

