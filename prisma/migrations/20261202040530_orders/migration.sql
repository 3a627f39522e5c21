-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'PENDING_APPROVAL', 'APPROVED', 'ALLOCATED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'DELIVERED', 'REJECTED', 'ON_HOLD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "OrderHoldKind" AS ENUM ('CREDIT', 'MANUAL');

-- CreateEnum
CREATE TYPE "ApprovalCondition" AS ENUM ('ORDER_TOTAL_AT_LEAST', 'PRICE_BELOW_LIST', 'QUANTITY_OVER');

-- CreateEnum
CREATE TYPE "InventoryMovementKind" AS ENUM ('RECEIPT', 'ALLOCATION', 'DEALLOCATION', 'SHIPMENT', 'ADJUSTMENT');

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "number" INTEGER,
    "status" "OrderStatus" NOT NULL DEFAULT 'DRAFT',
    "poNumber" TEXT,
    "requestedDate" DATE,
    "shipTo" JSONB,
    "currency" CHAR(3) NOT NULL,
    "subtotalMinor" BIGINT NOT NULL DEFAULT 0,
    "taxMinor" BIGINT NOT NULL DEFAULT 0,
    "totalMinor" BIGINT NOT NULL DEFAULT 0,
    "priority" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "idempotencyKey" TEXT,
    "approvalRequired" BOOLEAN NOT NULL DEFAULT false,
    "approvalReasons" JSONB NOT NULL DEFAULT '[]',
    "approverPermission" TEXT,
    "holdKind" "OrderHoldKind",
    "statusReason" TEXT,
    "creditCheck" JSONB,
    "createdByUserId" TEXT NOT NULL,
    "createdByName" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "submittedByUserId" TEXT,
    "approvedAt" TIMESTAMP(3),
    "approvedByUserId" TEXT,
    "approvedByName" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderLine" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "productId" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "listUnitPriceMinor" BIGINT NOT NULL,
    "requestedUnitPriceMinor" BIGINT,
    "approvedUnitPriceMinor" BIGINT,
    "lineTotalMinor" BIGINT NOT NULL,
    "explanation" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderEvent" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "OrderStatus",
    "toStatus" "OrderStatus" NOT NULL,
    "reason" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "actorUserId" TEXT,
    "actorName" TEXT NOT NULL,
    "seq" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderSequence" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrderSequence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovalRule" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "condition" "ApprovalCondition" NOT NULL,
    "amountMinor" BIGINT,
    "currency" CHAR(3),
    "quantity" INTEGER,
    "productId" TEXT,
    "approverPermission" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApprovalRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreditLimit" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "limitMinor" BIGINT NOT NULL,
    "updatedByUserId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CreditLimit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Warehouse" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Warehouse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StockItem" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "warehouseId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StockItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InventoryMovement" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "stockItemId" TEXT NOT NULL,
    "kind" "InventoryMovementKind" NOT NULL,
    "quantity" INTEGER NOT NULL,
    "orderId" TEXT,
    "orderLineId" TEXT,
    "shipmentId" TEXT,
    "reason" TEXT,
    "reference" TEXT,
    "actorUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InventoryMovement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "carrier" TEXT NOT NULL,
    "trackingNumber" TEXT,
    "shippedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShipmentLine" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "orderLineId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "ShipmentLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShippedSerial" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "shipmentLineId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "serial" TEXT NOT NULL,

    CONSTRAINT "ShippedSerial_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Order_tenantId_status_createdAt_idx" ON "Order"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Order_tenantId_createdAt_idx" ON "Order"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "Order_tenantId_partnerId_status_idx" ON "Order"("tenantId", "partnerId", "status");

