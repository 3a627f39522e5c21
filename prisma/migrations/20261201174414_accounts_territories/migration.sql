-- CreateEnum
CREATE TYPE "AccountTerritorySource" AS ENUM ('NONE', 'RULE', 'MANUAL');

-- CreateEnum
CREATE TYPE "AccountReviewStatus" AS ENUM ('CLEAR', 'UNDER_REVIEW', 'DECLINED');

-- CreateEnum
CREATE TYPE "ConflictKind" AS ENUM ('DUPLICATE_CLAIM', 'OUT_OF_TERRITORY');

-- CreateEnum
CREATE TYPE "ConflictStatus" AS ENUM ('OPEN', 'ALLOWED', 'DECLINED');

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "domain" TEXT,
    "taxId" TEXT,
    "country" CHAR(2),
    "region" TEXT,
    "regionKey" TEXT,
    "city" TEXT,
    "postalCode" TEXT,
    "industry" TEXT,
    "territoryId" TEXT,
    "territorySource" "AccountTerritorySource" NOT NULL DEFAULT 'NONE',
    "territoryRuleId" TEXT,
    "reviewStatus" "AccountReviewStatus" NOT NULL DEFAULT 'CLEAR',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountContact" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "partnerId" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "title" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccountContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountTerritoryChange" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "fromTerritory" TEXT,
    "toTerritory" TEXT,
    "toTerritoryId" TEXT,
    "source" "AccountTerritorySource" NOT NULL,
    "ruleId" TEXT,
    "reason" TEXT,
    "actorUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountTerritoryChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelConflict" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "kind" "ConflictKind" NOT NULL,
    "status" "ConflictStatus" NOT NULL DEFAULT 'OPEN',
    "accountId" TEXT NOT NULL,
    "claimantPartnerId" TEXT NOT NULL,
    "otherAccountId" TEXT,
    "otherPartnerId" TEXT,
    "matchedOn" TEXT[],
    "territoryPath" TEXT,
    "resolutionReason" TEXT,
    "resolvedByUserId" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChannelConflict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Territory" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "parentId" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "path" TEXT NOT NULL,
    "depth" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Territory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TerritoryRule" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "territoryId" TEXT NOT NULL,
    "country" CHAR(2),
    "region" TEXT,
    "regionKey" TEXT,
    "postalPrefix" TEXT,
    "industry" TEXT,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TerritoryRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TerritoryOwner" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "territoryId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TerritoryOwner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TerritoryPartner" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "territoryId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TerritoryPartner_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Account_tenantId_name_id_idx" ON "Account"("tenantId", "name", "id");

-- CreateIndex
CREATE INDEX "Account_tenantId_partnerId_name_id_idx" ON "Account"("tenantId", "partnerId", "name", "id");

-- CreateIndex
CREATE INDEX "Account_tenantId_territoryId_name_id_idx" ON "Account"("tenantId", "territoryId", "name", "id");

-- CreateIndex
CREATE INDEX "Account_tenantId_createdAt_idx" ON "Account"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "Account_tenantId_reviewStatus_idx" ON "Account"("tenantId", "reviewStatus");

-- CreateIndex
CREATE INDEX "Account_tenantId_nameKey_idx" ON "Account"("tenantId", "nameKey");

-- CreateIndex
CREATE INDEX "Account_tenantId_domain_idx" ON "Account"("tenantId", "domain");

-- CreateIndex
CREATE INDEX "Account_tenantId_taxId_idx" ON "Account"("tenantId", "taxId");

-- CreateIndex
CREATE INDEX "Account_name_trgm_idx" ON "Account" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Account_tenantId_id_key" ON "Account"("tenantId", "id");

-- CreateIndex
CREATE INDEX "AccountContact_tenantId_accountId_idx" ON "AccountContact"("tenantId", "accountId");

