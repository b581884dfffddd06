-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_topups" (
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
    "locale" TEXT NOT NULL DEFAULT 'zh',
    CONSTRAINT "topups_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_topups" ("amount", "cnyPerUsdtMicro", "coin", "createdAt", "currency", "expiresAt", "id", "paidAt", "payAddress", "payAmount", "payQr", "payRail", "payUrl", "paymentMethod", "status", "topupNo", "userId") SELECT "amount", "cnyPerUsdtMicro", "coin", "createdAt", "currency", "expiresAt", "id", "paidAt", "payAddress", "payAmount", "payQr", "payRail", "payUrl", "paymentMethod", "status", "topupNo", "userId" FROM "topups";
DROP TABLE "topups";
ALTER TABLE "new_topups" RENAME TO "topups";
CREATE UNIQUE INDEX "topups_topupNo_key" ON "topups"("topupNo");
CREATE INDEX "topups_userId_createdAt_idx" ON "topups"("userId", "createdAt");
CREATE INDEX "topups_status_expiresAt_idx" ON "topups"("status", "expiresAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

