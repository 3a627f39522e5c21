-- CreateEnum
CREATE TYPE "ForecastDiagnosticKind" AS ENUM ('PARTNER_BIAS', 'PIPELINE_COVERAGE', 'TREND_BREAK', 'ERROR_CONCENTRATION');

-- AlterEnum
ALTER TYPE "ActivitySubjectType" ADD VALUE 'FORECAST_PLAN';

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "forecastPlanId" TEXT;

-- CreateTable
CREATE TABLE "ForecastActionPlan" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "kind" "ForecastDiagnosticKind" NOT NULL,
    "level" "ForecastLevel" NOT NULL,
    "key" TEXT NOT NULL,
    "partnerId" TEXT,
    "title" TEXT NOT NULL,
    "metricBefore" DOUBLE PRECISION NOT NULL,
    "evidence" JSONB NOT NULL,
    "period" CHAR(7) NOT NULL,
    "createdByUserId" TEXT NOT NULL,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForecastActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ForecastActionPlan_tenantId_createdAt_idx" ON "ForecastActionPlan"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "ForecastActionPlan_tenantId_partnerId_idx" ON "ForecastActionPlan"("tenantId", "partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "ForecastActionPlan_tenantId_id_key" ON "ForecastActionPlan"("tenantId", "id");

-- CreateIndex
CREATE INDEX "Activity_tenantId_forecastPlanId_occurredOn_createdAt_idx" ON "Activity"("tenantId", "forecastPlanId", "occurredOn" DESC, "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_tenantId_forecastPlanId_fkey" FOREIGN KEY ("tenantId", "forecastPlanId") REFERENCES "ForecastActionPlan"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForecastActionPlan" ADD CONSTRAINT "ForecastActionPlan_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForecastActionPlan" ADD CONSTRAINT "ForecastActionPlan_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Action plans are the vendor's alone (like runs and commits): a plan on a partner names
-- the partner, but the diagnosis behind it is internal.
ALTER TABLE "ForecastActionPlan" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ForecastActionPlan" FORCE ROW LEVEL SECURITY;
CREATE POLICY vendor_only ON "ForecastActionPlan" USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor());
CREATE POLICY preview_no_insert ON "ForecastActionPlan" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "ForecastActionPlan" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "ForecastActionPlan" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
