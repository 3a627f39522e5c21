-- CreateIndex
CREATE INDEX "AuditLog_tenantId_actorUserId_createdAt_idx" ON "AuditLog"("tenantId", "actorUserId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_tenantId_action_createdAt_idx" ON "AuditLog"("tenantId", "action", "createdAt");

-- CreateIndex
CREATE INDEX "Delivery_tenantId_status_createdAt_idx" ON "Delivery"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Delivery_tenantId_channel_createdAt_idx" ON "Delivery"("tenantId", "channel", "createdAt");

-- CreateIndex
CREATE INDEX "Delivery_tenantId_nextAttemptAt_idx" ON "Delivery"("tenantId", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Delivery_tenantId_attempts_idx" ON "Delivery"("tenantId", "attempts");

-- CreateIndex
CREATE INDEX "Membership_tenantId_role_idx" ON "Membership"("tenantId", "role");

-- CreateIndex
CREATE INDEX "Membership_tenantId_status_idx" ON "Membership"("tenantId", "status");

-- CreateIndex
CREATE INDEX "Membership_tenantId_createdAt_idx" ON "Membership"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "Partner_tenantId_type_idx" ON "Partner"("tenantId", "type");

-- CreateIndex
CREATE INDEX "Partner_tenantId_country_idx" ON "Partner"("tenantId", "country");

-- CreateIndex
CREATE INDEX "Partner_tenantId_tier_idx" ON "Partner"("tenantId", "tier");

-- CreateIndex
CREATE INDEX "Partner_tenantId_createdAt_idx" ON "Partner"("tenantId", "createdAt");
