-- CreateIndex
CREATE INDEX "Order_tenantId_status_number_idx" ON "Order"("tenantId", "status", "number");

-- CreateIndex
CREATE INDEX "Order_tenantId_partnerId_number_idx" ON "Order"("tenantId", "partnerId", "number");

-- CreateIndex
CREATE INDEX "Order_tenantId_partnerId_status_number_idx" ON "Order"("tenantId", "partnerId", "status", "number");