-- CreateIndex
CREATE INDEX "Order_tenantId_partnerId_createdAt_idx" ON "Order"("tenantId", "partnerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Order_tenantId_id_key" ON "Order"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Order_tenantId_number_key" ON "Order"("tenantId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Order_tenantId_partnerId_idempotencyKey_key" ON "Order"("tenantId", "partnerId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "OrderLine_tenantId_productId_idx" ON "OrderLine"("tenantId", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "OrderLine_tenantId_id_key" ON "OrderLine"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "OrderLine_tenantId_orderId_position_key" ON "OrderLine"("tenantId", "orderId", "position");

-- CreateIndex
CREATE INDEX "OrderEvent_tenantId_orderId_seq_idx" ON "OrderEvent"("tenantId", "orderId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "OrderEvent_tenantId_id_key" ON "OrderEvent"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "OrderSequence_tenantId_id_key" ON "OrderSequence"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "OrderSequence_tenantId_key" ON "OrderSequence"("tenantId");

-- CreateIndex
CREATE INDEX "ApprovalRule_tenantId_active_idx" ON "ApprovalRule"("tenantId", "active");

-- CreateIndex
CREATE INDEX "ApprovalRule_tenantId_productId_idx" ON "ApprovalRule"("tenantId", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalRule_tenantId_id_key" ON "ApprovalRule"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CreditLimit_tenantId_id_key" ON "CreditLimit"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CreditLimit_tenantId_partnerId_key" ON "CreditLimit"("tenantId", "partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "Warehouse_tenantId_id_key" ON "Warehouse"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Warehouse_tenantId_code_key" ON "Warehouse"("tenantId", "code");

-- CreateIndex
CREATE INDEX "StockItem_tenantId_warehouseId_idx" ON "StockItem"("tenantId", "warehouseId");

-- CreateIndex
CREATE UNIQUE INDEX "StockItem_tenantId_id_key" ON "StockItem"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "StockItem_tenantId_productId_warehouseId_key" ON "StockItem"("tenantId", "productId", "warehouseId");

-- CreateIndex
CREATE INDEX "InventoryMovement_tenantId_stockItemId_kind_idx" ON "InventoryMovement"("tenantId", "stockItemId", "kind");

-- CreateIndex
CREATE INDEX "InventoryMovement_tenantId_orderId_idx" ON "InventoryMovement"("tenantId", "orderId");

-- CreateIndex
CREATE INDEX "InventoryMovement_tenantId_orderLineId_idx" ON "InventoryMovement"("tenantId", "orderLineId");

-- CreateIndex
CREATE INDEX "InventoryMovement_tenantId_shipmentId_idx" ON "InventoryMovement"("tenantId", "shipmentId");

-- CreateIndex
CREATE UNIQUE INDEX "InventoryMovement_tenantId_id_key" ON "InventoryMovement"("tenantId", "id");

-- CreateIndex
CREATE INDEX "Shipment_tenantId_orderId_shippedAt_idx" ON "Shipment"("tenantId", "orderId", "shippedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_tenantId_id_key" ON "Shipment"("tenantId", "id");

-- CreateIndex
CREATE INDEX "ShipmentLine_tenantId_orderLineId_idx" ON "ShipmentLine"("tenantId", "orderLineId");

-- CreateIndex
CREATE UNIQUE INDEX "ShipmentLine_tenantId_id_key" ON "ShipmentLine"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ShipmentLine_tenantId_shipmentId_orderLineId_key" ON "ShipmentLine"("tenantId", "shipmentId", "orderLineId");

-- CreateIndex
CREATE INDEX "ShippedSerial_tenantId_shipmentLineId_idx" ON "ShippedSerial"("tenantId", "shipmentLineId");

-- CreateIndex
CREATE UNIQUE INDEX "ShippedSerial_tenantId_id_key" ON "ShippedSerial"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ShippedSerial_tenantId_productId_serial_key" ON "ShippedSerial"("tenantId", "productId", "serial");

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_tenantId_orderId_fkey" FOREIGN KEY ("tenantId", "orderId") REFERENCES "Order"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "Product"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "OrderEvent" ADD CONSTRAINT "OrderEvent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderEvent" ADD CONSTRAINT "OrderEvent_tenantId_orderId_fkey" FOREIGN KEY ("tenantId", "orderId") REFERENCES "Order"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderSequence" ADD CONSTRAINT "OrderSequence_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalRule" ADD CONSTRAINT "ApprovalRule_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalRule" ADD CONSTRAINT "ApprovalRule_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "Product"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CreditLimit" ADD CONSTRAINT "CreditLimit_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditLimit" ADD CONSTRAINT "CreditLimit_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Warehouse" ADD CONSTRAINT "Warehouse_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockItem" ADD CONSTRAINT "StockItem_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockItem" ADD CONSTRAINT "StockItem_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "Product"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "StockItem" ADD CONSTRAINT "StockItem_tenantId_warehouseId_fkey" FOREIGN KEY ("tenantId", "warehouseId") REFERENCES "Warehouse"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "InventoryMovement" ADD CONSTRAINT "InventoryMovement_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryMovement" ADD CONSTRAINT "InventoryMovement_tenantId_stockItemId_fkey" FOREIGN KEY ("tenantId", "stockItemId") REFERENCES "StockItem"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "InventoryMovement" ADD CONSTRAINT "InventoryMovement_tenantId_orderId_fkey" FOREIGN KEY ("tenantId", "orderId") REFERENCES "Order"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "InventoryMovement" ADD CONSTRAINT "InventoryMovement_tenantId_orderLineId_fkey" FOREIGN KEY ("tenantId", "orderLineId") REFERENCES "OrderLine"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "InventoryMovement" ADD CONSTRAINT "InventoryMovement_tenantId_shipmentId_fkey" FOREIGN KEY ("tenantId", "shipmentId") REFERENCES "Shipment"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_tenantId_orderId_fkey" FOREIGN KEY ("tenantId", "orderId") REFERENCES "Order"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShipmentLine" ADD CONSTRAINT "ShipmentLine_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShipmentLine" ADD CONSTRAINT "ShipmentLine_tenantId_shipmentId_fkey" FOREIGN KEY ("tenantId", "shipmentId") REFERENCES "Shipment"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShipmentLine" ADD CONSTRAINT "ShipmentLine_tenantId_orderLineId_fkey" FOREIGN KEY ("tenantId", "orderLineId") REFERENCES "OrderLine"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ShippedSerial" ADD CONSTRAINT "ShippedSerial_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShippedSerial" ADD CONSTRAINT "ShippedSerial_tenantId_shipmentLineId_fkey" FOREIGN KEY ("tenantId", "shipmentLineId") REFERENCES "ShipmentLine"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShippedSerial" ADD CONSTRAINT "ShippedSerial_tenantId_productId_fkey" FOREIGN KEY ("tenantId", "productId") REFERENCES "Product"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: Order
ALTER TABLE "Order" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Order" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Order" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "Order" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "Order" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "Order" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "Order" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: OrderLine
ALTER TABLE "OrderLine" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OrderLine" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OrderLine" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "OrderLine" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "OrderLine" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "OrderLine" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "OrderLine" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: OrderEvent
ALTER TABLE "OrderEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OrderEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OrderEvent" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "OrderEvent" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "OrderEvent" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "OrderEvent" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "OrderEvent" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: OrderSequence
ALTER TABLE "OrderSequence" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OrderSequence" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OrderSequence" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "OrderSequence" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "OrderSequence" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "OrderSequence" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());

-- RowLevelSecurity: Shipment
ALTER TABLE "Shipment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Shipment" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Shipment" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "Shipment" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "Shipment" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "Shipment" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "Shipment" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: ShipmentLine
ALTER TABLE "ShipmentLine" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ShipmentLine" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ShipmentLine" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "ShipmentLine" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "ShipmentLine" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "ShipmentLine" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "ShipmentLine" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- RowLevelSecurity: ShippedSerial
ALTER TABLE "ShippedSerial" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ShippedSerial" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ShippedSerial" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY preview_no_insert ON "ShippedSerial" AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());
CREATE POLICY preview_no_update ON "ShippedSerial" AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());
CREATE POLICY preview_no_delete ON "ShippedSerial" AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());
CREATE POLICY partner_isolation ON "ShippedSerial" AS RESTRICTIVE USING ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())) WITH CHECK ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()));

