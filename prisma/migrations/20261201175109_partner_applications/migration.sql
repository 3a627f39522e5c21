-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "partnerApplicationsOpen" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "PartnerApplication" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'PENDING',
    "companyName" TEXT NOT NULL,
    "taxId" TEXT NOT NULL,
    "taxIdKey" TEXT NOT NULL,
    "pendingKey" TEXT,
    "partnerType" "PartnerType" NOT NULL,
    "country" CHAR(2) NOT NULL,
    "region" TEXT,
    "website" TEXT,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "contactPhone" TEXT,
    "expectedVolumeMinor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "brands" TEXT[],
    "locale" TEXT NOT NULL DEFAULT 'en',
    "decisionReason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "partnerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerApplication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PartnerApplication_tenantId_status_createdAt_idx" ON "PartnerApplication"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "PartnerApplication_tenantId_createdAt_idx" ON "PartnerApplication"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "PartnerApplication_tenantId_companyName_idx" ON "PartnerApplication"("tenantId", "companyName");

-- CreateIndex
CREATE INDEX "PartnerApplication_tenantId_taxIdKey_idx" ON "PartnerApplication"("tenantId", "taxIdKey");

-- CreateIndex
CREATE INDEX "PartnerApplication_tenantId_partnerId_idx" ON "PartnerApplication"("tenantId", "partnerId");

-- CreateIndex
CREATE INDEX "PartnerApplication_companyName_trgm_idx" ON "PartnerApplication" USING GIN ("companyName" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "PartnerApplication_tenantId_id_key" ON "PartnerApplication"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerApplication_tenantId_pendingKey_key" ON "PartnerApplication"("tenantId", "pendingKey");

-- AddForeignKey
ALTER TABLE "PartnerApplication" ADD CONSTRAINT "PartnerApplication_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerApplication" ADD CONSTRAINT "PartnerApplication_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: PartnerApplication
ALTER TABLE "PartnerApplication" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PartnerApplication" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PartnerApplication" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "PartnerApplication" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "PartnerApplication" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "PartnerApplication" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "PartnerApplication" AS RESTRICTIVE USING (app_is_vendor() OR "partnerId" = app_partner_id()) WITH CHECK (app_is_vendor() OR "partnerId" = app_partner_id());
