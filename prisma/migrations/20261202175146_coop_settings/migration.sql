-- CreateTable
CREATE TABLE "CoopSettings" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "requestSlaHours" INTEGER NOT NULL DEFAULT 72,
    "claimSlaHours" INTEGER NOT NULL DEFAULT 72,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CoopSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CoopSettings_tenantId_id_key" ON "CoopSettings"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CoopSettings_tenantId_key" ON "CoopSettings"("tenantId");

-- AddForeignKey
ALTER TABLE "CoopSettings" ADD CONSTRAINT "CoopSettings_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: CoopSettings
ALTER TABLE "CoopSettings" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CoopSettings" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CoopSettings" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "CoopSettings" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "CoopSettings" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "CoopSettings" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());

-- Hand-written: the vendor's settings — a partner's session neither reads nor writes them
-- (the service asks coop.read / coop.manage first; this is the second wall).
CREATE POLICY vendor_only ON "CoopSettings" AS RESTRICTIVE USING ((SELECT app_is_vendor())) WITH CHECK ((SELECT app_is_vendor()));

-- Review targets are whole hours from 1 to 720 (lib/coop/schema.ts coopSettingsSchema).
ALTER TABLE "CoopSettings" ADD CONSTRAINT "CoopSettings_sla_hours" CHECK ("requestSlaHours" BETWEEN 1 AND 720 AND "claimSlaHours" BETWEEN 1 AND 720);
