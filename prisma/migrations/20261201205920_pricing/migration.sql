-- CreateEnum
CREATE TYPE "PriceListTarget" AS ENUM ('BASE', 'TIER', 'PARTNER_TYPE', 'PARTNER');

-- CreateEnum
CREATE TYPE "PriceListStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CHANGED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "PriceMethod" AS ENUM ('PRICE', 'PERCENT', 'AMOUNT');

-- CreateEnum
CREATE TYPE "PriceFindingKind" AS ENUM ('CHANNEL_SPREAD', 'INVERTED_TIERS', 'BELOW_FLOOR', 'BELOW_COST', 'AMBIGUOUS_OVERLAP');

-- CreateEnum
CREATE TYPE "PriceFindingStatus" AS ENUM ('OPEN', 'RESOLVED');

-- CreateTable
CREATE TABLE "PriceList" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "target" "PriceListTarget" NOT NULL,
    "partnerType" "PartnerType",
    "partnerId" TEXT,
    "tierId" TEXT,
    "currency" CHAR(3) NOT NULL,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,
    "adjustPercent" DECIMAL(9,4),
    "status" "PriceListStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedNumber" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PriceList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriceListEntry" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "minQuantity" INTEGER NOT NULL DEFAULT 1,
    "method" "PriceMethod" NOT NULL,
    "amountMinor" BIGINT,
    "percent" DECIMAL(9,4),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PriceListEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriceListVersion" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "target" "PriceListTarget" NOT NULL,
    "partnerType" "PartnerType",
    "partnerId" TEXT,
    "tierId" TEXT,
    "currency" CHAR(3) NOT NULL,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,
    "adjustPercent" DECIMAL(9,4),
    "live" BOOLEAN NOT NULL DEFAULT true,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,
    "publishedByName" TEXT,
    "overrideReason" TEXT,
    "findings" JSONB,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "PriceListVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishedPrice" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "minQuantity" INTEGER NOT NULL,
    "method" "PriceMethod" NOT NULL,
    "amountMinor" BIGINT,
    "percent" DECIMAL(9,4),

    CONSTRAINT "PublishedPrice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PricingSettings" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "tolerancePercent" DECIMAL(9,4) NOT NULL DEFAULT 25,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PricingSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriceFinding" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "PriceFindingKind" NOT NULL,
    "productId" TEXT,
    "listIds" TEXT[],
    "detail" JSONB NOT NULL,
    "status" "PriceFindingStatus" NOT NULL DEFAULT 'OPEN',
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "PriceFinding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PriceList_tenantId_status_idx" ON "PriceList"("tenantId", "status");

-- CreateIndex
CREATE INDEX "PriceList_tenantId_target_partnerId_idx" ON "PriceList"("tenantId", "target", "partnerId");

