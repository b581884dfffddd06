-- AlterTable
ALTER TABLE "orders" ADD COLUMN "clientIpHash" TEXT;

-- CreateIndex
CREATE INDEX "orders_clientIpHash_status_expiresAt_idx" ON "orders"("clientIpHash", "status", "expiresAt");

-- CreateIndex
CREATE INDEX "orders_contactEmail_status_expiresAt_idx" ON "orders"("contactEmail", "status", "expiresAt");

-- CreateIndex
CREATE INDEX "orders_userId_status_expiresAt_idx" ON "orders"("userId", "status", "expiresAt");

