-- CreateIndex
CREATE INDEX "Order_tenantId_submittedAt_idx" ON "Order"("tenantId", "submittedAt");
