-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "nameEs" TEXT NOT NULL DEFAULT '';

-- Lines priced before this stored one name, in the submitter's language: both names from the catalog.
UPDATE "OrderLine" l SET "name" = p."nameEn", "nameEs" = p."nameEs" FROM "Product" p
WHERE p."tenantId" = l."tenantId" AND p."id" = l."productId";
