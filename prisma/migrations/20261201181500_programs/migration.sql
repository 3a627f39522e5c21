-- CreateEnum
CREATE TYPE "ProgramMetric" AS ENUM ('REVENUE_T12M', 'CERTIFIED_PEOPLE', 'WON_DEALS_T12M');

-- CreateEnum
CREATE TYPE "ProgramActivation" AS ENUM ('AUTOMATIC', 'MANUAL');

-- CreateEnum
CREATE TYPE "TierEvaluationTrigger" AS ENUM ('ENROLMENT', 'SCHEDULED', 'MANUAL', 'OVERRIDE', 'OVERRIDE_CLEARED', 'OVERRIDE_EXPIRED');

-- CreateEnum
CREATE TYPE "OnboardingItemKind" AS ENUM ('AGREEMENT', 'BILLING', 'CERTIFICATION', 'DOCUMENT');

-- CreateTable
CREATE TABLE "Program" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "currency" CHAR(3) NOT NULL,
    "activation" "ProgramActivation" NOT NULL DEFAULT 'MANUAL',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramTier" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgramTier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TierRule" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "tierId" TEXT NOT NULL,
    "metric" "ProgramMetric" NOT NULL,
    "minimum" BIGINT NOT NULL,

    CONSTRAINT "TierRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerProgram" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "tierId" TEXT,
    "ruleTierId" TEXT,
    "overrideTierId" TEXT,
    "overrideReason" TEXT,
    "overrideUntil" TIMESTAMP(3),
    "overrideByName" TEXT,
    "explanation" JSONB,
    "evaluatedAt" TIMESTAMP(3),
    "activatedAt" TIMESTAMP(3),
    "enrolledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PartnerProgram_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TierEvaluation" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "trigger" "TierEvaluationTrigger" NOT NULL,
    "evaluatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ruleTierName" TEXT,
    "tierName" TEXT,
    "previousTierName" TEXT,
    "changed" BOOLEAN NOT NULL,
    "explanation" JSONB NOT NULL,
    "reason" TEXT,
    "actorName" TEXT,

    CONSTRAINT "TierEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordedMetric" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "metric" "ProgramMetric" NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "value" BIGINT NOT NULL,
    "currency" CHAR(3),
    "note" TEXT,
    "recordedByName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordedMetric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OnboardingItem" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "kind" "OnboardingItemKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OnboardingItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementVersion" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedByName" TEXT,

    CONSTRAINT "AgreementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementText" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "AgreementText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementAcceptance" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "acceptedById" TEXT NOT NULL,
    "acceptedByName" TEXT NOT NULL,
    "acceptedByEmail" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "ip" TEXT,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OnboardingSubmission" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "details" JSONB,
    "fileId" TEXT,
    "submittedByName" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OnboardingSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerBilling" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "taxId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerBilling_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Program_tenantId_createdAt_idx" ON "Program"("tenantId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Program_tenantId_id_key" ON "Program"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Program_tenantId_name_key" ON "Program"("tenantId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramTier_tenantId_id_key" ON "ProgramTier"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramTier_tenantId_programId_rank_key" ON "ProgramTier"("tenantId", "programId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramTier_tenantId_programId_name_key" ON "ProgramTier"("tenantId", "programId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "TierRule_tenantId_id_key" ON "TierRule"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "TierRule_tenantId_tierId_metric_key" ON "TierRule"("tenantId", "tierId", "metric");

-- CreateIndex
CREATE INDEX "PartnerProgram_tenantId_programId_idx" ON "PartnerProgram"("tenantId", "programId");

-- CreateIndex
CREATE INDEX "PartnerProgram_tenantId_tierId_idx" ON "PartnerProgram"("tenantId", "tierId");

-- CreateIndex
CREATE INDEX "PartnerProgram_tenantId_overrideUntil_idx" ON "PartnerProgram"("tenantId", "overrideUntil");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerProgram_tenantId_id_key" ON "PartnerProgram"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerProgram_tenantId_partnerId_key" ON "PartnerProgram"("tenantId", "partnerId");

-- CreateIndex
CREATE INDEX "TierEvaluation_tenantId_partnerId_evaluatedAt_idx" ON "TierEvaluation"("tenantId", "partnerId", "evaluatedAt");

-- CreateIndex
CREATE INDEX "TierEvaluation_tenantId_evaluatedAt_idx" ON "TierEvaluation"("tenantId", "evaluatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "TierEvaluation_tenantId_id_key" ON "TierEvaluation"("tenantId", "id");

-- CreateIndex
CREATE INDEX "RecordedMetric_tenantId_partnerId_metric_periodEnd_idx" ON "RecordedMetric"("tenantId", "partnerId", "metric", "periodEnd");

-- CreateIndex
CREATE INDEX "RecordedMetric_tenantId_createdAt_idx" ON "RecordedMetric"("tenantId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RecordedMetric_tenantId_id_key" ON "RecordedMetric"("tenantId", "id");

-- CreateIndex
CREATE INDEX "OnboardingItem_tenantId_programId_position_idx" ON "OnboardingItem"("tenantId", "programId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "OnboardingItem_tenantId_id_key" ON "OnboardingItem"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementVersion_tenantId_id_key" ON "AgreementVersion"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementVersion_tenantId_programId_number_key" ON "AgreementVersion"("tenantId", "programId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementText_tenantId_id_key" ON "AgreementText"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementText_tenantId_agreementId_locale_key" ON "AgreementText"("tenantId", "agreementId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementAcceptance_tenantId_id_key" ON "AgreementAcceptance"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementAcceptance_tenantId_partnerId_agreementId_key" ON "AgreementAcceptance"("tenantId", "partnerId", "agreementId");

-- CreateIndex
CREATE UNIQUE INDEX "OnboardingSubmission_tenantId_id_key" ON "OnboardingSubmission"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "OnboardingSubmission_tenantId_partnerId_itemId_key" ON "OnboardingSubmission"("tenantId", "partnerId", "itemId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerBilling_tenantId_id_key" ON "PartnerBilling"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerBilling_tenantId_partnerId_key" ON "PartnerBilling"("tenantId", "partnerId");

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramTier" ADD CONSTRAINT "ProgramTier_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramTier" ADD CONSTRAINT "ProgramTier_tenantId_programId_fkey" FOREIGN KEY ("tenantId", "programId") REFERENCES "Program"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TierRule" ADD CONSTRAINT "TierRule_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TierRule" ADD CONSTRAINT "TierRule_tenantId_tierId_fkey" FOREIGN KEY ("tenantId", "tierId") REFERENCES "ProgramTier"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerProgram" ADD CONSTRAINT "PartnerProgram_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerProgram" ADD CONSTRAINT "PartnerProgram_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerProgram" ADD CONSTRAINT "PartnerProgram_tenantId_programId_fkey" FOREIGN KEY ("tenantId", "programId") REFERENCES "Program"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerProgram" ADD CONSTRAINT "PartnerProgram_tenantId_tierId_fkey" FOREIGN KEY ("tenantId", "tierId") REFERENCES "ProgramTier"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PartnerProgram" ADD CONSTRAINT "PartnerProgram_tenantId_overrideTierId_fkey" FOREIGN KEY ("tenantId", "overrideTierId") REFERENCES "ProgramTier"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "TierEvaluation" ADD CONSTRAINT "TierEvaluation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TierEvaluation" ADD CONSTRAINT "TierEvaluation_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordedMetric" ADD CONSTRAINT "RecordedMetric_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordedMetric" ADD CONSTRAINT "RecordedMetric_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnboardingItem" ADD CONSTRAINT "OnboardingItem_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnboardingItem" ADD CONSTRAINT "OnboardingItem_tenantId_programId_fkey" FOREIGN KEY ("tenantId", "programId") REFERENCES "Program"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementVersion" ADD CONSTRAINT "AgreementVersion_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementVersion" ADD CONSTRAINT "AgreementVersion_tenantId_programId_fkey" FOREIGN KEY ("tenantId", "programId") REFERENCES "Program"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementText" ADD CONSTRAINT "AgreementText_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementText" ADD CONSTRAINT "AgreementText_tenantId_agreementId_fkey" FOREIGN KEY ("tenantId", "agreementId") REFERENCES "AgreementVersion"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementAcceptance" ADD CONSTRAINT "AgreementAcceptance_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementAcceptance" ADD CONSTRAINT "AgreementAcceptance_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementAcceptance" ADD CONSTRAINT "AgreementAcceptance_tenantId_agreementId_fkey" FOREIGN KEY ("tenantId", "agreementId") REFERENCES "AgreementVersion"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnboardingSubmission" ADD CONSTRAINT "OnboardingSubmission_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnboardingSubmission" ADD CONSTRAINT "OnboardingSubmission_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnboardingSubmission" ADD CONSTRAINT "OnboardingSubmission_tenantId_itemId_fkey" FOREIGN KEY ("tenantId", "itemId") REFERENCES "OnboardingItem"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerBilling" ADD CONSTRAINT "PartnerBilling_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerBilling" ADD CONSTRAINT "PartnerBilling_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: Program
ALTER TABLE "Program" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Program" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Program" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "Program" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "Program" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "Program" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());

-- RowLevelSecurity: ProgramTier
ALTER TABLE "ProgramTier" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ProgramTier" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ProgramTier" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "ProgramTier" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "ProgramTier" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "ProgramTier" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());

-- RowLevelSecurity: TierRule
ALTER TABLE "TierRule" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TierRule" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "TierRule" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "TierRule" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "TierRule" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "TierRule" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());

-- RowLevelSecurity: PartnerProgram
ALTER TABLE "PartnerProgram" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PartnerProgram" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PartnerProgram" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "PartnerProgram" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "PartnerProgram" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "PartnerProgram" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "PartnerProgram" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: TierEvaluation
ALTER TABLE "TierEvaluation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TierEvaluation" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "TierEvaluation" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "TierEvaluation" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "TierEvaluation" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "TierEvaluation" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "TierEvaluation" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: RecordedMetric
ALTER TABLE "RecordedMetric" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RecordedMetric" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "RecordedMetric" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "RecordedMetric" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "RecordedMetric" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "RecordedMetric" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "RecordedMetric" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: OnboardingItem
ALTER TABLE "OnboardingItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OnboardingItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OnboardingItem" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "OnboardingItem" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "OnboardingItem" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "OnboardingItem" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());

-- RowLevelSecurity: AgreementVersion
ALTER TABLE "AgreementVersion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AgreementVersion" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AgreementVersion" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "AgreementVersion" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "AgreementVersion" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "AgreementVersion" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());

-- RowLevelSecurity: AgreementText
ALTER TABLE "AgreementText" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AgreementText" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AgreementText" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "AgreementText" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "AgreementText" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "AgreementText" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());

-- RowLevelSecurity: AgreementAcceptance
ALTER TABLE "AgreementAcceptance" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AgreementAcceptance" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AgreementAcceptance" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "AgreementAcceptance" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "AgreementAcceptance" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "AgreementAcceptance" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "AgreementAcceptance" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: OnboardingSubmission
ALTER TABLE "OnboardingSubmission" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OnboardingSubmission" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OnboardingSubmission" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "OnboardingSubmission" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "OnboardingSubmission" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "OnboardingSubmission" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "OnboardingSubmission" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: PartnerBilling
ALTER TABLE "PartnerBilling" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PartnerBilling" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PartnerBilling" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "PartnerBilling" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "PartnerBilling" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "PartnerBilling" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "PartnerBilling" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- Programs are the vendor's to define and evaluate: partner sessions read them (the
-- services show a partner its own program only) but write none of these rows. Partners
-- write only their own acceptances, submissions and billing details (partner_isolation).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Program', 'ProgramTier', 'TierRule', 'OnboardingItem', 'AgreementVersion',
                           'AgreementText', 'PartnerProgram', 'TierEvaluation', 'RecordedMetric'] LOOP
    EXECUTE format('CREATE POLICY vendor_only_insert ON %I AS RESTRICTIVE FOR INSERT WITH CHECK ((SELECT app_is_vendor()))', t);
    EXECUTE format('CREATE POLICY vendor_only_update ON %I AS RESTRICTIVE FOR UPDATE USING ((SELECT app_is_vendor()))', t);
    EXECUTE format('CREATE POLICY vendor_only_delete ON %I AS RESTRICTIVE FOR DELETE USING ((SELECT app_is_vendor()))', t);
  END LOOP;
END $$;
