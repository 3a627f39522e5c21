-- AlterEnum
ALTER TYPE "CoopEntryKind" ADD VALUE 'ACCRUAL_REVERSAL';

-- AlterTable
ALTER TABLE "CoopEntry" ADD COLUMN     "creditNoteId" TEXT;

-- CreateIndex
CREATE INDEX "CoopEntry_tenantId_creditNoteId_idx" ON "CoopEntry"("tenantId", "creditNoteId");

-- CreateIndex
CREATE INDEX "CoopEntry_tenantId_invoiceId_idx" ON "CoopEntry"("tenantId", "invoiceId");

-- AddForeignKey
ALTER TABLE "CoopEntry" ADD CONSTRAINT "CoopEntry_tenantId_creditNoteId_fkey" FOREIGN KEY ("tenantId", "creditNoteId") REFERENCES "CreditNote"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- A reversal (lib/coop/reversal.ts) always names the credit note that caused it, its invoice
-- and its source key (once per note and fund). The kind is compared as text: a value added to
-- an enum cannot be used in the transaction that adds it.
ALTER TABLE "CoopEntry" ADD CONSTRAINT "CoopEntry_reversal_check" CHECK ("kind"::text <> 'ACCRUAL_REVERSAL' OR ("creditNoteId" IS NOT NULL AND "invoiceId" IS NOT NULL AND "sourceKey" IS NOT NULL));
