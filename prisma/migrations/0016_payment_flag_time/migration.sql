-- Flagged payments are listed by when their flag was raised: an order closed with part of its
-- amount received (`partial`) has no paidAt to sort by (lib/admin/payments/flagged-payments.ts).
-- AlterTable
ALTER TABLE "orders" ADD COLUMN "paymentFlaggedAt" DATETIME;

-- Existing flags were raised when their order was paid.
UPDATE "orders" SET "paymentFlaggedAt" = "paidAt" WHERE "paymentFlag" IS NOT NULL;

-- DropIndex
DROP INDEX "orders_paymentFlag_paidAt_idx";

-- CreateIndex
CREATE INDEX "orders_paymentFlag_paymentFlaggedAt_idx" ON "orders"("paymentFlag", "paymentFlaggedAt");
