-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "backorderedUnits" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "OrderPrioritySettings" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "tierWeight" INTEGER NOT NULL,
    "ageWeight" INTEGER NOT NULL,
    "ageDays" INTEGER NOT NULL,
    "requestedWeight" INTEGER NOT NULL,
    "requestedWindowDays" INTEGER NOT NULL,
    "valueWeight" INTEGER NOT NULL,
    "valueCapMinor" BIGINT NOT NULL,
    "priorityFlagWeight" INTEGER NOT NULL,
    "standingWeight" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrderPrioritySettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OrderPrioritySettings_tenantId_id_key" ON "OrderPrioritySettings"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "OrderPrioritySettings_tenantId_key" ON "OrderPrioritySettings"("tenantId");

-- AddForeignKey
ALTER TABLE "OrderPrioritySettings" ADD CONSTRAINT "OrderPrioritySettings_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: OrderPrioritySettings
ALTER TABLE "OrderPrioritySettings" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OrderPrioritySettings" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OrderPrioritySettings" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "OrderPrioritySettings" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "OrderPrioritySettings" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "OrderPrioritySettings" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
