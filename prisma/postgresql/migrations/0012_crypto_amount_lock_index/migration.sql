-- CreateIndex
CREATE INDEX "crypto_amount_locks_coin_amount_lockedUntil_idx" ON "crypto_amount_locks"("coin", "amount", "lockedUntil");

