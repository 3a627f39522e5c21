-- Duplicate detection searches one narrow side table of claim keys (DealClaim) instead of
-- every registration and deal (lib/deals/detection.ts; docs/deals.md "Performance"). A
-- similar-name lookup rechecks every trigram candidate on the heap: a name ending in a long
-- common word ("… industrial") yields ~10,000 candidates among 100,000 registrations, which
-- sat on ~3,800 pages of DealRegistration and ~1,800 of Opportunity; here, only claiming rows
-- and only their keys. The indexes the detection used on the two tables go (their writes
-- cost every registration and deal something); DealClaim has its own.

-- DropIndex
DROP INDEX "DealRegistration_nameKey_trgm_idx";

-- DropIndex
DROP INDEX "DealRegistration_tenantId_domain_idx";

-- DropIndex
DROP INDEX "DealRegistration_tenantId_nameKey_idx";

-- DropIndex
DROP INDEX "DealRegistration_tenantId_taxId_idx";

-- DropIndex
DROP INDEX "Opportunity_nameKey_trgm_idx";

-- DropIndex
DROP INDEX "Opportunity_tenantId_domain_idx";

-- DropIndex
DROP INDEX "Opportunity_tenantId_nameKey_idx";

-- DropIndex
DROP INDEX "Opportunity_tenantId_taxId_idx";

-- CreateTable
CREATE TABLE "DealClaim" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "registrationId" TEXT,
    "opportunityId" TEXT,
    "partnerId" TEXT,
    "nameKey" TEXT NOT NULL,
    "wordSet" TEXT NOT NULL,
    "trigrams" INTEGER NOT NULL,
    "domain" TEXT,
    "taxId" TEXT,
    "claimsUntil" DATE,

    CONSTRAINT "DealClaim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DealClaim_tenantId_registrationId_idx" ON "DealClaim"("tenantId", "registrationId");

-- CreateIndex
CREATE INDEX "DealClaim_tenantId_nameKey_idx" ON "DealClaim"("tenantId", "nameKey");

-- CreateIndex
CREATE INDEX "DealClaim_tenantId_domain_idx" ON "DealClaim"("tenantId", "domain");

-- CreateIndex
CREATE INDEX "DealClaim_tenantId_taxId_idx" ON "DealClaim"("tenantId", "taxId");

