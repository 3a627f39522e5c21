import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withReadScope } from "@/lib/db/read";
import { withScope, type Tx } from "@/lib/db/scope";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import type { AdjustmentInput, ReceiptInput, WarehouseInput } from "./schema";
import type { StockLevel } from "./types";

/**
 * Inventory as a ledger: a stock item per product and warehouse holds no quantity; its
 * movements do (InventoryMovement, append-only — row-level security refuses updates and
 * deletes). On hand = receipts + adjustments − shipments; allocated = allocations −
 * deallocations − shipments; available = on hand − allocated. Whatever takes stock away
 * (allocation, a negative adjustment) locks the stock items first (FOR UPDATE, in id
 * order so two orders never deadlock) and sums their movements after the lock.
 */

export type Balance = { onHand: number; allocated: number; available: number };

/** Balances of stock items from their movements (callers that take stock lock them first). */
export async function balancesOf(tx: Tx, tenantId: string, stockItemIds: readonly string[]): Promise<Map<string, Balance>> {
  const out = new Map<string, Balance>(stockItemIds.map((id) => [id, { onHand: 0, allocated: 0, available: 0 }]));
  if (!stockItemIds.length) return out;
  const rows = await tx.$queryRaw<{ stockItemId: string; onHand: bigint; allocated: bigint }[]>`
    SELECT "stockItemId",
           COALESCE(SUM(CASE "kind" WHEN 'RECEIPT' THEN "quantity" WHEN 'ADJUSTMENT' THEN "quantity" WHEN 'SHIPMENT' THEN -"quantity" ELSE 0 END), 0)::bigint AS "onHand",
           COALESCE(SUM(CASE "kind" WHEN 'ALLOCATION' THEN "quantity" WHEN 'DEALLOCATION' THEN -"quantity" WHEN 'SHIPMENT' THEN -"quantity" ELSE 0 END), 0)::bigint AS "allocated"
      FROM "InventoryMovement"
     WHERE "tenantId" = ${tenantId} AND "stockItemId" = ANY(${[...stockItemIds]})
     GROUP BY "stockItemId"`;
  for (const row of rows) {
    const onHand = Number(row.onHand);
    const allocated = Number(row.allocated);
    out.set(row.stockItemId, { onHand, allocated, available: onHand - allocated });
  }
  return out;
}

/** Locks stock items (FOR UPDATE) in id order. */
export async function lockStockItems(tx: Tx, tenantId: string, ids: readonly string[]): Promise<void> {
  const sorted = [...new Set(ids)].sort();
  if (!sorted.length) return;
  await tx.$queryRaw`SELECT "id" FROM "StockItem" WHERE "tenantId" = ${tenantId} AND "id" = ANY(${sorted}) ORDER BY "id" FOR UPDATE`;
}

/** The stock item of a product in a warehouse, made on first use (both must be the tenant's). */
async function stockItemFor(tx: Tx, tenantId: string, productId: string, warehouseId: string): Promise<string> {
  const [product, warehouse] = await Promise.all([
    tx.product.count({ where: { tenantId, id: productId } }),
    tx.warehouse.count({ where: { tenantId, id: warehouseId, active: true } }),
  ]);
  if (!product || !warehouse) throw new AppError("NOT_FOUND");
  await tx.$executeRaw`
    INSERT INTO "StockItem" ("id", "tenantId", "productId", "warehouseId") VALUES (${createId("stockItem")}, ${tenantId}, ${productId}, ${warehouseId})
    ON CONFLICT ("tenantId", "productId", "warehouseId") DO NOTHING`;
  const item = await tx.stockItem.findUniqueOrThrow({ where: { tenantId_productId_warehouseId: { tenantId, productId, warehouseId } }, select: { id: true } });
  return item.id;
}

export async function createWarehouse(ctx: VendorCtx, input: WarehouseInput): Promise<{ id: string }> {
  authorize(ctx, "inventory.manage");
  const id = createId("warehouse");
  try {
    return await withScope(scopeOf(ctx), async (tx) => {
      await tx.warehouse.create({ data: { id, tenantId: ctx.tenantId, code: input.code, name: input.name }, select: { id: true } });
      await recordAudit(tx, ctx, { action: "warehouse.created", entityType: "Warehouse", entityId: id, after: { code: input.code, name: input.name } });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error, "code")) throw new AppError("VALIDATION_FAILED", { fields: { code: ["orders.validation.warehouseTaken"] } });
    throw error;
  }
}

/** Goods in: a RECEIPT movement (stock only grows, so nothing needs locking). */
export async function receiveStock(ctx: VendorCtx, input: ReceiptInput): Promise<{ movementId: string }> {
  authorize(ctx, "inventory.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const stockItemId = await stockItemFor(tx, ctx.tenantId, input.productId, input.warehouseId);
    const movementId = createId("inventoryMovement");
    await tx.inventoryMovement.create({
      data: { id: movementId, tenantId: ctx.tenantId, stockItemId, kind: "RECEIPT", quantity: input.quantity, reference: input.reference, actorUserId: ctx.user.id },
      select: { id: true },
    });
    await recordAudit(tx, ctx, { action: "stock.received", entityType: "Warehouse", entityId: input.warehouseId, after: { productId: input.productId, quantity: input.quantity, reference: input.reference } });
    return { movementId };
  });
}

/** A count correction with its reason; never below what orders hold (STOCK_BELOW_ALLOCATED). */
export async function adjustStock(ctx: VendorCtx, input: AdjustmentInput): Promise<{ movementId: string; balance: Balance }> {
  authorize(ctx, "inventory.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const stockItemId = await stockItemFor(tx, ctx.tenantId, input.productId, input.warehouseId);
    await lockStockItems(tx, ctx.tenantId, [stockItemId]);
    const before = (await balancesOf(tx, ctx.tenantId, [stockItemId])).get(stockItemId)!;
    if (before.onHand + input.quantity < before.allocated) {
      throw new AppError("STOCK_BELOW_ALLOCATED", { params: { allocated: before.allocated } });
    }
    const movementId = createId("inventoryMovement");
    await tx.inventoryMovement.create({
      data: { id: movementId, tenantId: ctx.tenantId, stockItemId, kind: "ADJUSTMENT", quantity: input.quantity, reason: input.reason, actorUserId: ctx.user.id },
      select: { id: true },
    });
    await recordAudit(tx, ctx, {
      action: "stock.adjusted",
      entityType: "Warehouse",
      entityId: input.warehouseId,
      before: { onHand: before.onHand },
      after: { productId: input.productId, quantity: input.quantity, reason: input.reason, onHand: before.onHand + input.quantity },
    });
    const onHand = before.onHand + input.quantity;
    return { movementId, balance: { onHand, allocated: before.allocated, available: onHand - before.allocated } };
  });
}

/** Stock per product and warehouse (of one product, when given), from the movements. */
export async function stockLevels(ctx: VendorCtx, productId?: string): Promise<StockLevel[]> {
  authorize(ctx, "inventory.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const items = await tx.stockItem.findMany({
      where: { tenantId: ctx.tenantId, ...(productId ? { productId } : {}) },
      orderBy: [{ productId: "asc" }, { warehouse: { code: "asc" } }],
      select: { id: true, productId: true, warehouseId: true, warehouse: { select: { code: true } } },
    });
    const balances = await balancesOf(tx, ctx.tenantId, items.map((i) => i.id));
    return items.map((i) => ({ productId: i.productId, warehouseId: i.warehouseId, warehouseCode: i.warehouse.code, ...balances.get(i.id)! }));
  });
}
