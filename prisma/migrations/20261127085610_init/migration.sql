-- Row-level security helpers. Each reads a setting made per transaction by
-- lib/db/scope.ts (set_config(..., true)); unset or empty means NULL, which no policy
-- matches, so a connection that forgot to set them sees no tenant rows.
CREATE OR REPLACE FUNCTION app_tenant_id() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.tenant_id', true), '')
$$;
CREATE OR REPLACE FUNCTION app_user_id() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.user_id', true), '')
$$;
CREATE OR REPLACE FUNCTION app_partner_id() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.partner_id', true), '')
$$;
-- Vendor users and Canal's own jobs see every partner's rows of their tenant.
CREATE OR REPLACE FUNCTION app_is_vendor() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('app.audience', true), '') IN ('vendor', 'system')
$$;
CREATE OR REPLACE FUNCTION app_user_email() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.user_email', true), '')
$$;
CREATE OR REPLACE FUNCTION app_tenant_slug() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.tenant_slug', true), '')
$$;

-- CreateEnum
CREATE TYPE "AuthTokenPurpose" AS ENUM ('PASSWORD_RESET', 'INVITATION');

-- CreateEnum
CREATE TYPE "PartnerType" AS ENUM ('DISTRIBUTOR', 'WHOLESALER', 'RETAILER', 'VAR', 'OEM', 'REFERRAL');

-- CreateEnum
CREATE TYPE "PartnerStatus" AS ENUM ('PROSPECT', 'ONBOARDING', 'ACTIVE', 'SUSPENDED', 'OFFBOARDED');

-- CreateEnum
CREATE TYPE "PartnerRole" AS ENUM ('PARTNER_ADMIN', 'PARTNER_USER');

-- CreateEnum
CREATE TYPE "VendorRole" AS ENUM ('TENANT_ADMIN', 'CHANNEL_MANAGER', 'SALES_REP', 'FINANCE');

-- CreateEnum
CREATE TYPE "MemberStatus" AS ENUM ('INVITED', 'ACTIVE', 'DEACTIVATED');

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "actorUserId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "phone" TEXT,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" "AuthTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "tenantId" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "DevMailboxMessage" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DevMailboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partner" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "PartnerType" NOT NULL,
    "status" "PartnerStatus" NOT NULL DEFAULT 'ONBOARDING',
    "tier" TEXT,
    "country" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerUser" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "PartnerRole" NOT NULL,
    "status" "MemberStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tenant" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "defaultLocale" TEXT NOT NULL DEFAULT 'en',
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "VendorRole" NOT NULL,
    "status" "MemberStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditLog_tenantId_createdAt_idx" ON "AuditLog"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_tenantId_entityType_entityId_idx" ON "AuditLog"("tenantId", "entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditLog_tenantId_id_key" ON "AuditLog"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "AuthToken_tokenHash_key" ON "AuthToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AuthToken_userId_purpose_idx" ON "AuthToken"("userId", "purpose");

-- CreateIndex
CREATE INDEX "RateLimitBucket_windowStart_idx" ON "RateLimitBucket"("windowStart");

-- CreateIndex
CREATE INDEX "DevMailboxMessage_to_createdAt_idx" ON "DevMailboxMessage"("to", "createdAt");

-- CreateIndex
CREATE INDEX "Partner_tenantId_status_idx" ON "Partner"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_tenantId_id_key" ON "Partner"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_tenantId_name_key" ON "Partner"("tenantId", "name");

-- CreateIndex
CREATE INDEX "PartnerUser_tenantId_partnerId_idx" ON "PartnerUser"("tenantId", "partnerId");

-- CreateIndex
CREATE INDEX "PartnerUser_userId_idx" ON "PartnerUser"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerUser_tenantId_id_key" ON "PartnerUser"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerUser_tenantId_userId_key" ON "PartnerUser"("tenantId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_slug_key" ON "Tenant"("slug");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_tenantId_id_key" ON "Membership"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_tenantId_userId_key" ON "Membership"("tenantId", "userId");

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthToken" ADD CONSTRAINT "AuthToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerUser" ADD CONSTRAINT "PartnerUser_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerUser" ADD CONSTRAINT "PartnerUser_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerUser" ADD CONSTRAINT "PartnerUser_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: AuditLog
ALTER TABLE "AuditLog" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditLog" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AuditLog" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());

