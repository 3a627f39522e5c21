-- AlterTable
ALTER TABLE "CreditNote" ALTER COLUMN "invoiceId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "CreditApplication" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "creditNoteId" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "requestKey" TEXT,
    "createdByUserId" TEXT,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreditApplication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CreditApplication_tenantId_creditNoteId_idx" ON "CreditApplication"("tenantId", "creditNoteId");

-- CreateIndex
CREATE INDEX "CreditApplication_tenantId_invoiceId_idx" ON "CreditApplication"("tenantId", "invoiceId");

-- CreateIndex
CREATE INDEX "CreditApplication_tenantId_requestKey_idx" ON "CreditApplication"("tenantId", "requestKey");

-- CreateIndex
CREATE UNIQUE INDEX "CreditApplication_tenantId_id_key" ON "CreditApplication"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "CreditNote" ADD CONSTRAINT "CreditNote_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditApplication" ADD CONSTRAINT "CreditApplication_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditApplication" ADD CONSTRAINT "CreditApplication_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditApplication" ADD CONSTRAINT "CreditApplication_tenantId_creditNoteId_fkey" FOREIGN KEY ("tenantId", "creditNoteId") REFERENCES "CreditNote"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditApplication" ADD CONSTRAINT "CreditApplication_tenantId_invoiceId_fkey" FOREIGN KEY ("tenantId", "invoiceId") REFERENCES "Invoice"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every credit note issued before this took exactly its total from its own invoice: that
-- becomes its first application, so the invoice's creditedMinor still mirrors the sum of its
-- applications and no earlier note shows credit left on the account.
INSERT INTO "CreditApplication" ("id", "tenantId", "partnerId", "creditNoteId", "invoiceId", "amountMinor", "createdByUserId", "createdByName", "createdAt")
SELECT 'cap_' || substr(md5(c."id"), 1, 20), c."tenantId", c."partnerId", c."id", c."invoiceId", c."totalMinor", c."createdByUserId", c."createdByName", c."createdAt"
  FROM "CreditNote" c WHERE c."invoiceId" IS NOT NULL;

-- An application is never zero or negative, whoever writes it.
ALTER TABLE "CreditApplication" ADD CONSTRAINT "CreditApplication_amount_positive" CHECK ("amountMinor" > 0);

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: CreditApplication
ALTER TABLE "CreditApplication" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CreditApplication" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CreditApplication" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "CreditApplication" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "CreditApplication" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "CreditApplication" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "CreditApplication" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- Credit applications are an append-only ledger, as payment allocations: never updated, never deleted.
CREATE POLICY ledger_no_update ON "CreditApplication" AS RESTRICTIVE FOR UPDATE USING (false);
CREATE POLICY ledger_no_delete ON "CreditApplication" AS RESTRICTIVE FOR DELETE USING (false);
