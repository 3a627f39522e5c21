-- DropIndex
DROP INDEX "WarrantyClaim_tenantId_status_creditNoteId_idx";

-- AlterTable
ALTER TABLE "WarrantyPolicy" ADD COLUMN     "brandColor" TEXT,
ADD COLUMN     "logoFileId" TEXT;

-- CreateIndex
CREATE INDEX "WarrantyClaim_tenantId_creditNoteId_idx" ON "WarrantyClaim"("tenantId", "creditNoteId");

-- AddForeignKey
ALTER TABLE "WarrantyPolicy" ADD CONSTRAINT "WarrantyPolicy_tenantId_logoFileId_fkey" FOREIGN KEY ("tenantId", "logoFileId") REFERENCES "FileObject"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "WarrantyClaim" ADD CONSTRAINT "WarrantyClaim_tenantId_creditNoteId_fkey" FOREIGN KEY ("tenantId", "creditNoteId") REFERENCES "CreditNote"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
