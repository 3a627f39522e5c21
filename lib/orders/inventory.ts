import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withReadScope } from "@/lib/db/read";
import { withScope, type Tx } from "@/lib/db/scope";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { fillBackordersJob } from "./jobs";
import type { AdjustmentInput, ReceiptInput, WarehouseInput } from "./schema";
import type { StockLevel } from "./types";

/**
 * Inventory as a ledger: the movements (InventoryMovement, append-only — row-level security
 * refuses updates and deletes) are the truth. On hand = receipts + adjustments − shipments;
 * allocated = allocations − deallocations − shipments; available = on hand − allocated.
 * Each stock item carries those two sums (`onHand`, `allocated`), added by the database in
 * the statement that inserts the movements (migration …_stock_balance), so what takes stock
 * away (allocation, a negative adjustment) locks its stock items (FOR UPDATE, in id order
 * so two orders never deadlock) and reads the balance from the locked rows: the cost no
 * longer grows with the ledger's history.
 */

export type Balance = { onHand: number; allocated: number; available: number };

const balance = (row: { onHand: number; allocated: number }): Balance => ({ onHand: row.onHand, allocated: row.allocated, available: row.onHand - row.allocated });

/** Locks stock items (FOR UPDATE) in id order and returns their balances, read under the lock. */
export async function lockStockItems(tx: Tx, tenantId: string, ids: readonly string[]): Promise<Map<string, Balance>> {
  const sorted = [...new Set(ids)].sort();
  if (!sorted.length) return new Map();
  const rows = await tx.$queryRaw<{ id: string; onHand: number; allocated: number }[]>`
    SELECT "id", "onHand", "allocated" FROM "StockItem" WHERE "tenantId" = ${tenantId} AND "id" = ANY(${sorted}) ORDER BY "id" FOR UPDATE`;
  return new Map(rows.map((r) => [r.id, balance(r)]));
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

/**
 * Goods in: a RECEIPT movement (stock only grows: the balance's update is the only lock it
 * takes), and the job that fills the product's backorders in priority order (./backorder-fill.ts),
 * enqueued in this transaction: it runs exactly when the receipt commits.
 */
export async function receiveStock(ctx: VendorCtx, input: ReceiptInput): Promise<{ movementId: string }> {
  authorize(ctx, "inventory.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const stockItemId = await stockItemFor(tx, ctx.tenantId, input.productId, input.warehouseId);
    const movementId = createId("inventoryMovement");
    await tx.inventoryMovement.create({
      data: { id: movementId, tenantId: ctx.tenantId, stockItemId, kind: "RECEIPT", quantity: input.quantity, reference: input.reference, actorUserId: ctx.user.id },
      select: { id: true },
    });
    await enqueueJob(tx, fillBackordersJob, { tenantId: ctx.tenantId, productId: input.productId, movementId }, { key: movementId });
    await recordAudit(tx, ctx, { action: "stock.received", entityType: "Warehouse", entityId: input.warehouseId, after: { productId: input.productId, quantity: input.quantity, reference: input.reference } });
    return { movementId };
  });
}

/** A count correction with its reason; never below what orders hold (STOCK_BELOW_ALLOCATED). */
export async function adjustStock(ctx: VendorCtx, input: AdjustmentInput): Promise<{ movementId: string; balance: Balance }> {
  authorize(ctx, "inventory.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const stockItemId = await stockItemFor(tx, ctx.tenantId, input.productId, input.warehouseId);
    const before = (await lockStockItems(tx, ctx.tenantId, [stockItemId])).get(stockItemId)!;
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

/** Stock per product and warehouse (of one product, when given): the stock items' balances. */
export async function stockLevels(ctx: VendorCtx, productId?: string): Promise<StockLevel[]> {
  authorize(ctx, "inventory.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const items = await tx.stockItem.findMany({
      where: { tenantId: ctx.tenantId, ...(productId ? { productId } : {}) },
      orderBy: [{ productId: "asc" }, { warehouse: { code: "asc" } }],
      select: { productId: true, warehouseId: true, onHand: true, allocated: true, warehouse: { select: { code: true } } },
    });
    return items.map((i) => ({ productId: i.productId, warehouseId: i.warehouseId, warehouseCode: i.warehouse.code, ...balance(i) }));
  });
}
