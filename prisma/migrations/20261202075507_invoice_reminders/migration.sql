-- CreateTable
CREATE TABLE "InvoiceReminder" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "stage" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvoiceReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceReminder_tenantId_id_key" ON "InvoiceReminder"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceReminder_tenantId_invoiceId_stage_key" ON "InvoiceReminder"("tenantId", "invoiceId", "stage");

-- AddForeignKey
ALTER TABLE "InvoiceReminder" ADD CONSTRAINT "InvoiceReminder_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceReminder" ADD CONSTRAINT "InvoiceReminder_tenantId_invoiceId_fkey" FOREIGN KEY ("tenantId", "invoiceId") REFERENCES "Invoice"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: InvoiceReminder
ALTER TABLE "InvoiceReminder" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "InvoiceReminder" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "InvoiceReminder" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "InvoiceReminder" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "InvoiceReminder" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "InvoiceReminder" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "InvoiceReminder" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- The overdue-reminders job (lib/invoicing/reminders.ts) finds, as the worker, the tenants
-- with open invoices past their due date, then works each tenant as the system. The worker
-- reads open invoices only and writes nothing here; the partner rule lets its reads through.
CREATE POLICY worker_open_invoices ON "Invoice" FOR SELECT USING (app_is_worker() AND "balanceMinor" > 0);
DROP POLICY partner_isolation ON "Invoice";
CREATE POLICY partner_isolation ON "Invoice" AS RESTRICTIVE
  USING ((SELECT app_is_vendor()) OR (SELECT app_is_worker()) OR "partnerId" = (SELECT app_partner_id()))
  WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));
