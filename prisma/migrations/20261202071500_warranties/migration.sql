-- CreateEnum
CREATE TYPE "WarrantyStartRule" AS ENUM ('SHIPMENT', 'REGISTRATION', 'SALE');

-- CreateEnum
CREATE TYPE "WarrantyUnitSource" AS ENUM ('SHIPMENT', 'IMPORT', 'REPLACEMENT');

-- CreateEnum
CREATE TYPE "WarrantyClaimStatus" AS ENUM ('FILED', 'ELIGIBILITY_CHECKED', 'INFO_REQUESTED', 'APPROVED', 'REJECTED', 'RMA_ISSUED', 'RECEIVED', 'REPAIRED', 'REPLACED', 'CREDITED', 'CLOSED');

-- CreateTable
CREATE TABLE "WarrantyPolicy" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "partnerId" TEXT,
    "productId" TEXT,
    "familyId" TEXT,
    "months" INTEGER NOT NULL,
    "coversParts" BOOLEAN NOT NULL DEFAULT true,
    "coversLabour" BOOLEAN NOT NULL DEFAULT true,
    "coversOnSite" BOOLEAN NOT NULL DEFAULT false,
    "startRule" "WarrantyStartRule" NOT NULL DEFAULT 'SHIPMENT',
    "latestStartMonths" INTEGER,
    "requiresRegistration" BOOLEAN NOT NULL DEFAULT false,
    "termsEn" TEXT,
    "termsEs" TEXT,
    "passThrough" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WarrantyPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarrantyExtensionOffer" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "months" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WarrantyExtensionOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarrantyUnit" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "serial" TEXT NOT NULL,
    "source" "WarrantyUnitSource" NOT NULL,
    "shippedSerialId" TEXT,
    "shippedOn" DATE NOT NULL,
    "policyId" TEXT,
    "replacesUnitId" TEXT,
    "endCustomerName" TEXT,
    "endCustomerEmail" TEXT,
    "endCustomerLocale" TEXT,
    "saleOn" DATE,
    "registeredOn" DATE,
    "installationSite" TEXT,
    "registeredByUserId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WarrantyUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarrantyExtension" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "months" INTEGER NOT NULL,
    "reference" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WarrantyExtension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarrantyClaim" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "WarrantyClaimStatus" NOT NULL DEFAULT 'FILED',
    "openUnitId" TEXT,
    "failureCode" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "coverage" JSONB NOT NULL,
    "rmaNumber" TEXT,
    "returnInstructions" TEXT,
    "replacementUnitId" TEXT,
    "creditAmountMinor" BIGINT,
    "creditCurrency" CHAR(3),
    "creditNoteId" TEXT,
    "dueAt" TIMESTAMP(3),
    "overdueFor" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "filedByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WarrantyClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarrantyClaimEvent" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "WarrantyClaimStatus",
    "toStatus" "WarrantyClaimStatus" NOT NULL,
    "reason" TEXT,
    "data" JSONB,
    "actorUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seq" INTEGER NOT NULL,

    CONSTRAINT "WarrantyClaimEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarrantySequence" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "lastClaim" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WarrantySequence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WarrantyPolicy_tenantId_productId_idx" ON "WarrantyPolicy"("tenantId", "productId");

-- CreateIndex
CREATE INDEX "WarrantyPolicy_tenantId_familyId_idx" ON "WarrantyPolicy"("tenantId", "familyId");

