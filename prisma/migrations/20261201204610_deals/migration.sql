-- CreateEnum
CREATE TYPE "DealStageKind" AS ENUM ('OPEN', 'WON', 'LOST');

-- CreateEnum
CREATE TYPE "DealRegistrationStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'EXPIRED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "DealMatchKind" AS ENUM ('REGISTRATION', 'OPPORTUNITY', 'ACCOUNT', 'TERRITORY');

-- CreateEnum
CREATE TYPE "DealExtensionStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "OpportunityStatus" AS ENUM ('OPEN', 'WON', 'LOST');

-- AlterEnum
ALTER TYPE "ActivitySubjectType" ADD VALUE 'DEAL';

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "opportunityId" TEXT;

-- CreateTable
CREATE TABLE "DealStage" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "probability" INTEGER NOT NULL,
    "kind" "DealStageKind" NOT NULL DEFAULT 'OPEN',
    "exitCriteria" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DealStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealSettings" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "protectionDays" INTEGER NOT NULL DEFAULT 90,
    "reminderDays" INTEGER NOT NULL DEFAULT 14,
    "maxExtensionDays" INTEGER NOT NULL DEFAULT 90,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DealSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealRegistration" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "status" "DealRegistrationStatus" NOT NULL DEFAULT 'PENDING',
    "title" TEXT NOT NULL,
    "customerName" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "domain" TEXT,
    "taxId" TEXT,
    "country" CHAR(2),
    "region" TEXT,
    "regionKey" TEXT,
    "postalCode" TEXT,
    "industry" TEXT,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "amountMinor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "expectedCloseOn" DATE NOT NULL,
    "competition" TEXT,
    "notes" TEXT,
    "accountId" TEXT,
    "territoryId" TEXT,
    "territoryPath" TEXT,
    "repMembershipId" TEXT,
    "submissionKey" TEXT NOT NULL,
    "submittedByUserId" TEXT NOT NULL,
    "submittedByName" TEXT NOT NULL,
    "decidedByUserId" TEXT,
    "decidedByName" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "protectedUntil" DATE,
    "reminderSentAt" TIMESTAMP(3),
    "expiredAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DealRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealRegistrationLine" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "DealRegistrationLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealMatch" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "kind" "DealMatchKind" NOT NULL,
    "otherRegistrationId" TEXT,
    "otherOpportunityId" TEXT,
    "otherAccountId" TEXT,
    "otherPartnerId" TEXT,
    "matchedOn" TEXT[],
    "similarity" INTEGER,
    "territoryPath" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DealMatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealExtension" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "days" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "DealExtensionStatus" NOT NULL DEFAULT 'PENDING',
    "requestedByUserId" TEXT NOT NULL,
    "requestedByName" TEXT NOT NULL,
    "decidedByUserId" TEXT,
    "decidedByName" TEXT,
    "decisionReason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DealExtension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Opportunity" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT,
    "registrationId" TEXT,
    "accountId" TEXT,
    "name" TEXT NOT NULL,
    "customerName" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "domain" TEXT,
    "taxId" TEXT,
    "country" CHAR(2),
    "stageId" TEXT NOT NULL,
    "status" "OpportunityStatus" NOT NULL DEFAULT 'OPEN',
    "amountMinor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "closeOn" DATE NOT NULL,
    "criteriaMet" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "winReason" TEXT,
    "lossReason" TEXT,
    "territoryId" TEXT,
    "repMembershipId" TEXT,
    "createdByUserId" TEXT,
    "closedAt" TIMESTAMP(3),
    "stageChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Opportunity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DealStage_tenantId_position_idx" ON "DealStage"("tenantId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "DealStage_tenantId_id_key" ON "DealStage"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DealSettings_tenantId_id_key" ON "DealSettings"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DealSettings_tenantId_key" ON "DealSettings"("tenantId");

-- CreateIndex
CREATE INDEX "DealRegistration_tenantId_status_createdAt_idx" ON "DealRegistration"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "DealRegistration_tenantId_createdAt_idx" ON "DealRegistration"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "DealRegistration_tenantId_partnerId_createdAt_idx" ON "DealRegistration"("tenantId", "partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "DealRegistration_tenantId_nameKey_idx" ON "DealRegistration"("tenantId", "nameKey");

-- CreateIndex
CREATE INDEX "DealRegistration_tenantId_domain_idx" ON "DealRegistration"("tenantId", "domain");

-- CreateIndex
CREATE INDEX "DealRegistration_tenantId_taxId_idx" ON "DealRegistration"("tenantId", "taxId");

-- CreateIndex
CREATE INDEX "DealRegistration_status_protectedUntil_idx" ON "DealRegistration"("status", "protectedUntil");

-- CreateIndex
CREATE INDEX "DealRegistration_status_expectedCloseOn_idx" ON "DealRegistration"("status", "expectedCloseOn");

-- CreateIndex
CREATE INDEX "DealRegistration_nameKey_trgm_idx" ON "DealRegistration" USING GIN ("nameKey" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "DealRegistration_customerName_trgm_idx" ON "DealRegistration" USING GIN ("customerName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "DealRegistration_tenantId_accountId_idx" ON "DealRegistration"("tenantId", "accountId");

-- CreateIndex
CREATE INDEX "DealRegistration_tenantId_territoryId_idx" ON "DealRegistration"("tenantId", "territoryId");

-- CreateIndex
CREATE INDEX "DealRegistration_tenantId_repMembershipId_idx" ON "DealRegistration"("tenantId", "repMembershipId");

-- CreateIndex
CREATE UNIQUE INDEX "DealRegistration_tenantId_id_key" ON "DealRegistration"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DealRegistration_tenantId_submissionKey_key" ON "DealRegistration"("tenantId", "submissionKey");

-- CreateIndex
CREATE INDEX "DealRegistrationLine_tenantId_registrationId_position_idx" ON "DealRegistrationLine"("tenantId", "registrationId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "DealRegistrationLine_tenantId_id_key" ON "DealRegistrationLine"("tenantId", "id");

-- CreateIndex
CREATE INDEX "DealMatch_tenantId_registrationId_idx" ON "DealMatch"("tenantId", "registrationId");

-- CreateIndex
CREATE INDEX "DealMatch_tenantId_otherRegistrationId_idx" ON "DealMatch"("tenantId", "otherRegistrationId");

-- CreateIndex
CREATE INDEX "DealMatch_tenantId_otherOpportunityId_idx" ON "DealMatch"("tenantId", "otherOpportunityId");

-- CreateIndex
CREATE INDEX "DealMatch_tenantId_otherAccountId_idx" ON "DealMatch"("tenantId", "otherAccountId");

-- CreateIndex
CREATE INDEX "DealMatch_tenantId_otherPartnerId_idx" ON "DealMatch"("tenantId", "otherPartnerId");

-- CreateIndex
CREATE UNIQUE INDEX "DealMatch_tenantId_id_key" ON "DealMatch"("tenantId", "id");

-- CreateIndex
CREATE INDEX "DealExtension_tenantId_registrationId_createdAt_idx" ON "DealExtension"("tenantId", "registrationId", "createdAt");

-- CreateIndex
CREATE INDEX "DealExtension_tenantId_status_createdAt_idx" ON "DealExtension"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DealExtension_tenantId_id_key" ON "DealExtension"("tenantId", "id");

-- CreateIndex
CREATE INDEX "Opportunity_tenantId_stageId_closeOn_id_idx" ON "Opportunity"("tenantId", "stageId", "closeOn", "id");

-- CreateIndex
CREATE INDEX "Opportunity_tenantId_partnerId_stageId_closeOn_idx" ON "Opportunity"("tenantId", "partnerId", "stageId", "closeOn");

-- CreateIndex
CREATE INDEX "Opportunity_tenantId_territoryId_stageId_closeOn_idx" ON "Opportunity"("tenantId", "territoryId", "stageId", "closeOn");

-- CreateIndex
CREATE INDEX "Opportunity_tenantId_repMembershipId_stageId_closeOn_idx" ON "Opportunity"("tenantId", "repMembershipId", "stageId", "closeOn");

-- CreateIndex
CREATE INDEX "Opportunity_tenantId_status_closeOn_id_idx" ON "Opportunity"("tenantId", "status", "closeOn", "id");

-- CreateIndex
CREATE INDEX "Opportunity_tenantId_status_amountMinor_id_idx" ON "Opportunity"("tenantId", "status", "amountMinor", "id");

-- CreateIndex
CREATE INDEX "Opportunity_tenantId_createdAt_idx" ON "Opportunity"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "Opportunity_tenantId_nameKey_idx" ON "Opportunity"("tenantId", "nameKey");

-- CreateIndex
CREATE INDEX "Opportunity_tenantId_domain_idx" ON "Opportunity"("tenantId", "domain");

-- CreateIndex
CREATE INDEX "Opportunity_tenantId_taxId_idx" ON "Opportunity"("tenantId", "taxId");

-- CreateIndex
CREATE INDEX "Opportunity_nameKey_trgm_idx" ON "Opportunity" USING GIN ("nameKey" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Opportunity_customerName_trgm_idx" ON "Opportunity" USING GIN ("customerName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Opportunity_tenantId_accountId_idx" ON "Opportunity"("tenantId", "accountId");

-- CreateIndex
CREATE UNIQUE INDEX "Opportunity_tenantId_id_key" ON "Opportunity"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Opportunity_tenantId_registrationId_key" ON "Opportunity"("tenantId", "registrationId");

-- CreateIndex
CREATE INDEX "Activity_tenantId_opportunityId_occurredOn_createdAt_idx" ON "Activity"("tenantId", "opportunityId", "occurredOn" DESC, "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_tenantId_opportunityId_fkey" FOREIGN KEY ("tenantId", "opportunityId") REFERENCES "Opportunity"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealStage" ADD CONSTRAINT "DealStage_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealSettings" ADD CONSTRAINT "DealSettings_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealRegistration" ADD CONSTRAINT "DealRegistration_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealRegistration" ADD CONSTRAINT "DealRegistration_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealRegistration" ADD CONSTRAINT "DealRegistration_tenantId_accountId_fkey" FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DealRegistration" ADD CONSTRAINT "DealRegistration_tenantId_territoryId_fkey" FOREIGN KEY ("tenantId", "territoryId") REFERENCES "Territory"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DealRegistration" ADD CONSTRAINT "DealRegistration_tenantId_repMembershipId_fkey" FOREIGN KEY ("tenantId", "repMembershipId") REFERENCES "Membership"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DealRegistrationLine" ADD CONSTRAINT "DealRegistrationLine_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealRegistrationLine" ADD CONSTRAINT "DealRegistrationLine_tenantId_registrationId_fkey" FOREIGN KEY ("tenantId", "registrationId") REFERENCES "DealRegistration"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealMatch" ADD CONSTRAINT "DealMatch_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealMatch" ADD CONSTRAINT "DealMatch_tenantId_registrationId_fkey" FOREIGN KEY ("tenantId", "registrationId") REFERENCES "DealRegistration"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealMatch" ADD CONSTRAINT "DealMatch_tenantId_otherRegistrationId_fkey" FOREIGN KEY ("tenantId", "otherRegistrationId") REFERENCES "DealRegistration"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DealMatch" ADD CONSTRAINT "DealMatch_tenantId_otherOpportunityId_fkey" FOREIGN KEY ("tenantId", "otherOpportunityId") REFERENCES "Opportunity"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DealMatch" ADD CONSTRAINT "DealMatch_tenantId_otherAccountId_fkey" FOREIGN KEY ("tenantId", "otherAccountId") REFERENCES "Account"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DealMatch" ADD CONSTRAINT "DealMatch_tenantId_otherPartnerId_fkey" FOREIGN KEY ("tenantId", "otherPartnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DealExtension" ADD CONSTRAINT "DealExtension_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealExtension" ADD CONSTRAINT "DealExtension_tenantId_registrationId_fkey" FOREIGN KEY ("tenantId", "registrationId") REFERENCES "DealRegistration"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_tenantId_registrationId_fkey" FOREIGN KEY ("tenantId", "registrationId") REFERENCES "DealRegistration"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_tenantId_accountId_fkey" FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_tenantId_stageId_fkey" FOREIGN KEY ("tenantId", "stageId") REFERENCES "DealStage"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_tenantId_territoryId_fkey" FOREIGN KEY ("tenantId", "territoryId") REFERENCES "Territory"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_tenantId_repMembershipId_fkey" FOREIGN KEY ("tenantId", "repMembershipId") REFERENCES "Membership"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- Similar names are found through the trigram index of "nameKey" (pg_trgm's % operator).
-- On a table with row-level security PostgreSQL only lets an index serve a condition
-- whose operator is LEAKPROOF: otherwise it checks the policies on every row first and
-- the duplicate check scans all registrations. similarity_op raises no error and has no
-- side effect whatever its arguments (it compares two strings' trigrams), so it is marked
-- LEAKPROOF. Only a superuser may do that: a deployment that migrates as another role runs
-- this one statement as a superuser, or the check stays correct but scans.
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    ALTER FUNCTION similarity_op(text, text) LEAKPROOF;
  ELSE
    RAISE NOTICE 'not a superuser: run ALTER FUNCTION similarity_op(text, text) LEAKPROOF as one (see lib/deals/detection.ts)';
  END IF;
END $$;

-- Every tenant gets the default methodology in its language (new tenants get it from
-- lib/deals/defaults.ts when they are opened): four open stages, Closed won, Closed lost.
INSERT INTO "DealStage" ("id", "tenantId", "name", "position", "probability", "kind", "exitCriteria", "updatedAt")
SELECT
  'stg_' || substr(md5(random()::text || t."id" || d.position::text), 1, 20),
  t."id",
  CASE WHEN t."defaultLocale" = 'es' THEN d.name_es ELSE d.name_en END,
  d.position,
  d.probability,
  d.kind::"DealStageKind",
  (
    SELECT coalesce(jsonb_agg(jsonb_build_object(
      'id', 'crt_' || substr(md5(random()::text || t."id" || d.position::text || c.n::text), 1, 20),
      'label', CASE WHEN t."defaultLocale" = 'es' THEN c.label_es ELSE c.label_en END
    ) ORDER BY c.n), '[]'::jsonb)
    FROM (VALUES
      (1, 1, 'Budget confirmed', 'Presupuesto confirmado'),
      (1, 2, 'Decision maker identified', 'Responsable de la decisión identificado'),
      (2, 1, 'Needs documented', 'Necesidades documentadas'),
      (2, 2, 'Solution demonstrated', 'Solución demostrada'),
      (3, 1, 'Proposal sent', 'Propuesta enviada'),
      (4, 1, 'Terms agreed', 'Condiciones acordadas'),
      (4, 2, 'Purchase order received', 'Orden de compra recibida')
    ) AS c(stage, n, label_en, label_es)
    WHERE c.stage = d.position
  ),
  now()
FROM "Tenant" t
CROSS JOIN (VALUES
  (1, 'Qualify', 'Calificar', 10, 'OPEN'),
  (2, 'Develop', 'Desarrollar', 30, 'OPEN'),
  (3, 'Propose', 'Proponer', 60, 'OPEN'),
  (4, 'Negotiate', 'Negociar', 80, 'OPEN'),
  (5, 'Closed won', 'Ganada', 100, 'WON'),
  (6, 'Closed lost', 'Perdida', 0, 'LOST')
) AS d(position, name_en, name_es, probability, kind);

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: DealRegistrationLine
ALTER TABLE "DealRegistrationLine" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DealRegistrationLine" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "DealRegistrationLine" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "DealRegistrationLine" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "DealRegistrationLine" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "DealRegistrationLine" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "DealRegistrationLine" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: DealExtension
ALTER TABLE "DealExtension" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DealExtension" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "DealExtension" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "DealExtension" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "DealExtension" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "DealExtension" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "DealExtension" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: Opportunity
ALTER TABLE "Opportunity" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Opportunity" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Opportunity" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "Opportunity" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "Opportunity" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "Opportunity" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "Opportunity" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- Hand-written policies (scripts/db/rls.ts RLS_CUSTOM_TABLES).
-- The methodology and the registration rules: every session of the tenant reads them (the
-- portal shows the same stages), only the vendor (and Canal's jobs) change them.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['DealStage', 'DealSettings'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_read ON %I FOR SELECT USING ("tenantId" = app_tenant_id())', t);
    EXECUTE format('CREATE POLICY vendor_insert ON %I FOR INSERT WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor())', t);
    EXECUTE format('CREATE POLICY vendor_update ON %I FOR UPDATE USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id())', t);
    EXECUTE format('CREATE POLICY vendor_delete ON %I FOR DELETE USING ("tenantId" = app_tenant_id() AND app_is_vendor())', t);
  END LOOP;
END $$;

-- Registrations: the standard tenant and partner rules, plus the worker, which reads the
-- open ones of every tenant to find reminders and expiries due (then works each tenant as
-- the system). The partner rule lets the worker's reads through; it writes nothing here.
ALTER TABLE "DealRegistration" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DealRegistration" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "DealRegistration" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY worker_open_registrations ON "DealRegistration" FOR SELECT USING (app_is_worker() AND "status" IN ('PENDING', 'APPROVED'));
CREATE POLICY partner_isolation ON "DealRegistration" AS RESTRICTIVE
  USING ((SELECT app_is_vendor()) OR (SELECT app_is_worker()) OR "partnerId" = (SELECT app_partner_id()))
  WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- Evidence of duplicates and conflicts: the vendor's alone. A partner never reads one, so
-- it cannot learn which other partner (or direct deal) its registration collides with.
ALTER TABLE "DealMatch" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DealMatch" FORCE ROW LEVEL SECURITY;
CREATE POLICY vendor_only ON "DealMatch" USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor());

-- A vendor previewing a partner's portal reads as that partner and writes nothing.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['DealStage', 'DealSettings', 'DealRegistration', 'DealMatch'] LOOP
    EXECUTE format('CREATE POLICY preview_no_insert ON %I AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview())', t);
    EXECUTE format('CREATE POLICY preview_no_update ON %I AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview())', t);
    EXECUTE format('CREATE POLICY preview_no_delete ON %I AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview())', t);
  END LOOP;
END $$;

-- A deal subject names its opportunity (compared as text: a new enum value cannot be used
-- in the transaction that adds it).
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_deal_subject_check" CHECK ("subjectType"::text <> 'DEAL' OR "opportunityId" IS NOT NULL);
