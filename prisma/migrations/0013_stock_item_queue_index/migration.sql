-- The reservation starts its scan at the product's first available item (MIN(id) read from this
-- index alone): PostgreSQL's planner otherwise walked the primary key past every item sold before it.
-- DropIndex
DROP INDEX "stock_items_productId_status_idx";

-- CreateIndex
CREATE INDEX "stock_items_productId_status_id_idx" ON "stock_items"("productId", "status", "id");
