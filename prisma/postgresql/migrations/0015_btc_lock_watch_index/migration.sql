-- The Bitcoin watcher reads the per-order addresses whose lock ended a bounded time ago at most
-- (lib/payments/chains/btc-watcher.ts): one index range, not every Bitcoin lock ever held.
-- CreateIndex
CREATE INDEX "crypto_amount_locks_coin_lockedUntil_idx" ON "crypto_amount_locks"("coin", "lockedUntil");
