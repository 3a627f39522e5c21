-- CreateIndex
CREATE INDEX "PriceList_tenantId_tierId_idx" ON "PriceList"("tenantId", "tierId");

-- CreateIndex
CREATE INDEX "PriceListVersion_tenantId_tierId_idx" ON "PriceListVersion"("tenantId", "tierId");

-- AddForeignKey
ALTER TABLE "PriceList" ADD CONSTRAINT "PriceList_tenantId_tierId_fkey" FOREIGN KEY ("tenantId", "tierId") REFERENCES "ProgramTier"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PriceListVersion" ADD CONSTRAINT "PriceListVersion_tenantId_tierId_fkey" FOREIGN KEY ("tenantId", "tierId") REFERENCES "ProgramTier"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- Tier lists reach their partners: a partner (or a vendor previewing it) reads a live TIER
-- version when its enrolment's effective tier is that tier (PartnerProgram's own policy
-- shows a partner only its own enrolment).
DROP POLICY version_read ON "PriceListVersion";
CREATE POLICY version_read ON "PriceListVersion" FOR SELECT USING (
  "tenantId" = app_tenant_id() AND (
    (SELECT app_is_vendor()) OR ("live" AND (
      "target" = 'BASE'
      OR ("target" = 'PARTNER' AND "partnerId" = (SELECT app_partner_id()))
      OR ("target" = 'PARTNER_TYPE' AND "partnerType" = (
        SELECT p."type" FROM "Partner" p WHERE p."tenantId" = app_tenant_id() AND p."id" = app_partner_id()
      ))
      OR ("target" = 'TIER' AND "tierId" = (
        SELECT pp."tierId" FROM "PartnerProgram" pp WHERE pp."tenantId" = app_tenant_id() AND pp."partnerId" = app_partner_id()
      ))
    ))
  )
);
