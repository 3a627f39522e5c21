-- CreateEnum
CREATE TYPE "OptionGroupKind" AS ENUM ('ONE', 'MANY', 'QUANTITY');

-- CreateEnum
CREATE TYPE "ConfigRuleKind" AS ENUM ('REQUIRES', 'EXCLUDES', 'MIN_QUANTITY', 'MAX_QUANTITY');

-- CreateTable
CREATE TABLE "ProductConfigurator" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProductConfigurator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OptionGroup" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameEs" TEXT NOT NULL,
    "kind" "OptionGroupKind" NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "minPicks" INTEGER,
    "maxPicks" INTEGER,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OptionGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConfigOption" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameEs" TEXT NOT NULL,
    "adderMinor" BIGINT NOT NULL DEFAULT 0,
    "skuProductId" TEXT,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConfigOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConfigRule" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "kind" "ConfigRuleKind" NOT NULL,
    "optionId" TEXT NOT NULL,
    "targetOptionId" TEXT NOT NULL,
    "quantity" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConfigRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BundleItem" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BundleItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedConfiguration" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "selections" JSONB NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "unitPriceMinor" BIGINT NOT NULL,
    "totalMinor" BIGINT NOT NULL,
    "pricing" JSONB NOT NULL,
    "configVersion" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdByName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SavedConfiguration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProductConfigurator_tenantId_id_key" ON "ProductConfigurator"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ProductConfigurator_tenantId_productId_key" ON "ProductConfigurator"("tenantId", "productId");

