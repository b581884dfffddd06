-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "paymentFlagNote" TEXT,
ADD COLUMN     "paymentFlagResolvedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "orders_paymentFlag_paidAt_idx" ON "orders"("paymentFlag", "paidAt");

