-- CreateEnum
CREATE TYPE "ForecastPerspective" AS ENUM ('STATISTICAL', 'PIPELINE', 'PARTNER', 'COMMIT');

-- CreateEnum
CREATE TYPE "ForecastMeasure" AS ENUM ('UNITS', 'REVENUE');

-- CreateEnum
CREATE TYPE "ForecastLevel" AS ENUM ('TOTAL', 'TERRITORY', 'PARTNER', 'FAMILY', 'PRODUCT');

-- CreateEnum
CREATE TYPE "ForecastRunStatus" AS ENUM ('RUNNING', 'PUBLISHED', 'FAILED');

-- CreateTable
CREATE TABLE "ForecastRun" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "asOf" CHAR(7) NOT NULL,
    "historyFrom" CHAR(7) NOT NULL,
    "horizon" INTEGER NOT NULL,
    "intervalLevel" INTEGER NOT NULL DEFAULT 80,
    "status" "ForecastRunStatus" NOT NULL DEFAULT 'RUNNING',
    "seriesDone" INTEGER NOT NULL DEFAULT 0,
    "seriesTotal" INTEGER NOT NULL DEFAULT 0,
    "requestedByUserId" TEXT,
    "error" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForecastRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForecastSeries" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "measure" "ForecastMeasure" NOT NULL,
    "level" "ForecastLevel" NOT NULL,
    "key" TEXT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT '',
    "history" JSONB NOT NULL,
    "method" TEXT NOT NULL,
    "explanation" JSONB NOT NULL,

    CONSTRAINT "ForecastSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForecastValue" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "seriesId" TEXT NOT NULL,
    "perspective" "ForecastPerspective" NOT NULL,
    "period" CHAR(7) NOT NULL,
    "horizon" INTEGER NOT NULL,
    "value" DECIMAL(24,4) NOT NULL,
    "lower" DECIMAL(24,4),
    "upper" DECIMAL(24,4),

    CONSTRAINT "ForecastValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerForecast" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "note" TEXT,
    "submittedByUserId" TEXT NOT NULL,
    "submittedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerForecast_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerForecastLine" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "forecastId" TEXT NOT NULL,
    "period" CHAR(7) NOT NULL,
    "amountMinor" BIGINT NOT NULL,

    CONSTRAINT "PartnerForecastLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForecastCommit" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "level" "ForecastLevel" NOT NULL,
    "key" TEXT NOT NULL,
    "period" CHAR(7) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "basis" JSONB,
    "reason" TEXT NOT NULL,
    "committedByUserId" TEXT NOT NULL,
    "committedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForecastCommit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ForecastRun_tenantId_createdAt_idx" ON "ForecastRun"("tenantId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ForecastRun_tenantId_id_key" ON "ForecastRun"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ForecastRun_tenantId_asOf_key" ON "ForecastRun"("tenantId", "asOf");

-- CreateIndex
CREATE UNIQUE INDEX "ForecastSeries_tenantId_id_key" ON "ForecastSeries"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ForecastSeries_tenantId_runId_level_key_measure_currency_key" ON "ForecastSeries"("tenantId", "runId", "level", "key", "measure", "currency");

-- CreateIndex
CREATE INDEX "ForecastValue_tenantId_runId_idx" ON "ForecastValue"("tenantId", "runId");

-- CreateIndex
CREATE UNIQUE INDEX "ForecastValue_tenantId_id_key" ON "ForecastValue"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ForecastValue_tenantId_seriesId_perspective_period_key" ON "ForecastValue"("tenantId", "seriesId", "perspective", "period");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerForecast_tenantId_id_key" ON "PartnerForecast"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerForecast_tenantId_partnerId_version_key" ON "PartnerForecast"("tenantId", "partnerId", "version");

-- CreateIndex
CREATE INDEX "PartnerForecastLine_tenantId_partnerId_period_idx" ON "PartnerForecastLine"("tenantId", "partnerId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerForecastLine_tenantId_id_key" ON "PartnerForecastLine"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerForecastLine_tenantId_forecastId_period_key" ON "PartnerForecastLine"("tenantId", "forecastId", "period");

-- CreateIndex
CREATE INDEX "ForecastCommit_tenantId_level_key_period_createdAt_idx" ON "ForecastCommit"("tenantId", "level", "key", "period", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ForecastCommit_tenantId_id_key" ON "ForecastCommit"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "ForecastRun" ADD CONSTRAINT "ForecastRun_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForecastSeries" ADD CONSTRAINT "ForecastSeries_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForecastSeries" ADD CONSTRAINT "ForecastSeries_tenantId_runId_fkey" FOREIGN KEY ("tenantId", "runId") REFERENCES "ForecastRun"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForecastValue" ADD CONSTRAINT "ForecastValue_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForecastValue" ADD CONSTRAINT "ForecastValue_tenantId_runId_fkey" FOREIGN KEY ("tenantId", "runId") REFERENCES "ForecastRun"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForecastValue" ADD CONSTRAINT "ForecastValue_tenantId_seriesId_fkey" FOREIGN KEY ("tenantId", "seriesId") REFERENCES "ForecastSeries"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerForecast" ADD CONSTRAINT "PartnerForecast_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerForecast" ADD CONSTRAINT "PartnerForecast_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerForecastLine" ADD CONSTRAINT "PartnerForecastLine_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerForecastLine" ADD CONSTRAINT "PartnerForecastLine_tenantId_forecastId_fkey" FOREIGN KEY ("tenantId", "forecastId") REFERENCES "PartnerForecast"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForecastCommit" ADD CONSTRAINT "ForecastCommit_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: PartnerForecast
ALTER TABLE "PartnerForecast" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PartnerForecast" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PartnerForecast" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "PartnerForecast" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "PartnerForecast" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "PartnerForecast" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "PartnerForecast" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: PartnerForecastLine
ALTER TABLE "PartnerForecastLine" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PartnerForecastLine" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PartnerForecastLine" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "PartnerForecastLine" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "PartnerForecastLine" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "PartnerForecastLine" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "PartnerForecastLine" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- Runs, series, values and commits: the vendor's alone (the worker's forecast runs act as
-- the system, which app_is_vendor() admits). A partner reads only its own submissions.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ForecastRun', 'ForecastSeries', 'ForecastValue', 'ForecastCommit'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY vendor_only ON %I USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor())', t);
    EXECUTE format('CREATE POLICY preview_no_insert ON %I AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview())', t);
    EXECUTE format('CREATE POLICY preview_no_update ON %I AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview())', t);
    EXECUTE format('CREATE POLICY preview_no_delete ON %I AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview())', t);
  END LOOP;
END $$;

-- Forecast values are never negative (the engine cuts bounds at zero; money is not negative).
ALTER TABLE "ForecastValue" ADD CONSTRAINT "ForecastValue_not_negative" CHECK ("value" >= 0 AND coalesce("lower", 0) >= 0 AND coalesce("upper", 0) >= 0);
ALTER TABLE "PartnerForecastLine" ADD CONSTRAINT "PartnerForecastLine_amount_not_negative" CHECK ("amountMinor" >= 0);
ALTER TABLE "ForecastCommit" ADD CONSTRAINT "ForecastCommit_amount_not_negative" CHECK ("amountMinor" >= 0);
