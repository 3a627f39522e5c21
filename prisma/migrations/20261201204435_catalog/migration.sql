-- CreateEnum
CREATE TYPE "ProductStatus" AS ENUM ('DRAFT', 'ACTIVE', 'DISCONTINUED');

-- CreateEnum
CREATE TYPE "ProductUnit" AS ENUM ('EACH', 'PACK', 'BOX', 'LICENSE', 'SUBSCRIPTION_MONTH', 'HOUR', 'METER', 'KILOGRAM', 'LITER');

-- CreateTable
CREATE TABLE "Brand" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Brand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductFamily" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameEs" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProductFamily_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameEs" TEXT NOT NULL,
    "descriptionEn" TEXT,
    "descriptionEs" TEXT,
    "brandId" TEXT,
    "familyId" TEXT,
    "unit" "ProductUnit" NOT NULL DEFAULT 'EACH',
    "packSize" INTEGER NOT NULL DEFAULT 1,
    "status" "ProductStatus" NOT NULL DEFAULT 'DRAFT',
    "serialTracked" BOOLEAN NOT NULL DEFAULT false,
    "configurable" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductImage" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProductImage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductCost" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "costMinor" BIGINT,
    "floorMinor" BIGINT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProductCost_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Brand_tenantId_id_key" ON "Brand"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Brand_tenantId_name_key" ON "Brand"("tenantId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ProductFamily_tenantId_id_key" ON "ProductFamily"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ProductFamily_tenantId_nameEn_key" ON "ProductFamily"("tenantId", "nameEn");

-- CreateIndex
CREATE UNIQUE INDEX "ProductFamily_tenantId_nameEs_key" ON "ProductFamily"("tenantId", "nameEs");

-- CreateIndex
CREATE INDEX "Product_tenantId_nameEn_id_idx" ON "Product"("tenantId", "nameEn", "id");

-- CreateIndex
CREATE INDEX "Product_tenantId_nameEs_id_idx" ON "Product"("tenantId", "nameEs", "id");

-- CreateIndex
CREATE INDEX "Product_tenantId_status_idx" ON "Product"("tenantId", "status");

-- CreateIndex
CREATE INDEX "Product_tenantId_brandId_idx" ON "Product"("tenantId", "brandId");

-- CreateIndex
CREATE INDEX "Product_tenantId_familyId_idx" ON "Product"("tenantId", "familyId");

-- CreateIndex
CREATE INDEX "Product_tenantId_createdAt_idx" ON "Product"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "Product_sku_trgm_idx" ON "Product" USING GIN ("sku" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Product_nameEn_trgm_idx" ON "Product" USING GIN ("nameEn" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Product_nameEs_trgm_idx" ON "Product" USING GIN ("nameEs" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Product_tenantId_id_key" ON "Product"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Product_tenantId_sku_key" ON "Product"("tenantId", "sku");

-- CreateIndex
CREATE UNIQUE INDEX "ProductImage_tenantId_id_key" ON "ProductImage"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ProductImage_tenantId_productId_position_key" ON "ProductImage"("tenantId", "productId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ProductImage_tenantId_fileId_key" ON "ProductImage"("tenantId", "fileId");

-- CreateIndex
CREATE UNIQUE INDEX "ProductCost_tenantId_id_key" ON "ProductCost"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ProductCost_tenantId_productId_currency_key" ON "ProductCost"("tenantId", "productId", "currency");

-- AddForeignKey
ALTER TABLE "Brand" ADD CONSTRAINT "Brand_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductFamily" ADD CONSTRAINT "ProductFamily_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_tenantId_brandId_fkey" FOREIGN KEY ("tenantId", "brandId") REFERENCES "Brand"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_tenantId_familyId_fkey" FOREIGN KEY ("tenantId", "familyId") REFERENCES "ProductFamily"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ProductImage" ADD CONSTRAINT "ProductImage_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductImage" ADD CONSTRAINT "ProductImage_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "Product"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductImage" ADD CONSTRAINT "ProductImage_tenantId_fileId_fkey" FOREIGN KEY ("tenantId", "fileId") REFERENCES "FileObject"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ProductCost" ADD CONSTRAINT "ProductCost_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductCost" ADD CONSTRAINT "ProductCost_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "Product"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written policies (scripts/db/rls.ts RLS_CUSTOM_TABLES).
-- Brands, families and images: every session of the tenant reads them (the portal's
-- catalog); only the vendor (and Canal's own jobs) writes.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Brand', 'ProductFamily', 'ProductImage'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY catalog_read ON %I FOR SELECT USING ("tenantId" = app_tenant_id())', t);
    EXECUTE format('CREATE POLICY vendor_insert ON %I FOR INSERT WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor())', t);
    EXECUTE format('CREATE POLICY vendor_update ON %I FOR UPDATE USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id())', t);
    EXECUTE format('CREATE POLICY vendor_delete ON %I FOR DELETE USING ("tenantId" = app_tenant_id() AND app_is_vendor())', t);
  END LOOP;
END $$;

-- Products: the vendor reads and writes them all; a partner (or a vendor previewing one)
-- never reads a draft.
ALTER TABLE "Product" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Product" FORCE ROW LEVEL SECURITY;
CREATE POLICY product_read ON "Product" FOR SELECT USING (
  "tenantId" = app_tenant_id() AND ((SELECT app_is_vendor()) OR "status" <> 'DRAFT')
);
CREATE POLICY vendor_insert ON "Product" FOR INSERT WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor());
CREATE POLICY vendor_update ON "Product" FOR UPDATE USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY vendor_delete ON "Product" FOR DELETE USING ("tenantId" = app_tenant_id() AND app_is_vendor());

-- Costs and floor prices: the vendor's alone, never a partner's or a preview's.
ALTER TABLE "ProductCost" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ProductCost" FORCE ROW LEVEL SECURITY;
CREATE POLICY vendor_only ON "ProductCost" USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor());

-- Amounts a person could not mean (checked by the service first; the database agrees).
ALTER TABLE "Product" ADD CONSTRAINT "Product_packSize_check" CHECK ("packSize" BETWEEN 1 AND 100000);
ALTER TABLE "ProductCost" ADD CONSTRAINT "ProductCost_amounts_check" CHECK (("costMinor" IS NULL OR "costMinor" >= 0) AND ("floorMinor" IS NULL OR "floorMinor" >= 0));

-- A vendor previewing a partner's portal reads as that partner and writes nothing.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Brand', 'ProductFamily', 'Product', 'ProductImage', 'ProductCost'] LOOP
    EXECUTE format('CREATE POLICY preview_no_insert ON %I AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview())', t);
    EXECUTE format('CREATE POLICY preview_no_update ON %I AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview())', t);
    EXECUTE format('CREATE POLICY preview_no_delete ON %I AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview())', t);
  END LOOP;
END $$;