-- CreateIndex
CREATE INDEX "PriceList_tenantId_createdAt_idx" ON "PriceList"("tenantId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PriceList_tenantId_id_key" ON "PriceList"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PriceList_tenantId_name_key" ON "PriceList"("tenantId", "name");

-- CreateIndex
CREATE INDEX "PriceListEntry_tenantId_productId_idx" ON "PriceListEntry"("tenantId", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "PriceListEntry_tenantId_id_key" ON "PriceListEntry"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PriceListEntry_tenantId_listId_productId_minQuantity_key" ON "PriceListEntry"("tenantId", "listId", "productId", "minQuantity");

-- CreateIndex
CREATE INDEX "PriceListVersion_tenantId_live_currency_idx" ON "PriceListVersion"("tenantId", "live", "currency");

-- CreateIndex
CREATE UNIQUE INDEX "PriceListVersion_tenantId_id_key" ON "PriceListVersion"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PriceListVersion_tenantId_listId_number_key" ON "PriceListVersion"("tenantId", "listId", "number");

-- CreateIndex
CREATE INDEX "PublishedPrice_tenantId_productId_idx" ON "PublishedPrice"("tenantId", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "PublishedPrice_tenantId_id_key" ON "PublishedPrice"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PublishedPrice_tenantId_versionId_productId_minQuantity_key" ON "PublishedPrice"("tenantId", "versionId", "productId", "minQuantity");

-- CreateIndex
CREATE UNIQUE INDEX "PricingSettings_tenantId_id_key" ON "PricingSettings"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PricingSettings_tenantId_key" ON "PricingSettings"("tenantId");

-- CreateIndex
CREATE INDEX "PriceFinding_tenantId_status_lastSeenAt_idx" ON "PriceFinding"("tenantId", "status", "lastSeenAt");

-- CreateIndex
CREATE UNIQUE INDEX "PriceFinding_tenantId_id_key" ON "PriceFinding"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PriceFinding_tenantId_key_key" ON "PriceFinding"("tenantId", "key");

-- AddForeignKey
ALTER TABLE "PriceList" ADD CONSTRAINT "PriceList_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriceList" ADD CONSTRAINT "PriceList_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PriceListEntry" ADD CONSTRAINT "PriceListEntry_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriceListEntry" ADD CONSTRAINT "PriceListEntry_tenantId_listId_fkey" FOREIGN KEY ("tenantId", "listId") REFERENCES "PriceList"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriceListEntry" ADD CONSTRAINT "PriceListEntry_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "Product"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriceListVersion" ADD CONSTRAINT "PriceListVersion_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriceListVersion" ADD CONSTRAINT "PriceListVersion_tenantId_listId_fkey" FOREIGN KEY ("tenantId", "listId") REFERENCES "PriceList"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriceListVersion" ADD CONSTRAINT "PriceListVersion_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PublishedPrice" ADD CONSTRAINT "PublishedPrice_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedPrice" ADD CONSTRAINT "PublishedPrice_tenantId_versionId_fkey" FOREIGN KEY ("tenantId", "versionId") REFERENCES "PriceListVersion"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedPrice" ADD CONSTRAINT "PublishedPrice_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "Product"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PricingSettings" ADD CONSTRAINT "PricingSettings_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriceFinding" ADD CONSTRAINT "PriceFinding_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriceFinding" ADD CONSTRAINT "PriceFinding_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "Product"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written policies (scripts/db/rls.ts RLS_CUSTOM_TABLES).
-- Working copies, settings and findings: the vendor's alone (a partner never sees a draft
-- price, another partner's list or what the guard found).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['PriceList', 'PriceListEntry', 'PricingSettings', 'PriceFinding'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY vendor_only ON %I USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor())', t);
  END LOOP;
END $$;

-- Published versions: the vendor reads them all; a partner (or a vendor previewing it) only
-- the live versions that apply to it: the base lists, its partner type's, its own. Tier
-- lists follow when program tiers exist (a later migration). Only the vendor writes.
ALTER TABLE "PriceListVersion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PriceListVersion" FORCE ROW LEVEL SECURITY;
CREATE POLICY version_read ON "PriceListVersion" FOR SELECT USING (
  "tenantId" = app_tenant_id() AND (
    (SELECT app_is_vendor()) OR ("live" AND (
      "target" = 'BASE'
      OR ("target" = 'PARTNER' AND "partnerId" = (SELECT app_partner_id()))
      OR ("target" = 'PARTNER_TYPE' AND "partnerType" = (
        SELECT p."type" FROM "Partner" p WHERE p."tenantId" = app_tenant_id() AND p."id" = app_partner_id()
      ))
    ))
  )
);
-- The worker finds the tenants with live lists for the scheduled consistency scan.
CREATE POLICY worker_live ON "PriceListVersion" FOR SELECT USING (app_is_worker() AND "live");
CREATE POLICY vendor_insert ON "PriceListVersion" FOR INSERT WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor());
CREATE POLICY vendor_update ON "PriceListVersion" FOR UPDATE USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY vendor_delete ON "PriceListVersion" FOR DELETE USING ("tenantId" = app_tenant_id() AND app_is_vendor());

-- Published prices: visible exactly where their version is (the sub-select is itself
-- filtered by the version policy above). Uncorrelated, so PostgreSQL reads the visible
-- versions once per statement (a hashed sub-plan), not once per price.
ALTER TABLE "PublishedPrice" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PublishedPrice" FORCE ROW LEVEL SECURITY;
CREATE POLICY price_read ON "PublishedPrice" FOR SELECT USING (
  "tenantId" = app_tenant_id() AND (
    (SELECT app_is_vendor()) OR "versionId" IN (SELECT v."id" FROM "PriceListVersion" v)
  )
);
CREATE POLICY vendor_insert ON "PublishedPrice" FOR INSERT WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor());
CREATE POLICY vendor_update ON "PublishedPrice" FOR UPDATE USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY vendor_delete ON "PublishedPrice" FOR DELETE USING ("tenantId" = app_tenant_id() AND app_is_vendor());

-- What a person could not mean (the service checks first; the database agrees).
ALTER TABLE "PriceListEntry" ADD CONSTRAINT "PriceListEntry_value_check" CHECK (
  "minQuantity" >= 1 AND (
    ("method" = 'PRICE' AND "amountMinor" IS NOT NULL AND "amountMinor" >= 0 AND "percent" IS NULL)
    OR ("method" = 'AMOUNT' AND "amountMinor" IS NOT NULL AND "percent" IS NULL)
    OR ("method" = 'PERCENT' AND "percent" IS NOT NULL AND "percent" >= -100 AND "amountMinor" IS NULL)
  )
);
ALTER TABLE "PriceList" ADD CONSTRAINT "PriceList_target_check" CHECK (
  ("target" = 'BASE' AND "partnerType" IS NULL AND "partnerId" IS NULL AND "tierId" IS NULL AND "adjustPercent" IS NULL)
  OR ("target" = 'PARTNER_TYPE' AND "partnerType" IS NOT NULL AND "partnerId" IS NULL AND "tierId" IS NULL)
  OR ("target" = 'PARTNER' AND "partnerId" IS NOT NULL AND "partnerType" IS NULL AND "tierId" IS NULL)
  OR ("target" = 'TIER' AND "tierId" IS NOT NULL AND "partnerType" IS NULL AND "partnerId" IS NULL)
);
ALTER TABLE "PriceList" ADD CONSTRAINT "PriceList_validity_check" CHECK ("validUntil" IS NULL OR "validUntil" >= "validFrom");
-- One live version per list.
CREATE UNIQUE INDEX "PriceListVersion_one_live" ON "PriceListVersion" ("tenantId", "listId") WHERE "live";

-- A vendor previewing a partner's portal reads as that partner and writes nothing.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['PriceList', 'PriceListEntry', 'PriceListVersion', 'PublishedPrice', 'PricingSettings', 'PriceFinding'] LOOP
    EXECUTE format('CREATE POLICY preview_no_insert ON %I AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview())', t);
    EXECUTE format('CREATE POLICY preview_no_update ON %I AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview())', t);
    EXECUTE format('CREATE POLICY preview_no_delete ON %I AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview())', t);
  END LOOP;
END $$;
