-- DropIndex
DROP INDEX "Order_tenantId_partnerId_status_idx";

-- CreateIndex
CREATE INDEX "Order_tenantId_partnerId_status_createdAt_idx" ON "Order"("tenantId", "partnerId", "status", "createdAt");