-- Hand-written row-level security (scripts/db/rls.ts RLS_CUSTOM_TABLES).
-- Approval rules: every session of the tenant reads them (a partner's submission evaluates
-- them); only the vendor writes.
ALTER TABLE "ApprovalRule" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApprovalRule" FORCE ROW LEVEL SECURITY;
CREATE POLICY rules_read ON "ApprovalRule" FOR SELECT USING ("tenantId" = app_tenant_id());
CREATE POLICY vendor_insert ON "ApprovalRule" FOR INSERT WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor());
CREATE POLICY vendor_update ON "ApprovalRule" FOR UPDATE USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY vendor_delete ON "ApprovalRule" FOR DELETE USING ("tenantId" = app_tenant_id() AND app_is_vendor());

-- Credit limits: a partner reads its own (the credit check of its submission); only the vendor writes.
ALTER TABLE "CreditLimit" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CreditLimit" FORCE ROW LEVEL SECURITY;
CREATE POLICY credit_read ON "CreditLimit" FOR SELECT USING (
  "tenantId" = app_tenant_id() AND ((SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id()))
);
CREATE POLICY vendor_insert ON "CreditLimit" FOR INSERT WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor());
CREATE POLICY vendor_update ON "CreditLimit" FOR UPDATE USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id());
CREATE POLICY vendor_delete ON "CreditLimit" FOR DELETE USING ("tenantId" = app_tenant_id() AND app_is_vendor());

-- Warehouses, stock items and the stock ledger: the vendor's alone.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Warehouse', 'StockItem', 'InventoryMovement'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY vendor_only ON %I USING ("tenantId" = app_tenant_id() AND app_is_vendor()) WITH CHECK ("tenantId" = app_tenant_id() AND app_is_vendor())', t);
  END LOOP;
END $$;

-- The stock ledger is append-only: nobody updates or deletes a movement.
CREATE POLICY ledger_no_update ON "InventoryMovement" AS RESTRICTIVE FOR UPDATE USING (false);
CREATE POLICY ledger_no_delete ON "InventoryMovement" AS RESTRICTIVE FOR DELETE USING (false);

-- A vendor previewing a partner's portal writes nothing (migration …_partner_self_service).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ApprovalRule', 'CreditLimit', 'Warehouse', 'StockItem', 'InventoryMovement'] LOOP
    EXECUTE format('CREATE POLICY preview_no_insert ON %I AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview())', t);
    EXECUTE format('CREATE POLICY preview_no_update ON %I AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview())', t);
    EXECUTE format('CREATE POLICY preview_no_delete ON %I AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview())', t);
  END LOOP;
END $$;
