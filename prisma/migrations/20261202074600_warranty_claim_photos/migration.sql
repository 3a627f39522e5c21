-- CreateTable
CREATE TABLE "WarrantyClaimPhoto" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WarrantyClaimPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WarrantyClaimPhoto_tenantId_fileId_idx" ON "WarrantyClaimPhoto"("tenantId", "fileId");

-- CreateIndex
CREATE UNIQUE INDEX "WarrantyClaimPhoto_tenantId_id_key" ON "WarrantyClaimPhoto"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "WarrantyClaimPhoto_tenantId_claimId_fileId_key" ON "WarrantyClaimPhoto"("tenantId", "claimId", "fileId");

-- AddForeignKey
ALTER TABLE "WarrantyClaimPhoto" ADD CONSTRAINT "WarrantyClaimPhoto_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarrantyClaimPhoto" ADD CONSTRAINT "WarrantyClaimPhoto_tenantId_claimId_fkey" FOREIGN KEY ("tenantId", "claimId") REFERENCES "WarrantyClaim"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarrantyClaimPhoto" ADD CONSTRAINT "WarrantyClaimPhoto_tenantId_fileId_fkey" FOREIGN KEY ("tenantId", "fileId") REFERENCES "FileObject"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: WarrantyClaimPhoto
ALTER TABLE "WarrantyClaimPhoto" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WarrantyClaimPhoto" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "WarrantyClaimPhoto" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "WarrantyClaimPhoto" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "WarrantyClaimPhoto" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "WarrantyClaimPhoto" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "WarrantyClaimPhoto" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));