-- Hand-written row-level security (see docs/architecture.md).
-- Tenant: a tenant reads itself, the tenant named in the URL being routed, and the
-- tenants where the signed-in user holds a seat (workspace switcher).
ALTER TABLE "Tenant" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Tenant" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Tenant" FOR SELECT USING (
  "id" = app_tenant_id()
  OR "slug" = app_tenant_slug()
  OR "id" IN (SELECT "tenantId" FROM "Membership" WHERE "userId" = app_user_id())
  OR "id" IN (SELECT "tenantId" FROM "PartnerUser" WHERE "userId" = app_user_id())
);
CREATE POLICY tenant_write ON "Tenant" FOR INSERT WITH CHECK ("id" = app_tenant_id());
CREATE POLICY tenant_update ON "Tenant" FOR UPDATE USING ("id" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("id" = app_tenant_id());

-- Membership: rows of the current tenant, plus the user's own seats in any tenant (read only).
ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
CREATE POLICY membership_read ON "Membership" FOR SELECT USING (("tenantId" = app_tenant_id() AND app_is_vendor()) OR "userId" = app_user_id());
CREATE POLICY membership_insert ON "Membership" FOR INSERT WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor());
CREATE POLICY membership_update ON "Membership" FOR UPDATE USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY membership_delete ON "Membership" FOR DELETE USING ("tenantId" = app_tenant_id() AND app_is_vendor());

-- Partner: vendor users see the tenant's partners; a partner user only their own, and
-- a signed-in user the partners where they hold a seat (workspace switcher).
ALTER TABLE "Partner" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Partner" FORCE ROW LEVEL SECURITY;
CREATE POLICY partner_read ON "Partner" FOR SELECT USING (
  ("tenantId" = app_tenant_id() AND (app_is_vendor() OR "id" = app_partner_id()))
  OR "id" IN (SELECT "partnerId" FROM "PartnerUser" WHERE "userId" = app_user_id())
);
CREATE POLICY partner_insert ON "Partner" FOR INSERT WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor());
CREATE POLICY partner_update ON "Partner" FOR UPDATE USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY partner_delete ON "Partner" FOR DELETE USING ("tenantId" = app_tenant_id() AND app_is_vendor());

-- PartnerUser: like Membership, with partner users limited to their own partner's team.
ALTER TABLE "PartnerUser" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PartnerUser" FORCE ROW LEVEL SECURITY;
CREATE POLICY partner_user_read ON "PartnerUser" FOR SELECT USING (
  ("tenantId" = app_tenant_id() AND (app_is_vendor() OR "partnerId" = app_partner_id()))
  OR "userId" = app_user_id()
);
CREATE POLICY partner_user_insert ON "PartnerUser" FOR INSERT WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor());
CREATE POLICY partner_user_update ON "PartnerUser" FOR UPDATE USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY partner_user_delete ON "PartnerUser" FOR DELETE USING ("tenantId" = app_tenant_id() AND app_is_vendor());

-- User: logins are global. Visible: yourself, the users holding seats in the current
-- tenant (vendor side sees all; a partner user only their own partner's team, via the
-- PartnerUser policy), and the one e-mail being signed in or invited.
ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "User" FORCE ROW LEVEL SECURITY;
CREATE POLICY user_read ON "User" FOR SELECT USING (
  "id" = app_user_id()
  OR "email" = app_user_email()
  OR "id" IN (SELECT "userId" FROM "Membership" WHERE "tenantId" = app_tenant_id())
  OR "id" IN (SELECT "userId" FROM "PartnerUser" WHERE "tenantId" = app_tenant_id())
);
CREATE POLICY user_insert ON "User" FOR INSERT WITH CHECK ("email" = app_user_email() OR "id" = app_user_id());
CREATE POLICY user_update ON "User" FOR UPDATE USING (
  "id" = app_user_id()
  OR (app_is_vendor() AND "id" IN (SELECT "userId" FROM "Membership" WHERE "tenantId" = app_tenant_id()))
  OR (app_is_vendor() AND "id" IN (SELECT "userId" FROM "PartnerUser" WHERE "tenantId" = app_tenant_id()))
);

-- AuditLog keeps the generated tenant policy; reading it is for vendor users only.
CREATE POLICY audit_read_vendor_only ON "AuditLog" AS RESTRICTIVE FOR SELECT USING (app_is_vendor());
