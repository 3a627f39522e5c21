-- CreateEnum
CREATE TYPE "CoopProgramKind" AS ENUM ('COOP', 'MDF');

-- CreateEnum
CREATE TYPE "CoopAccrualBasis" AS ENUM ('INVOICED', 'PAID');

-- CreateEnum
CREATE TYPE "CoopPeriod" AS ENUM ('QUARTER', 'YEAR');

-- CreateEnum
CREATE TYPE "CoopActivityType" AS ENUM ('DIGITAL_ADS', 'TRADE_SHOW', 'CO_BRANDED_PRINT', 'TRAINING', 'EMAIL_CAMPAIGN', 'EVENT', 'OTHER');

-- CreateEnum
CREATE TYPE "CoopEntryKind" AS ENUM ('ACCRUAL', 'ALLOCATION', 'RESERVATION', 'RELEASE', 'CLAIM_PAYMENT', 'EXPIRY', 'ADJUSTMENT');

-- CreateEnum
CREATE TYPE "CoopRequestStatus" AS ENUM ('PROPOSED', 'APPROVED', 'REJECTED', 'CLAIMED', 'EXPIRED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CoopClaimStatus" AS ENUM ('SUBMITTED', 'INFO_REQUESTED', 'APPROVED', 'REJECTED', 'PAID');

-- CreateEnum
CREATE TYPE "CoopPayMethod" AS ENUM ('CREDIT_NOTE', 'PAYOUT');

-- CreateTable
CREATE TABLE "CoopProgram" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "kind" "CoopProgramKind" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "campaign" TEXT,
    "currency" CHAR(3) NOT NULL,
    "period" "CoopPeriod" NOT NULL DEFAULT 'QUARTER',
    "accrualBasis" "CoopAccrualBasis",
    "accrualRate" DECIMAL(7,4),
    "brandId" TEXT,
    "familyId" TEXT,
    "tierId" TEXT,
    "activityTypes" "CoopActivityType"[],
    "maxShareBp" INTEGER NOT NULL DEFAULT 10000,
    "requiresPreApproval" BOOLEAN NOT NULL DEFAULT false,
    "claimDays" INTEGER NOT NULL DEFAULT 60,
    "graceDays" INTEGER NOT NULL DEFAULT 30,
    "expenseAccount" TEXT NOT NULL DEFAULT '6150',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CoopProgram_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoopFund" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "expiresOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoopFund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoopEntry" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "fundId" TEXT NOT NULL,
    "kind" "CoopEntryKind" NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "sourceKey" TEXT,
    "invoiceId" TEXT,
    "paymentId" TEXT,
    "requestId" TEXT,
    "claimId" TEXT,
    "reason" TEXT,
    "explanation" JSONB,
    "createdByUserId" TEXT,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seq" SERIAL NOT NULL,

    CONSTRAINT "CoopEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoopRequest" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "fundId" TEXT NOT NULL,
    "activityType" "CoopActivityType" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "plannedCostMinor" BIGINT NOT NULL,
    "requestedMinor" BIGINT NOT NULL,
    "approvedMinor" BIGINT,
    "currency" CHAR(3) NOT NULL,
    "status" "CoopRequestStatus" NOT NULL DEFAULT 'PROPOSED',
    "decisionReason" TEXT,
    "claimDeadline" DATE,
    "submissionKey" TEXT NOT NULL,
    "submittedByName" TEXT NOT NULL,
    "decidedByName" TEXT,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CoopRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoopClaim" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "fundId" TEXT NOT NULL,
    "requestId" TEXT,
    "activityType" "CoopActivityType" NOT NULL,
    "title" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "actualCostMinor" BIGINT NOT NULL,
    "claimedMinor" BIGINT NOT NULL,
    "approvedMinor" BIGINT,
    "currency" CHAR(3) NOT NULL,
    "status" "CoopClaimStatus" NOT NULL DEFAULT 'SUBMITTED',
    "reason" TEXT,
    "payMethod" "CoopPayMethod",
    "creditNoteId" TEXT,
    "payoutReference" TEXT,
    "paidAt" TIMESTAMP(3),
    "submissionKey" TEXT NOT NULL,
    "submittedByName" TEXT NOT NULL,
    "decidedByName" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CoopClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoopDocument" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "requestId" TEXT,
    "claimId" TEXT,
    "fileId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoopDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoopReminder" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "daysBefore" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoopReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CoopProgram_tenantId_active_kind_idx" ON "CoopProgram"("tenantId", "active", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "CoopProgram_tenantId_id_key" ON "CoopProgram"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CoopProgram_tenantId_name_key" ON "CoopProgram"("tenantId", "name");

-- CreateIndex
CREATE INDEX "CoopFund_tenantId_partnerId_periodStart_idx" ON "CoopFund"("tenantId", "partnerId", "periodStart");

-- CreateIndex
CREATE INDEX "CoopFund_tenantId_expiresOn_idx" ON "CoopFund"("tenantId", "expiresOn");

-- CreateIndex
CREATE UNIQUE INDEX "CoopFund_tenantId_id_key" ON "CoopFund"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CoopFund_tenantId_id_partnerId_key" ON "CoopFund"("tenantId", "id", "partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "CoopFund_tenantId_programId_partnerId_periodStart_key" ON "CoopFund"("tenantId", "programId", "partnerId", "periodStart");

-- CreateIndex
CREATE INDEX "CoopEntry_tenantId_fundId_seq_idx" ON "CoopEntry"("tenantId", "fundId", "seq");

-- CreateIndex
CREATE INDEX "CoopEntry_tenantId_partnerId_kind_idx" ON "CoopEntry"("tenantId", "partnerId", "kind");

-- CreateIndex
CREATE INDEX "CoopEntry_tenantId_requestId_idx" ON "CoopEntry"("tenantId", "requestId");

-- CreateIndex
CREATE INDEX "CoopEntry_tenantId_claimId_idx" ON "CoopEntry"("tenantId", "claimId");

-- CreateIndex
CREATE UNIQUE INDEX "CoopEntry_tenantId_id_key" ON "CoopEntry"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CoopEntry_tenantId_fundId_sourceKey_key" ON "CoopEntry"("tenantId", "fundId", "sourceKey");

-- CreateIndex
CREATE INDEX "CoopRequest_tenantId_status_createdAt_idx" ON "CoopRequest"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "CoopRequest_tenantId_fundId_idx" ON "CoopRequest"("tenantId", "fundId");

-- CreateIndex
CREATE INDEX "CoopRequest_tenantId_claimDeadline_idx" ON "CoopRequest"("tenantId", "claimDeadline");

-- CreateIndex
CREATE UNIQUE INDEX "CoopRequest_tenantId_id_key" ON "CoopRequest"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CoopRequest_tenantId_partnerId_submissionKey_key" ON "CoopRequest"("tenantId", "partnerId", "submissionKey");

-- CreateIndex
CREATE INDEX "CoopClaim_tenantId_status_createdAt_idx" ON "CoopClaim"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "CoopClaim_tenantId_fundId_idx" ON "CoopClaim"("tenantId", "fundId");

-- CreateIndex
CREATE UNIQUE INDEX "CoopClaim_tenantId_id_key" ON "CoopClaim"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CoopClaim_tenantId_partnerId_submissionKey_key" ON "CoopClaim"("tenantId", "partnerId", "submissionKey");

-- CreateIndex
CREATE UNIQUE INDEX "CoopClaim_tenantId_requestId_key" ON "CoopClaim"("tenantId", "requestId");

-- CreateIndex
CREATE INDEX "CoopDocument_tenantId_requestId_idx" ON "CoopDocument"("tenantId", "requestId");

-- CreateIndex
CREATE INDEX "CoopDocument_tenantId_claimId_idx" ON "CoopDocument"("tenantId", "claimId");

-- CreateIndex
CREATE INDEX "CoopDocument_tenantId_fileId_idx" ON "CoopDocument"("tenantId", "fileId");

-- CreateIndex
CREATE UNIQUE INDEX "CoopDocument_tenantId_id_key" ON "CoopDocument"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CoopReminder_tenantId_id_key" ON "CoopReminder"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CoopReminder_tenantId_subjectKey_daysBefore_key" ON "CoopReminder"("tenantId", "subjectKey", "daysBefore");

-- AddForeignKey
ALTER TABLE "CoopProgram" ADD CONSTRAINT "CoopProgram_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoopProgram" ADD CONSTRAINT "CoopProgram_tenantId_brandId_fkey" FOREIGN KEY ("tenantId", "brandId") REFERENCES "Brand"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CoopProgram" ADD CONSTRAINT "CoopProgram_tenantId_familyId_fkey" FOREIGN KEY ("tenantId", "familyId") REFERENCES "ProductFamily"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CoopProgram" ADD CONSTRAINT "CoopProgram_tenantId_tierId_fkey" FOREIGN KEY ("tenantId", "tierId") REFERENCES "ProgramTier"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CoopFund" ADD CONSTRAINT "CoopFund_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoopFund" ADD CONSTRAINT "CoopFund_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CoopFund" ADD CONSTRAINT "CoopFund_tenantId_programId_fkey" FOREIGN KEY ("tenantId", "programId") REFERENCES "CoopProgram"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CoopEntry" ADD CONSTRAINT "CoopEntry_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoopEntry" ADD CONSTRAINT "CoopEntry_tenantId_fundId_partnerId_fkey" FOREIGN KEY ("tenantId", "fundId", "partnerId") REFERENCES "CoopFund"("tenantId", "id", "partnerId") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CoopEntry" ADD CONSTRAINT "CoopEntry_tenantId_invoiceId_fkey" FOREIGN KEY ("tenantId", "invoiceId") REFERENCES "Invoice"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CoopEntry" ADD CONSTRAINT "CoopEntry_tenantId_paymentId_fkey" FOREIGN KEY ("tenantId", "paymentId") REFERENCES "Payment"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CoopEntry" ADD CONSTRAINT "CoopEntry_tenantId_requestId_fkey" FOREIGN KEY ("tenantId", "requestId") REFERENCES "CoopRequest"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CoopEntry" ADD CONSTRAINT "CoopEntry_tenantId_claimId_fkey" FOREIGN KEY ("tenantId", "claimId") REFERENCES "CoopClaim"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CoopRequest" ADD CONSTRAINT "CoopRequest_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoopRequest" ADD CONSTRAINT "CoopRequest_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CoopRequest" ADD CONSTRAINT "CoopRequest_tenantId_fundId_fkey" FOREIGN KEY ("tenantId", "fundId") REFERENCES "CoopFund"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CoopClaim" ADD CONSTRAINT "CoopClaim_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoopClaim" ADD CONSTRAINT "CoopClaim_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CoopClaim" ADD CONSTRAINT "CoopClaim_tenantId_fundId_fkey" FOREIGN KEY ("tenantId", "fundId") REFERENCES "CoopFund"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CoopClaim" ADD CONSTRAINT "CoopClaim_tenantId_requestId_fkey" FOREIGN KEY ("tenantId", "requestId") REFERENCES "CoopRequest"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CoopClaim" ADD CONSTRAINT "CoopClaim_tenantId_creditNoteId_fkey" FOREIGN KEY ("tenantId", "creditNoteId") REFERENCES "CreditNote"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CoopDocument" ADD CONSTRAINT "CoopDocument_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoopDocument" ADD CONSTRAINT "CoopDocument_tenantId_requestId_fkey" FOREIGN KEY ("tenantId", "requestId") REFERENCES "CoopRequest"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CoopDocument" ADD CONSTRAINT "CoopDocument_tenantId_claimId_fkey" FOREIGN KEY ("tenantId", "claimId") REFERENCES "CoopClaim"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CoopDocument" ADD CONSTRAINT "CoopDocument_tenantId_fileId_fkey" FOREIGN KEY ("tenantId", "fileId") REFERENCES "FileObject"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CoopReminder" ADD CONSTRAINT "CoopReminder_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: CoopFund
ALTER TABLE "CoopFund" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CoopFund" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CoopFund" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "CoopFund" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "CoopFund" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "CoopFund" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "CoopFund" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: CoopEntry
ALTER TABLE "CoopEntry" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CoopEntry" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CoopEntry" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "CoopEntry" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "CoopEntry" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "CoopEntry" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "CoopEntry" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: CoopRequest
ALTER TABLE "CoopRequest" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CoopRequest" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CoopRequest" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "CoopRequest" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "CoopRequest" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "CoopRequest" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "CoopRequest" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: CoopClaim
ALTER TABLE "CoopClaim" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CoopClaim" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CoopClaim" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "CoopClaim" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "CoopClaim" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "CoopClaim" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "CoopClaim" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: CoopDocument
ALTER TABLE "CoopDocument" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CoopDocument" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CoopDocument" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "CoopDocument" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "CoopDocument" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "CoopDocument" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "CoopDocument" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: CoopReminder
ALTER TABLE "CoopReminder" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CoopReminder" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CoopReminder" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "CoopReminder" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "CoopReminder" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "CoopReminder" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "CoopReminder" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- Hand-written (scripts/db/rls.ts RLS_CUSTOM_TABLES): every session of the tenant reads the
-- co-op programs (a partner sees the terms of its funds); only the vendor writes them.
ALTER TABLE "CoopProgram" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CoopProgram" FORCE ROW LEVEL SECURITY;
CREATE POLICY program_read ON "CoopProgram" FOR SELECT USING ("tenantId" = app_tenant_id());
CREATE POLICY vendor_insert ON "CoopProgram" FOR INSERT WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor());
CREATE POLICY vendor_update ON "CoopProgram" FOR UPDATE USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY vendor_delete ON "CoopProgram" FOR DELETE USING ("tenantId" = app_tenant_id() AND app_is_vendor());
-- A preview as partner reads, never writes (the same wall as every other table).
CREATE POLICY preview_no_insert ON "CoopProgram" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "CoopProgram" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "CoopProgram" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());

