-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "backorderedQuantity" INTEGER NOT NULL DEFAULT 0;