-- CreateIndex
CREATE INDEX "DealClaim_nameKey_trgm_idx" ON "DealClaim" USING GIN ("nameKey" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "DealClaim_tenantId_wordSet_idx" ON "DealClaim"("tenantId", "wordSet");

-- CreateIndex
CREATE INDEX "DealClaim_tenantId_trigrams_idx" ON "DealClaim"("tenantId", "trigrams");

-- CreateIndex
CREATE UNIQUE INDEX "DealClaim_tenantId_id_key" ON "DealClaim"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DealClaim_tenantId_opportunityId_key" ON "DealClaim"("tenantId", "opportunityId");

-- AddForeignKey
ALTER TABLE "DealClaim" ADD CONSTRAINT "DealClaim_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealClaim" ADD CONSTRAINT "DealClaim_tenantId_registrationId_fkey" FOREIGN KEY ("tenantId", "registrationId") REFERENCES "DealRegistration"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealClaim" ADD CONSTRAINT "DealClaim_tenantId_opportunityId_fkey" FOREIGN KEY ("tenantId", "opportunityId") REFERENCES "Opportunity"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: DealClaim
ALTER TABLE "DealClaim" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DealClaim" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "DealClaim" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "DealClaim" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "DealClaim" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "DealClaim" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "DealClaim" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- The claim keys follow their registration or deal in the same transaction, whoever writes
-- it (services, the expiry job, imports, seeds): a trigger, not application code, so no
-- path can forget it. The trigger runs as the writer, under the same row-level security
-- (a partner writes its own claims, the vendor and the system any of the tenant's).
-- Claiming: a PENDING registration; an APPROVED one with a last protected day (the
-- detection compares that day with the tenant's today); an OPEN opportunity.
-- A name's distinct words, sorted by byte (as JavaScript sorts them) and joined; and its
-- number of distinct trigrams as pg_trgm counts them (lib/deals/detection.ts).
CREATE FUNCTION deal_claim_word_set(name_key text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(string_agg(w, ' ' ORDER BY w), '')
  FROM (SELECT DISTINCT w COLLATE "C" AS w FROM unnest(string_to_array(name_key, ' ')) AS w WHERE w <> '') AS words
$$;

CREATE FUNCTION deal_claim_of_registration() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" = 'PENDING' OR (NEW."status" = 'APPROVED' AND NEW."protectedUntil" IS NOT NULL) THEN
    INSERT INTO "DealClaim" ("id", "tenantId", "registrationId", "opportunityId", "partnerId", "nameKey", "wordSet", "trigrams", "domain", "taxId", "claimsUntil")
    VALUES (NEW."id", NEW."tenantId", NEW."id", NULL, NEW."partnerId", NEW."nameKey", deal_claim_word_set(NEW."nameKey"),
            cardinality(show_trgm(NEW."nameKey")), NEW."domain", NEW."taxId", CASE WHEN NEW."status" = 'APPROVED' THEN NEW."protectedUntil" END)
    ON CONFLICT ("id") DO UPDATE SET
      "partnerId" = EXCLUDED."partnerId", "nameKey" = EXCLUDED."nameKey", "wordSet" = EXCLUDED."wordSet", "trigrams" = EXCLUDED."trigrams",
      "domain" = EXCLUDED."domain", "taxId" = EXCLUDED."taxId", "claimsUntil" = EXCLUDED."claimsUntil";
  ELSIF TG_OP = 'UPDATE' THEN
    DELETE FROM "DealClaim" WHERE "id" = NEW."id";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "DealRegistration_claim"
  AFTER INSERT OR UPDATE OF "status", "partnerId", "nameKey", "domain", "taxId", "protectedUntil" ON "DealRegistration"
  FOR EACH ROW EXECUTE FUNCTION deal_claim_of_registration();

CREATE FUNCTION deal_claim_of_opportunity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" = 'OPEN' THEN
    INSERT INTO "DealClaim" ("id", "tenantId", "registrationId", "opportunityId", "partnerId", "nameKey", "wordSet", "trigrams", "domain", "taxId", "claimsUntil")
    VALUES (NEW."id", NEW."tenantId", NEW."registrationId", NEW."id", NEW."partnerId", NEW."nameKey", deal_claim_word_set(NEW."nameKey"),
            cardinality(show_trgm(NEW."nameKey")), NEW."domain", NEW."taxId", NULL)
    ON CONFLICT ("id") DO UPDATE SET
      "registrationId" = EXCLUDED."registrationId", "partnerId" = EXCLUDED."partnerId", "nameKey" = EXCLUDED."nameKey",
      "wordSet" = EXCLUDED."wordSet", "trigrams" = EXCLUDED."trigrams", "domain" = EXCLUDED."domain", "taxId" = EXCLUDED."taxId";
  ELSIF TG_OP = 'UPDATE' THEN
    DELETE FROM "DealClaim" WHERE "id" = NEW."id";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Opportunity_claim"
  AFTER INSERT OR UPDATE OF "status", "partnerId", "registrationId", "nameKey", "domain", "taxId" ON "Opportunity"
  FOR EACH ROW EXECUTE FUNCTION deal_claim_of_opportunity();

-- The claims standing today (as the migrating role sees them: every tenant's when it may).
INSERT INTO "DealClaim" ("id", "tenantId", "registrationId", "opportunityId", "partnerId", "nameKey", "wordSet", "trigrams", "domain", "taxId", "claimsUntil")
SELECT "id", "tenantId", "id", NULL, "partnerId", "nameKey", deal_claim_word_set("nameKey"), cardinality(show_trgm("nameKey")), "domain", "taxId", CASE WHEN "status" = 'APPROVED' THEN "protectedUntil" END
FROM "DealRegistration"
WHERE "status" = 'PENDING' OR ("status" = 'APPROVED' AND "protectedUntil" IS NOT NULL);

INSERT INTO "DealClaim" ("id", "tenantId", "registrationId", "opportunityId", "partnerId", "nameKey", "wordSet", "trigrams", "domain", "taxId", "claimsUntil")
SELECT "id", "tenantId", "registrationId", "id", "partnerId", "nameKey", deal_claim_word_set("nameKey"), cardinality(show_trgm("nameKey")), "domain", "taxId", NULL
FROM "Opportunity"
WHERE "status" = 'OPEN';