-- CreateIndex
CREATE INDEX "OptionGroup_tenantId_productId_position_idx" ON "OptionGroup"("tenantId", "productId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "OptionGroup_tenantId_id_key" ON "OptionGroup"("tenantId", "id");

-- CreateIndex
CREATE INDEX "ConfigOption_tenantId_productId_idx" ON "ConfigOption"("tenantId", "productId");

-- CreateIndex
CREATE INDEX "ConfigOption_tenantId_groupId_position_idx" ON "ConfigOption"("tenantId", "groupId", "position");

-- CreateIndex
CREATE INDEX "ConfigOption_tenantId_skuProductId_idx" ON "ConfigOption"("tenantId", "skuProductId");

-- CreateIndex
CREATE UNIQUE INDEX "ConfigOption_tenantId_id_key" ON "ConfigOption"("tenantId", "id");

-- CreateIndex
CREATE INDEX "ConfigRule_tenantId_productId_idx" ON "ConfigRule"("tenantId", "productId");

-- CreateIndex
CREATE INDEX "ConfigRule_tenantId_targetOptionId_idx" ON "ConfigRule"("tenantId", "targetOptionId");

-- CreateIndex
CREATE INDEX "ConfigRule_tenantId_optionId_idx" ON "ConfigRule"("tenantId", "optionId");

-- CreateIndex
CREATE UNIQUE INDEX "ConfigRule_tenantId_id_key" ON "ConfigRule"("tenantId", "id");

-- CreateIndex
CREATE INDEX "BundleItem_tenantId_componentId_idx" ON "BundleItem"("tenantId", "componentId");

-- CreateIndex
CREATE UNIQUE INDEX "BundleItem_tenantId_id_key" ON "BundleItem"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "BundleItem_tenantId_productId_componentId_key" ON "BundleItem"("tenantId", "productId", "componentId");

-- CreateIndex
CREATE INDEX "SavedConfiguration_tenantId_partnerId_createdAt_idx" ON "SavedConfiguration"("tenantId", "partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "SavedConfiguration_tenantId_productId_idx" ON "SavedConfiguration"("tenantId", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "SavedConfiguration_tenantId_id_key" ON "SavedConfiguration"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "ProductConfigurator" ADD CONSTRAINT "ProductConfigurator_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductConfigurator" ADD CONSTRAINT "ProductConfigurator_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "Product"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OptionGroup" ADD CONSTRAINT "OptionGroup_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OptionGroup" ADD CONSTRAINT "OptionGroup_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "ProductConfigurator"("tenantId", "productId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfigOption" ADD CONSTRAINT "ConfigOption_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfigOption" ADD CONSTRAINT "ConfigOption_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "ProductConfigurator"("tenantId", "productId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfigOption" ADD CONSTRAINT "ConfigOption_tenantId_groupId_fkey" FOREIGN KEY ("tenantId", "groupId") REFERENCES "OptionGroup"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfigOption" ADD CONSTRAINT "ConfigOption_tenantId_skuProductId_fkey" FOREIGN KEY ("tenantId", "skuProductId") REFERENCES "Product"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ConfigRule" ADD CONSTRAINT "ConfigRule_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfigRule" ADD CONSTRAINT "ConfigRule_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "ProductConfigurator"("tenantId", "productId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfigRule" ADD CONSTRAINT "ConfigRule_tenantId_optionId_fkey" FOREIGN KEY ("tenantId", "optionId") REFERENCES "ConfigOption"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfigRule" ADD CONSTRAINT "ConfigRule_tenantId_targetOptionId_fkey" FOREIGN KEY ("tenantId", "targetOptionId") REFERENCES "ConfigOption"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BundleItem" ADD CONSTRAINT "BundleItem_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BundleItem" ADD CONSTRAINT "BundleItem_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "ProductConfigurator"("tenantId", "productId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BundleItem" ADD CONSTRAINT "BundleItem_tenantId_componentId_fkey" FOREIGN KEY ("tenantId", "componentId") REFERENCES "Product"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SavedConfiguration" ADD CONSTRAINT "SavedConfiguration_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedConfiguration" ADD CONSTRAINT "SavedConfiguration_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedConfiguration" ADD CONSTRAINT "SavedConfiguration_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "Product"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: ProductConfigurator
ALTER TABLE "ProductConfigurator" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ProductConfigurator" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ProductConfigurator" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "ProductConfigurator" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "ProductConfigurator" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "ProductConfigurator" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());

-- RowLevelSecurity: OptionGroup
ALTER TABLE "OptionGroup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OptionGroup" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OptionGroup" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "OptionGroup" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "OptionGroup" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "OptionGroup" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());

-- RowLevelSecurity: ConfigOption
ALTER TABLE "ConfigOption" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ConfigOption" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ConfigOption" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "ConfigOption" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "ConfigOption" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "ConfigOption" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());

-- RowLevelSecurity: ConfigRule
ALTER TABLE "ConfigRule" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ConfigRule" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ConfigRule" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "ConfigRule" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "ConfigRule" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "ConfigRule" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());

-- RowLevelSecurity: BundleItem
ALTER TABLE "BundleItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BundleItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "BundleItem" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "BundleItem" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "BundleItem" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "BundleItem" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());

-- RowLevelSecurity: SavedConfiguration
ALTER TABLE "SavedConfiguration" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SavedConfiguration" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SavedConfiguration" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "SavedConfiguration" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "SavedConfiguration" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "SavedConfiguration" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "SavedConfiguration" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- Numbers a person could not mean (checked by the service first; the database agrees).
ALTER TABLE "OptionGroup" ADD CONSTRAINT "OptionGroup_picks_check" CHECK (("minPicks" IS NULL OR "minPicks" BETWEEN 0 AND 10000) AND ("maxPicks" IS NULL OR "maxPicks" BETWEEN 0 AND 10000));
ALTER TABLE "ConfigRule" ADD CONSTRAINT "ConfigRule_quantity_check" CHECK ("quantity" IS NULL OR "quantity" BETWEEN 0 AND 10000);
ALTER TABLE "BundleItem" ADD CONSTRAINT "BundleItem_quantity_check" CHECK ("quantity" BETWEEN 1 AND 10000);
ALTER TABLE "SavedConfiguration" ADD CONSTRAINT "SavedConfiguration_quantity_check" CHECK ("quantity" BETWEEN 1 AND 1000000);
