-- AlterTable
ALTER TABLE "topups" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'zh';