-- CreateIndex
CREATE INDEX "WarrantyPolicy_tenantId_partnerId_idx" ON "WarrantyPolicy"("tenantId", "partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "WarrantyPolicy_tenantId_id_key" ON "WarrantyPolicy"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "WarrantyExtensionOffer_tenantId_id_key" ON "WarrantyExtensionOffer"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "WarrantyExtensionOffer_tenantId_productId_key" ON "WarrantyExtensionOffer"("tenantId", "productId");

-- CreateIndex
CREATE INDEX "WarrantyUnit_tenantId_serial_idx" ON "WarrantyUnit"("tenantId", "serial");

-- CreateIndex
CREATE INDEX "WarrantyUnit_tenantId_partnerId_createdAt_idx" ON "WarrantyUnit"("tenantId", "partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "WarrantyUnit_tenantId_replacesUnitId_idx" ON "WarrantyUnit"("tenantId", "replacesUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "WarrantyUnit_tenantId_id_key" ON "WarrantyUnit"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "WarrantyUnit_tenantId_productId_serial_key" ON "WarrantyUnit"("tenantId", "productId", "serial");

-- CreateIndex
CREATE UNIQUE INDEX "WarrantyUnit_tenantId_shippedSerialId_key" ON "WarrantyUnit"("tenantId", "shippedSerialId");

-- CreateIndex
CREATE INDEX "WarrantyExtension_tenantId_unitId_idx" ON "WarrantyExtension"("tenantId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "WarrantyExtension_tenantId_id_key" ON "WarrantyExtension"("tenantId", "id");

-- CreateIndex
CREATE INDEX "WarrantyClaim_tenantId_unitId_idx" ON "WarrantyClaim"("tenantId", "unitId");

-- CreateIndex
CREATE INDEX "WarrantyClaim_tenantId_status_createdAt_idx" ON "WarrantyClaim"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "WarrantyClaim_tenantId_partnerId_createdAt_idx" ON "WarrantyClaim"("tenantId", "partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "WarrantyClaim_tenantId_status_creditNoteId_idx" ON "WarrantyClaim"("tenantId", "status", "creditNoteId");

-- CreateIndex
CREATE INDEX "WarrantyClaim_tenantId_dueAt_idx" ON "WarrantyClaim"("tenantId", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "WarrantyClaim_tenantId_id_key" ON "WarrantyClaim"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "WarrantyClaim_tenantId_number_key" ON "WarrantyClaim"("tenantId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "WarrantyClaim_tenantId_openUnitId_key" ON "WarrantyClaim"("tenantId", "openUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "WarrantyClaimEvent_tenantId_id_key" ON "WarrantyClaimEvent"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "WarrantyClaimEvent_tenantId_claimId_seq_key" ON "WarrantyClaimEvent"("tenantId", "claimId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "WarrantySequence_tenantId_key" ON "WarrantySequence"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "WarrantySequence_tenantId_id_key" ON "WarrantySequence"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "WarrantyPolicy" ADD CONSTRAINT "WarrantyPolicy_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarrantyPolicy" ADD CONSTRAINT "WarrantyPolicy_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "WarrantyPolicy" ADD CONSTRAINT "WarrantyPolicy_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "Product"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "WarrantyPolicy" ADD CONSTRAINT "WarrantyPolicy_tenantId_familyId_fkey" FOREIGN KEY ("tenantId", "familyId") REFERENCES "ProductFamily"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "WarrantyExtensionOffer" ADD CONSTRAINT "WarrantyExtensionOffer_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarrantyExtensionOffer" ADD CONSTRAINT "WarrantyExtensionOffer_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "Product"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "WarrantyUnit" ADD CONSTRAINT "WarrantyUnit_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarrantyUnit" ADD CONSTRAINT "WarrantyUnit_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "WarrantyUnit" ADD CONSTRAINT "WarrantyUnit_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "Product"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "WarrantyUnit" ADD CONSTRAINT "WarrantyUnit_tenantId_shippedSerialId_fkey" FOREIGN KEY ("tenantId", "shippedSerialId") REFERENCES "ShippedSerial"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "WarrantyUnit" ADD CONSTRAINT "WarrantyUnit_tenantId_policyId_fkey" FOREIGN KEY ("tenantId", "policyId") REFERENCES "WarrantyPolicy"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "WarrantyUnit" ADD CONSTRAINT "WarrantyUnit_tenantId_replacesUnitId_fkey" FOREIGN KEY ("tenantId", "replacesUnitId") REFERENCES "WarrantyUnit"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "WarrantyExtension" ADD CONSTRAINT "WarrantyExtension_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarrantyExtension" ADD CONSTRAINT "WarrantyExtension_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "WarrantyUnit"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarrantyExtension" ADD CONSTRAINT "WarrantyExtension_tenantId_offerId_fkey" FOREIGN KEY ("tenantId", "offerId") REFERENCES "WarrantyExtensionOffer"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "WarrantyClaim" ADD CONSTRAINT "WarrantyClaim_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarrantyClaim" ADD CONSTRAINT "WarrantyClaim_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "WarrantyClaim" ADD CONSTRAINT "WarrantyClaim_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "WarrantyUnit"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "WarrantyClaim" ADD CONSTRAINT "WarrantyClaim_tenantId_openUnitId_fkey" FOREIGN KEY ("tenantId", "openUnitId") REFERENCES "WarrantyUnit"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "WarrantyClaim" ADD CONSTRAINT "WarrantyClaim_tenantId_replacementUnitId_fkey" FOREIGN KEY ("tenantId", "replacementUnitId") REFERENCES "WarrantyUnit"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "WarrantyClaimEvent" ADD CONSTRAINT "WarrantyClaimEvent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarrantyClaimEvent" ADD CONSTRAINT "WarrantyClaimEvent_tenantId_claimId_fkey" FOREIGN KEY ("tenantId", "claimId") REFERENCES "WarrantyClaim"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarrantySequence" ADD CONSTRAINT "WarrantySequence_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: WarrantyUnit
ALTER TABLE "WarrantyUnit" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WarrantyUnit" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "WarrantyUnit" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "WarrantyUnit" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "WarrantyUnit" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "WarrantyUnit" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "WarrantyUnit" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: WarrantyExtension
ALTER TABLE "WarrantyExtension" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WarrantyExtension" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "WarrantyExtension" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "WarrantyExtension" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "WarrantyExtension" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "WarrantyExtension" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "WarrantyExtension" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: WarrantyClaim
ALTER TABLE "WarrantyClaim" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WarrantyClaim" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "WarrantyClaim" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "WarrantyClaim" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "WarrantyClaim" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "WarrantyClaim" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "WarrantyClaim" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: WarrantyClaimEvent
ALTER TABLE "WarrantyClaimEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WarrantyClaimEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "WarrantyClaimEvent" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "WarrantyClaimEvent" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "WarrantyClaimEvent" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "WarrantyClaimEvent" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "WarrantyClaimEvent" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: WarrantySequence
ALTER TABLE "WarrantySequence" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WarrantySequence" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "WarrantySequence" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "WarrantySequence" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "WarrantySequence" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "WarrantySequence" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());

-- Hand-written (scripts/db/rls.ts RLS_CUSTOM_TABLES): every session of the tenant reads the
-- standard policies, a partner also the ones customised for it; the vendor writes.
ALTER TABLE "WarrantyPolicy" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WarrantyPolicy" FORCE ROW LEVEL SECURITY;
CREATE POLICY policy_read ON "WarrantyPolicy" FOR SELECT USING (
  "tenantId" = app_tenant_id() AND ((SELECT app_is_vendor()) OR "partnerId" IS NULL OR "partnerId" = (SELECT app_partner_id()))
);
CREATE POLICY vendor_insert ON "WarrantyPolicy" FOR INSERT WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor());
CREATE POLICY vendor_update ON "WarrantyPolicy" FOR UPDATE USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY vendor_delete ON "WarrantyPolicy" FOR DELETE USING ("tenantId" = app_tenant_id() AND app_is_vendor());
-- A preview as partner reads, never writes (the same wall as every other table).
CREATE POLICY preview_no_insert ON "WarrantyPolicy" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "WarrantyPolicy" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "WarrantyPolicy" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());

ALTER TABLE "WarrantyExtensionOffer" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WarrantyExtensionOffer" FORCE ROW LEVEL SECURITY;
CREATE POLICY offers_read ON "WarrantyExtensionOffer" FOR SELECT USING ("tenantId" = app_tenant_id());
CREATE POLICY vendor_insert ON "WarrantyExtensionOffer" FOR INSERT WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor());
CREATE POLICY vendor_update ON "WarrantyExtensionOffer" FOR UPDATE USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY vendor_delete ON "WarrantyExtensionOffer" FOR DELETE USING ("tenantId" = app_tenant_id() AND app_is_vendor());
-- A preview as partner reads, never writes (the same wall as every other table).
CREATE POLICY preview_no_insert ON "WarrantyExtensionOffer" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "WarrantyExtensionOffer" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "WarrantyExtensionOffer" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());

-- A policy covers one product or one family; durations are positive.
ALTER TABLE "WarrantyPolicy" ADD CONSTRAINT "WarrantyPolicy_target_check" CHECK (("productId" IS NULL) <> ("familyId" IS NULL));
ALTER TABLE "WarrantyPolicy" ADD CONSTRAINT "WarrantyPolicy_months_check" CHECK ("months" BETWEEN 1 AND 240 AND ("latestStartMonths" IS NULL OR "latestStartMonths" BETWEEN 0 AND 120));
ALTER TABLE "WarrantyExtensionOffer" ADD CONSTRAINT "WarrantyExtensionOffer_months_check" CHECK ("months" BETWEEN 1 AND 120);
ALTER TABLE "WarrantyClaim" ADD CONSTRAINT "WarrantyClaim_credit_check" CHECK ("creditAmountMinor" IS NULL OR "creditAmountMinor" > 0);