-- CreateIndex
CREATE INDEX "AccountContact_tenantId_partnerId_idx" ON "AccountContact"("tenantId", "partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "AccountContact_tenantId_id_key" ON "AccountContact"("tenantId", "id");

-- CreateIndex
CREATE INDEX "AccountTerritoryChange_tenantId_accountId_createdAt_idx" ON "AccountTerritoryChange"("tenantId", "accountId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AccountTerritoryChange_tenantId_id_key" ON "AccountTerritoryChange"("tenantId", "id");

-- CreateIndex
CREATE INDEX "ChannelConflict_tenantId_status_createdAt_idx" ON "ChannelConflict"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "ChannelConflict_tenantId_accountId_idx" ON "ChannelConflict"("tenantId", "accountId");

-- CreateIndex
CREATE INDEX "ChannelConflict_tenantId_otherAccountId_idx" ON "ChannelConflict"("tenantId", "otherAccountId");

-- CreateIndex
CREATE INDEX "ChannelConflict_tenantId_claimantPartnerId_idx" ON "ChannelConflict"("tenantId", "claimantPartnerId");

-- CreateIndex
CREATE INDEX "ChannelConflict_tenantId_otherPartnerId_idx" ON "ChannelConflict"("tenantId", "otherPartnerId");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelConflict_tenantId_id_key" ON "ChannelConflict"("tenantId", "id");

-- CreateIndex
CREATE INDEX "Territory_tenantId_parentId_idx" ON "Territory"("tenantId", "parentId");

-- CreateIndex
CREATE INDEX "Territory_tenantId_path_idx" ON "Territory"("tenantId", "path");

-- CreateIndex
CREATE UNIQUE INDEX "Territory_tenantId_id_key" ON "Territory"("tenantId", "id");

-- CreateIndex
CREATE INDEX "TerritoryRule_tenantId_territoryId_idx" ON "TerritoryRule"("tenantId", "territoryId");

-- CreateIndex
CREATE UNIQUE INDEX "TerritoryRule_tenantId_id_key" ON "TerritoryRule"("tenantId", "id");

-- CreateIndex
CREATE INDEX "TerritoryOwner_tenantId_membershipId_idx" ON "TerritoryOwner"("tenantId", "membershipId");

-- CreateIndex
CREATE UNIQUE INDEX "TerritoryOwner_tenantId_id_key" ON "TerritoryOwner"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "TerritoryOwner_tenantId_territoryId_membershipId_key" ON "TerritoryOwner"("tenantId", "territoryId", "membershipId");

-- CreateIndex
CREATE INDEX "TerritoryPartner_tenantId_partnerId_idx" ON "TerritoryPartner"("tenantId", "partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "TerritoryPartner_tenantId_id_key" ON "TerritoryPartner"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "TerritoryPartner_tenantId_territoryId_partnerId_key" ON "TerritoryPartner"("tenantId", "territoryId", "partnerId");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_tenantId_territoryId_fkey" FOREIGN KEY ("tenantId", "territoryId") REFERENCES "Territory"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_tenantId_territoryRuleId_fkey" FOREIGN KEY ("tenantId", "territoryRuleId") REFERENCES "TerritoryRule"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AccountContact" ADD CONSTRAINT "AccountContact_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountContact" ADD CONSTRAINT "AccountContact_tenantId_accountId_fkey" FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountTerritoryChange" ADD CONSTRAINT "AccountTerritoryChange_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountTerritoryChange" ADD CONSTRAINT "AccountTerritoryChange_tenantId_accountId_fkey" FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelConflict" ADD CONSTRAINT "ChannelConflict_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelConflict" ADD CONSTRAINT "ChannelConflict_tenantId_accountId_fkey" FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelConflict" ADD CONSTRAINT "ChannelConflict_tenantId_otherAccountId_fkey" FOREIGN KEY ("tenantId", "otherAccountId") REFERENCES "Account"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ChannelConflict" ADD CONSTRAINT "ChannelConflict_tenantId_claimantPartnerId_fkey" FOREIGN KEY ("tenantId", "claimantPartnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelConflict" ADD CONSTRAINT "ChannelConflict_tenantId_otherPartnerId_fkey" FOREIGN KEY ("tenantId", "otherPartnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_tenantId_parentId_fkey" FOREIGN KEY ("tenantId", "parentId") REFERENCES "Territory"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "TerritoryRule" ADD CONSTRAINT "TerritoryRule_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryRule" ADD CONSTRAINT "TerritoryRule_tenantId_territoryId_fkey" FOREIGN KEY ("tenantId", "territoryId") REFERENCES "Territory"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryOwner" ADD CONSTRAINT "TerritoryOwner_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryOwner" ADD CONSTRAINT "TerritoryOwner_tenantId_territoryId_fkey" FOREIGN KEY ("tenantId", "territoryId") REFERENCES "Territory"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryOwner" ADD CONSTRAINT "TerritoryOwner_tenantId_membershipId_fkey" FOREIGN KEY ("tenantId", "membershipId") REFERENCES "Membership"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryPartner" ADD CONSTRAINT "TerritoryPartner_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryPartner" ADD CONSTRAINT "TerritoryPartner_tenantId_territoryId_fkey" FOREIGN KEY ("tenantId", "territoryId") REFERENCES "Territory"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryPartner" ADD CONSTRAINT "TerritoryPartner_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: Account
ALTER TABLE "Account" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Account" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Account" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "Account" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "Account" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "Account" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "Account" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: AccountContact
ALTER TABLE "AccountContact" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AccountContact" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AccountContact" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "AccountContact" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "AccountContact" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "AccountContact" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "AccountContact" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: TerritoryPartner
ALTER TABLE "TerritoryPartner" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TerritoryPartner" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "TerritoryPartner" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "TerritoryPartner" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "TerritoryPartner" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "TerritoryPartner" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "TerritoryPartner" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- Hand-written policies (scripts/db/rls.ts RLS_CUSTOM_TABLES).
-- Territories: vendor users (and Canal's jobs) see and change the tree; a partner (or a
-- vendor previewing it) reads only the territories it is assigned to.
ALTER TABLE "Territory" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Territory" FORCE ROW LEVEL SECURITY;
CREATE POLICY territory_read ON "Territory" FOR SELECT USING (
  "tenantId" = app_tenant_id() AND (
    app_is_vendor() OR EXISTS (
      SELECT 1 FROM "TerritoryPartner" tp
      WHERE tp."tenantId" = "Territory"."tenantId" AND tp."territoryId" = "Territory"."id" AND tp."partnerId" = app_partner_id()
    )
  )
);
CREATE POLICY territory_insert ON "Territory" FOR INSERT WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor());
CREATE POLICY territory_update ON "Territory" FOR UPDATE USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY territory_delete ON "Territory" FOR DELETE USING ("tenantId" = app_tenant_id() AND app_is_vendor());

-- Rules, owner reps, reassignment history and channel conflicts: the vendor's alone. A
-- partner never reads a conflict, so it cannot learn which other partner is involved.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['TerritoryRule', 'TerritoryOwner', 'AccountTerritoryChange', 'ChannelConflict'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY vendor_only ON %I USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor())', t);
  END LOOP;
END $$;

-- A vendor previewing a partner's portal reads as that partner and writes nothing.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Territory', 'TerritoryRule', 'TerritoryOwner', 'AccountTerritoryChange', 'ChannelConflict'] LOOP
    EXECUTE format('CREATE POLICY preview_no_insert ON %I AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview())', t);
    EXECUTE format('CREATE POLICY preview_no_update ON %I AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview())', t);
    EXECUTE format('CREATE POLICY preview_no_delete ON %I AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview())', t);
  END LOOP;
END $$;
