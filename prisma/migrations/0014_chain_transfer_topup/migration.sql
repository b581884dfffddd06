-- A chain transfer that pays a balance top-up (its lock is held under the top-up's id) names it,
-- so the watcher credits it through confirmTopup and a Bitcoin top-up's outputs add up.
-- AlterTable
ALTER TABLE "chain_transfers" ADD COLUMN "topupId" TEXT;

-- CreateIndex
CREATE INDEX "chain_transfers_topupId_idx" ON "chain_transfers"("topupId");
