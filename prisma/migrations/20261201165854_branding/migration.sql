-- The brand colour is also added by the partner self-service work (issue 9, migration
-- …_partner_self_service), which orders first: written so that either may land first.
ALTER TABLE "Tenant" ADD COLUMN IF NOT EXISTS "brandColor" TEXT;
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'Tenant_brandColor_check') THEN
    ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_brandColor_check" CHECK ("brandColor" IS NULL OR "brandColor" ~ '^#[0-9a-f]{6}$');
  END IF;
END $$;

-- The worker renders a workspace's e-mails with its brand (name, colour, logo): it reads tenants.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE tablename = 'Tenant' AND policyname = 'tenant_read_worker') THEN
    CREATE POLICY tenant_read_worker ON "Tenant" FOR SELECT USING (app_is_worker());
  END IF;
END $$;
