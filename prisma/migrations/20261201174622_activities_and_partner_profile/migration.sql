-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('CALL', 'MEETING', 'EMAIL', 'NOTE', 'TASK');

-- CreateEnum
CREATE TYPE "ActivityVisibility" AS ENUM ('INTERNAL', 'SHARED');

-- CreateEnum
CREATE TYPE "ActivitySubjectType" AS ENUM ('PARTNER');

-- CreateEnum
CREATE TYPE "ActivitySide" AS ENUM ('VENDOR', 'PARTNER');

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "kind" "ActivityKind" NOT NULL,
    "visibility" "ActivityVisibility" NOT NULL,
    "subjectType" "ActivitySubjectType" NOT NULL,
    "partnerId" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "occurredOn" DATE NOT NULL,
    "dueOn" DATE,
    "remindOn" DATE,
    "assigneeMembershipId" TEXT,
    "assigneePartnerUserId" TEXT,
    "reminderSentAt" TIMESTAMP(3),
    "overdueNotifiedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "completedByUserId" TEXT,
    "authorUserId" TEXT NOT NULL,
    "authorSide" "ActivitySide" NOT NULL,
    "authorName" TEXT NOT NULL,
    "assigneeName" TEXT,
    "completedByName" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerProfile" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "legalName" TEXT,
    "taxId" TEXT,
    "website" TEXT,
    "phone" TEXT,
    "industry" TEXT,
    "addressLine1" TEXT,
    "addressLine2" TEXT,
    "city" TEXT,
    "region" TEXT,
    "postalCode" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerContact" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "primary" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerContact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Activity_tenantId_partnerId_occurredOn_createdAt_idx" ON "Activity"("tenantId", "partnerId", "occurredOn" DESC, "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Activity_tenantId_assigneeMembershipId_completedAt_dueOn_idx" ON "Activity"("tenantId", "assigneeMembershipId", "completedAt", "dueOn");

-- CreateIndex
CREATE INDEX "Activity_tenantId_assigneePartnerUserId_completedAt_dueOn_idx" ON "Activity"("tenantId", "assigneePartnerUserId", "completedAt", "dueOn");

-- CreateIndex
CREATE INDEX "Activity_kind_completedAt_remindOn_idx" ON "Activity"("kind", "completedAt", "remindOn");

-- CreateIndex
CREATE INDEX "Activity_kind_completedAt_dueOn_idx" ON "Activity"("kind", "completedAt", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_tenantId_id_key" ON "Activity"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerProfile_tenantId_id_key" ON "PartnerProfile"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerProfile_tenantId_partnerId_key" ON "PartnerProfile"("tenantId", "partnerId");

-- CreateIndex
CREATE INDEX "PartnerContact_tenantId_partnerId_primary_name_idx" ON "PartnerContact"("tenantId", "partnerId", "primary", "name");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerContact_tenantId_id_key" ON "PartnerContact"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_tenantId_assigneeMembershipId_fkey" FOREIGN KEY ("tenantId", "assigneeMembershipId") REFERENCES "Membership"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_tenantId_assigneePartnerUserId_fkey" FOREIGN KEY ("tenantId", "assigneePartnerUserId") REFERENCES "PartnerUser"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_authorUserId_fkey" FOREIGN KEY ("authorUserId") REFERENCES "User"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_completedByUserId_fkey" FOREIGN KEY ("completedByUserId") REFERENCES "User"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerProfile" ADD CONSTRAINT "PartnerProfile_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerProfile" ADD CONSTRAINT "PartnerProfile_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerContact" ADD CONSTRAINT "PartnerContact_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerContact" ADD CONSTRAINT "PartnerContact_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: PartnerProfile
ALTER TABLE "PartnerProfile" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PartnerProfile" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PartnerProfile" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "PartnerProfile" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "PartnerProfile" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "PartnerProfile" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "PartnerProfile" AS RESTRICTIVE USING (app_is_vendor() OR "partnerId" = app_partner_id()) WITH CHECK (app_is_vendor() OR "partnerId" = app_partner_id());

-- RowLevelSecurity: PartnerContact
ALTER TABLE "PartnerContact" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PartnerContact" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PartnerContact" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "PartnerContact" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "PartnerContact" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "PartnerContact" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "PartnerContact" AS RESTRICTIVE USING (app_is_vendor() OR "partnerId" = app_partner_id()) WITH CHECK (app_is_vendor() OR "partnerId" = app_partner_id());

-- Activity rules the database keeps whatever the code does (lib/activities/service.ts):
-- a partner subject names its partner; a task has a due date; at most one assignee.
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_subject_check" CHECK ("subjectType" <> 'PARTNER' OR "partnerId" IS NOT NULL);
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_task_due_check" CHECK (("kind" = 'TASK') = ("dueOn" IS NOT NULL));
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_one_assignee_check" CHECK (num_nonnulls("assigneeMembershipId", "assigneePartnerUserId") <= 1);
-- Nobody in the portal may hold an internal activity: a portal assignee implies SHARED.
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_portal_assignee_shared_check" CHECK ("assigneePartnerUserId" IS NULL OR "visibility" = 'SHARED');

-- A partner's primary contact is unique (setting a new one clears the old in one transaction).
CREATE UNIQUE INDEX "PartnerContact_one_primary_idx" ON "PartnerContact"("tenantId", "partnerId") WHERE "primary";

-- RowLevelSecurity: Activity (hand-written, scripts/db/rls.ts RLS_CUSTOM_TABLES).
-- Vendor users and Canal's jobs see the tenant's activities; a partner session (and a
-- vendor previewing its portal) only the SHARED activities of its own partner — vendor-
-- internal notes never reach the portal, even through a query that forgot to filter.
-- The worker finds open tasks across tenants for reminders and overdue notices.
ALTER TABLE "Activity" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Activity" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Activity" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY worker_open_tasks ON "Activity" FOR SELECT USING (app_is_worker() AND "kind" = 'TASK' AND "completedAt" IS NULL);
CREATE POLICY preview_no_insert ON "Activity" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "Activity" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "Activity" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_shared_only ON "Activity" AS RESTRICTIVE
  USING (app_is_vendor() OR app_is_worker() OR ("partnerId" = app_partner_id() AND "visibility" = 'SHARED'))
  WITH CHECK (app_is_vendor() OR ("partnerId" = app_partner_id() AND "visibility" = 'SHARED'));
