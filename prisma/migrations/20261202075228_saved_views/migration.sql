-- CreateTable
CREATE TABLE "SavedView" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "list" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SavedView_tenantId_id_key" ON "SavedView"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SavedView_tenantId_userId_list_name_key" ON "SavedView"("tenantId", "userId", "list", "name");

-- CreateIndex
CREATE INDEX "Order_tenantId_requestedDate_idx" ON "Order"("tenantId", "requestedDate");

-- CreateIndex
CREATE INDEX "Order_tenantId_backorderedUnits_idx" ON "Order"("tenantId", "backorderedUnits");

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security (scripts/db/rls.ts lists SavedView as custom): a person reads and writes
-- only their own views, in the tenant of the session; a preview as partner writes nothing.
ALTER TABLE "SavedView" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SavedView" FORCE ROW LEVEL SECURITY;
CREATE POLICY own_views ON "SavedView"
  USING ("tenantId" = app_tenant_id() AND "userId" = app_user_id())
  WITH CHECK ("tenantId" = app_tenant_id() AND "userId" = app_user_id());
CREATE POLICY preview_no_insert ON "SavedView" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "SavedView" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "SavedView" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
