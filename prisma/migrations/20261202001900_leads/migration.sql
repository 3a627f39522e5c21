-- CreateEnum
CREATE TYPE "LeadStatus" AS ENUM ('NEW', 'OFFERED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'CONVERTED', 'LOST');

-- CreateEnum
CREATE TYPE "LeadSource" AS ENUM ('WEBSITE', 'EVENT', 'CAMPAIGN', 'REFERRAL', 'INBOUND_CALL', 'OTHER');

-- CreateEnum
CREATE TYPE "LeadOfferStatus" AS ENUM ('OFFERED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "LeadRule" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "territoryId" TEXT,
    "minTierId" TEXT,
    "partnerType" "PartnerType",
    "capacity" INTEGER,
    "slaHours" INTEGER NOT NULL DEFAULT 48,
    "lastPartnerId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LeadRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lead" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT,
    "status" "LeadStatus" NOT NULL DEFAULT 'NEW',
    "company" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "domain" TEXT,
    "country" CHAR(2),
    "region" TEXT,
    "regionKey" TEXT,
    "postalCode" TEXT,
    "industry" TEXT,
    "territoryId" TEXT,
    "territoryPath" TEXT,
    "source" "LeadSource" NOT NULL,
    "products" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "valueMinor" BIGINT,
    "currency" CHAR(3) NOT NULL,
    "notes" TEXT,
    "lostReason" TEXT,
    "registrationId" TEXT,
    "createdByUserId" TEXT,
    "createdByName" TEXT NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Lead_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeadOffer" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "leadId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "ruleId" TEXT,
    "status" "LeadOfferStatus" NOT NULL DEFAULT 'OFFERED',
    "offeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "respondedAt" TIMESTAMP(3),
    "respondedByName" TEXT,
    "declineReason" TEXT,
    "explanation" JSONB NOT NULL,

    CONSTRAINT "LeadOffer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LeadRule_tenantId_position_idx" ON "LeadRule"("tenantId", "position");

-- CreateIndex
CREATE INDEX "LeadRule_tenantId_territoryId_idx" ON "LeadRule"("tenantId", "territoryId");

-- CreateIndex
CREATE INDEX "LeadRule_tenantId_minTierId_idx" ON "LeadRule"("tenantId", "minTierId");

-- CreateIndex
CREATE UNIQUE INDEX "LeadRule_tenantId_id_key" ON "LeadRule"("tenantId", "id");

-- CreateIndex
CREATE INDEX "Lead_tenantId_createdAt_idx" ON "Lead"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "Lead_tenantId_status_createdAt_idx" ON "Lead"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Lead_tenantId_partnerId_status_idx" ON "Lead"("tenantId", "partnerId", "status");

-- CreateIndex
CREATE INDEX "Lead_company_trgm_idx" ON "Lead" USING GIN ("company" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Lead_tenantId_territoryId_idx" ON "Lead"("tenantId", "territoryId");

-- CreateIndex
CREATE UNIQUE INDEX "Lead_tenantId_id_key" ON "Lead"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Lead_tenantId_registrationId_key" ON "Lead"("tenantId", "registrationId");

-- CreateIndex
CREATE INDEX "LeadOffer_tenantId_leadId_offeredAt_idx" ON "LeadOffer"("tenantId", "leadId", "offeredAt");

-- CreateIndex
CREATE INDEX "LeadOffer_tenantId_partnerId_offeredAt_idx" ON "LeadOffer"("tenantId", "partnerId", "offeredAt");

-- CreateIndex
CREATE INDEX "LeadOffer_status_dueAt_idx" ON "LeadOffer"("status", "dueAt");

-- CreateIndex
CREATE INDEX "LeadOffer_tenantId_ruleId_idx" ON "LeadOffer"("tenantId", "ruleId");

-- CreateIndex
CREATE UNIQUE INDEX "LeadOffer_tenantId_id_key" ON "LeadOffer"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "LeadRule" ADD CONSTRAINT "LeadRule_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadRule" ADD CONSTRAINT "LeadRule_tenantId_territoryId_fkey" FOREIGN KEY ("tenantId", "territoryId") REFERENCES "Territory"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "LeadRule" ADD CONSTRAINT "LeadRule_tenantId_minTierId_fkey" FOREIGN KEY ("tenantId", "minTierId") REFERENCES "ProgramTier"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_tenantId_territoryId_fkey" FOREIGN KEY ("tenantId", "territoryId") REFERENCES "Territory"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_tenantId_registrationId_fkey" FOREIGN KEY ("tenantId", "registrationId") REFERENCES "DealRegistration"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "LeadOffer" ADD CONSTRAINT "LeadOffer_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadOffer" ADD CONSTRAINT "LeadOffer_tenantId_leadId_fkey" FOREIGN KEY ("tenantId", "leadId") REFERENCES "Lead"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadOffer" ADD CONSTRAINT "LeadOffer_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "LeadOffer" ADD CONSTRAINT "LeadOffer_tenantId_ruleId_fkey" FOREIGN KEY ("tenantId", "ruleId") REFERENCES "LeadRule"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: Lead
ALTER TABLE "Lead" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Lead" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Lead" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "Lead" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "Lead" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "Lead" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "Lead" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- Distribution rules: the vendor's alone (a partner never learns how leads are routed;
-- a partner's decline redistributes in the system's scope).
ALTER TABLE "LeadRule" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "LeadRule" FORCE ROW LEVEL SECURITY;
CREATE POLICY vendor_only ON "LeadRule" USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor());

-- Offers: the standard tenant and partner rules, plus the worker, which reads the open
-- offers of every tenant to find those past their deadline (then works each tenant as the
-- system). The partner rule lets the worker's reads through; it writes nothing here.
ALTER TABLE "LeadOffer" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "LeadOffer" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "LeadOffer" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY worker_open_offers ON "LeadOffer" FOR SELECT USING (app_is_worker() AND "status" = 'OFFERED');
CREATE POLICY partner_isolation ON "LeadOffer" AS RESTRICTIVE
  USING ((SELECT app_is_vendor()) OR (SELECT app_is_worker()) OR "partnerId" = (SELECT app_partner_id()))
  WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- A vendor previewing a partner's portal reads as that partner and writes nothing.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['LeadRule', 'LeadOffer'] LOOP
    EXECUTE format('CREATE POLICY preview_no_insert ON %I AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview())', t);
    EXECUTE format('CREATE POLICY preview_no_update ON %I AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview())', t);
    EXECUTE format('CREATE POLICY preview_no_delete ON %I AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview())', t);
  END LOOP;
END $$;