-- The ledger is append-only. Row-level security refuses UPDATE and DELETE to the app's role
-- (like JournalLine); the trigger refuses them to every role, the owner's included, except
-- a delete cascading from the tenant's own deletion (nested inside the foreign key's trigger).
CREATE POLICY ledger_no_update ON "CoopEntry" AS RESTRICTIVE FOR UPDATE USING (false);
CREATE POLICY ledger_no_delete ON "CoopEntry" AS RESTRICTIVE FOR DELETE USING (false);
CREATE OR REPLACE FUNCTION coop_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'CoopEntry is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER coop_entry_append_only BEFORE UPDATE OR DELETE ON "CoopEntry" FOR EACH ROW EXECUTE FUNCTION coop_entry_append_only();
-- A partner's session writes only reservations (its claim submissions); everything else
-- that moves money is the vendor's or Canal's (system).
CREATE POLICY partner_reservations_only ON "CoopEntry" AS RESTRICTIVE FOR INSERT WITH CHECK ((SELECT app_is_vendor()) OR "kind" = 'RESERVATION');

-- Amounts: positive minor units; an adjustment is signed but never zero.
ALTER TABLE "CoopEntry" ADD CONSTRAINT "CoopEntry_amount_check" CHECK (("kind" = 'ADJUSTMENT' AND "amountMinor" <> 0) OR "amountMinor" > 0);
ALTER TABLE "CoopEntry" ADD CONSTRAINT "CoopEntry_adjustment_reason_check" CHECK ("kind" <> 'ADJUSTMENT' OR coalesce(length(trim("reason")), 0) > 0);
ALTER TABLE "CoopRequest" ADD CONSTRAINT "CoopRequest_amounts_check" CHECK ("plannedCostMinor" > 0 AND "requestedMinor" > 0 AND "requestedMinor" <= "plannedCostMinor" AND ("approvedMinor" IS NULL OR ("approvedMinor" > 0 AND "approvedMinor" <= "requestedMinor")) AND "endsOn" >= "startsOn");
ALTER TABLE "CoopClaim" ADD CONSTRAINT "CoopClaim_amounts_check" CHECK ("actualCostMinor" > 0 AND "claimedMinor" > 0 AND "claimedMinor" <= "actualCostMinor" AND ("approvedMinor" IS NULL OR ("approvedMinor" > 0 AND "approvedMinor" <= "claimedMinor")) AND "endsOn" >= "startsOn");
ALTER TABLE "CoopProgram" ADD CONSTRAINT "CoopProgram_terms_check" CHECK (
  "maxShareBp" BETWEEN 1 AND 10000 AND "claimDays" BETWEEN 0 AND 730 AND "graceDays" BETWEEN 0 AND 730
  AND (("kind" = 'COOP' AND "accrualBasis" IS NOT NULL AND "accrualRate" > 0 AND "accrualRate" <= 100) OR ("kind" = 'MDF' AND "accrualBasis" IS NULL AND "accrualRate" IS NULL))
  AND ("brandId" IS NULL OR "familyId" IS NULL)
);
ALTER TABLE "CoopDocument" ADD CONSTRAINT "CoopDocument_subject_check" CHECK (("requestId" IS NULL) <> ("claimId" IS NULL));
