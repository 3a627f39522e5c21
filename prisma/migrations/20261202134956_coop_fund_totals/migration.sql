-- CreateTable
CREATE TABLE "CoopFundTotal" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "fundId" TEXT NOT NULL,
    "kind" "CoopEntryKind" NOT NULL,
    "forClaim" BOOLEAN NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "entries" INTEGER NOT NULL,

    CONSTRAINT "CoopFundTotal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CoopFundTotal_tenantId_id_key" ON "CoopFundTotal"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CoopFundTotal_tenantId_fundId_kind_forClaim_key" ON "CoopFundTotal"("tenantId", "fundId", "kind", "forClaim");

-- AddForeignKey
ALTER TABLE "CoopFundTotal" ADD CONSTRAINT "CoopFundTotal_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoopFundTotal" ADD CONSTRAINT "CoopFundTotal_tenantId_fundId_partnerId_fkey" FOREIGN KEY ("tenantId", "fundId", "partnerId") REFERENCES "CoopFund"("tenantId", "id", "partnerId") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: CoopFundTotal
ALTER TABLE "CoopFundTotal" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CoopFundTotal" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CoopFundTotal" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "CoopFundTotal" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "CoopFundTotal" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "CoopFundTotal" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "CoopFundTotal" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- The running sums are the database's, never the app's: rows are written only from inside the
-- trigger below (which runs as the session that appends the entries, so the policies above
-- still apply), and deleted only by a cascade (the tenant's deletion).
CREATE POLICY totals_by_trigger_insert ON "CoopFundTotal" AS RESTRICTIVE FOR INSERT WITH CHECK (pg_trigger_depth() > 0);
CREATE POLICY totals_by_trigger_update ON "CoopFundTotal" AS RESTRICTIVE FOR UPDATE USING (pg_trigger_depth() > 0);
CREATE POLICY totals_by_trigger_delete ON "CoopFundTotal" AS RESTRICTIVE FOR DELETE USING (pg_trigger_depth() > 0);

-- One statement-level trigger adds every statement's entries to their funds' sums (a bulk
-- insert of a million entries costs one aggregate, a single entry one upsert). Writers to a
-- fund already hold its row lock (lib/coop/ledger.ts lockFund), so the upserts queue there.
CREATE FUNCTION coop_fund_totals_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CoopFundTotal" (id, "tenantId", "partnerId", "fundId", kind, "forClaim", "amountMinor", entries)
  SELECT n."fundId" || ':' || n.kind::text || ':' || CASE WHEN n."claimId" IS NULL THEN 'fund' ELSE 'claim' END,
         n."tenantId", n."partnerId", n."fundId", n.kind, n."claimId" IS NOT NULL, sum(n."amountMinor"), count(*)
    FROM inserted n
   GROUP BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("tenantId", "fundId", kind, "forClaim")
  DO UPDATE SET "amountMinor" = "CoopFundTotal"."amountMinor" + EXCLUDED."amountMinor", entries = "CoopFundTotal".entries + EXCLUDED.entries;
  RETURN NULL;
END
$$;
CREATE TRIGGER coop_fund_totals AFTER INSERT ON "CoopEntry" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION coop_fund_totals_add();

-- The sums of the entries written before this migration (as the owner: row-level security is
-- lifted from both tables for this one statement, inside the migration's transaction).
ALTER TABLE "CoopEntry" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "CoopFundTotal" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "CoopFundTotal" DISABLE ROW LEVEL SECURITY;
INSERT INTO "CoopFundTotal" (id, "tenantId", "partnerId", "fundId", kind, "forClaim", "amountMinor", entries)
SELECT e."fundId" || ':' || e.kind::text || ':' || CASE WHEN e."claimId" IS NULL THEN 'fund' ELSE 'claim' END,
       e."tenantId", e."partnerId", e."fundId", e.kind, e."claimId" IS NOT NULL, sum(e."amountMinor"), count(*)
  FROM "CoopEntry" e
 GROUP BY 1, 2, 3, 4, 5, 6;
ALTER TABLE "CoopFundTotal" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CoopFundTotal" FORCE ROW LEVEL SECURITY;
ALTER TABLE "CoopEntry" FORCE ROW LEVEL SECURITY;
