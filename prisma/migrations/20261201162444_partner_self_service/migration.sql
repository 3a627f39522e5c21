-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "channelManagerId" TEXT,
ADD COLUMN     "seatLimit" INTEGER;

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "brandColor" TEXT,
ADD COLUMN     "partnerTeamSelfService" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "setupDismissedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Partner_tenantId_channelManagerId_idx" ON "Partner"("tenantId", "channelManagerId");

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_tenantId_channelManagerId_fkey" FOREIGN KEY ("tenantId", "channelManagerId") REFERENCES "Membership"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- Values people set, checked by the database too (lib/partners/schema.ts, lib/tenancy/schema.ts).
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_seatLimit_check" CHECK ("seatLimit" IS NULL OR "seatLimit" >= 0);
ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_brandColor_check" CHECK ("brandColor" IS NULL OR "brandColor" ~ '^#[0-9a-f]{6}$');

-- Row-level security (see docs/architecture.md).
-- Partner admins manage their own partner's portal seats (lib/seats): a partner session
-- may add and change seats of its own partner only. The service checks the permission
-- (partnerTeam.manage) and the vendor's rules; this is the second wall.
CREATE POLICY partner_user_insert_own_team ON "PartnerUser" FOR INSERT WITH CHECK (
  "tenantId" = app_tenant_id() AND "partnerId" = app_partner_id()
  AND coalesce(current_setting('app.audience', true), '') = 'partner');
CREATE POLICY partner_user_update_own_team ON "PartnerUser" FOR UPDATE
  USING ("tenantId" = app_tenant_id() AND "partnerId" = app_partner_id()
    AND coalesce(current_setting('app.audience', true), '') = 'partner')
  WITH CHECK ("tenantId" = app_tenant_id() AND "partnerId" = app_partner_id());

-- The login being invited (app.invitee_id, set by the inviting transaction once it found
-- the login by its address): its seats in this tenant are visible, so that an invitation
-- made by a partner admin, who sees no back-office seats, still refuses someone who
-- already holds a seat here (one seat per person and tenant).
CREATE OR REPLACE FUNCTION app_invitee_id() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.invitee_id', true), '')
$$;
CREATE POLICY membership_read_invitee ON "Membership" FOR SELECT USING ("tenantId" = app_tenant_id() AND "userId" = app_invitee_id());
CREATE POLICY partner_user_read_invitee ON "PartnerUser" FOR SELECT USING ("tenantId" = app_tenant_id() AND "userId" = app_invitee_id());

-- A partner's channel manager: the partner's users (and a vendor previewing their portal)
-- see that one back-office seat, and through it the person's name and e-mail (User's
-- policy follows visible seats).
CREATE POLICY membership_read_channel_manager ON "Membership" FOR SELECT USING (
  "tenantId" = app_tenant_id()
  AND "id" IN (SELECT "channelManagerId" FROM "Partner" WHERE "tenantId" = app_tenant_id() AND "id" = app_partner_id()));

-- Preview as partner: a vendor user reading a partner's portal acts with the audience
-- 'preview' (lib/auth/preview.ts). Such a session reads what that partner's users read and
-- writes nothing, anywhere: a restrictive policy per write on every table with RLS (new
-- tables get the same from scripts/db/rls.ts).
CREATE OR REPLACE FUNCTION app_is_preview() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('app.audience', true), '') = 'preview'
$$;
DO $$
DECLARE t record;
BEGIN
  FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity LOOP
    EXECUTE format('CREATE POLICY preview_no_insert ON %I AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview())', t.relname);
    EXECUTE format('CREATE POLICY preview_no_update ON %I AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview())', t.relname);
    EXECUTE format('CREATE POLICY preview_no_delete ON %I AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview())', t.relname);
  END LOOP;
END $$;

-- The worker renders a workspace's e-mails with its brand (name, colour): it reads tenants.
CREATE POLICY tenant_read_worker ON "Tenant" FOR SELECT USING (app_is_worker());
