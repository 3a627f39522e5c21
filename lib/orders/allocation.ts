import "server-only";
import { authorize, scopeOf, type SystemCtx, type VendorCtx } from "@/lib/auth/context";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { lockStockItems } from "./inventory";
import { orderMachine, stayStep } from "./lifecycle";
import type { AllocateInput } from "./schema";
import { lockOrder, writeStep, type Actor, type LockedOrder } from "./steps";
import type { OrderSummary } from "./types";

/**
 * Allocation reserves what is free of an approved order's lines, line by line: the order
 * row is locked, then every stock item of its products (in id order), and the free stock
 * read from their balances under that lock — so of many orders racing for scarce stock each
 * sees what the previous ones took, and none can oversell. Warehouses are drawn in code order.
 *
 * What finds no free stock stays on the line as a backorder (`Order.backorderedUnits`, and
 * per line quantity − allocated). The first allocation takes APPROVED → ALLOCATED (the
 * table in lifecycle.ts); a later one, after receipts, allocates the remainder and keeps
 * the status (ALLOCATED or PARTIALLY_SHIPPED: the `allocate` stay step). An allocation that
 * finds nothing free for any line is OUT_OF_STOCK, naming what is short, and moves nothing.
 */

export type Need = { lineId: string; productId: string; sku: string; quantity: number; open: number };

/** Units each line of an order still lacks: quantity − (ALLOCATION − DEALLOCATION). */
export async function needsOf(tx: Tx, tenantId: string, orderId: string): Promise<Need[]> {
  const [lines, moved] = await Promise.all([
    tx.orderLine.findMany({ where: { tenantId, orderId }, orderBy: { position: "asc" }, select: { id: true, productId: true, sku: true, quantity: true } }),
    tx.inventoryMovement.groupBy({ by: ["orderLineId", "kind"], where: { tenantId, orderId, kind: { in: ["ALLOCATION", "DEALLOCATION"] } }, _sum: { quantity: true } }),
  ]);
  const held = new Map<string, number>();
  for (const row of moved) {
    if (row.orderLineId) held.set(row.orderLineId, (held.get(row.orderLineId) ?? 0) + (row.kind === "ALLOCATION" ? 1 : -1) * (row._sum.quantity ?? 0));
  }
  return lines.map((l) => ({ lineId: l.id, productId: l.productId, sku: l.sku, quantity: l.quantity, open: l.quantity - (held.get(l.id) ?? 0) }));
}

/** The step this allocation is: the table's APPROVED → ALLOCATED, or the stay step of a backorder. */
function stepFor(ctx: VendorCtx | SystemCtx, order: LockedOrder): { action: string; stay: boolean } {
  const stay = stayStep(order.status, "allocate");
  if (stay) {
    authorize(ctx, stay.permission);
    return { action: stay.action, stay: true };
  }
  const { rule } = orderMachine.assert(ctx, order.status, "ALLOCATED");
  return { action: rule.action, stay: false };
}

export type Allocation = OrderSummary & { units: number; backorderedUnits: number };

/**
 * Allocates what is free for a locked order, in the caller's transaction (`note`: more
 * figures for its timeline entry). The actor is a person, or Canal's receipt job filling
 * backorders (lib/orders/backorder-fill.ts).
 */
export async function allocateLocked(tx: Tx, ctx: VendorCtx | SystemCtx, order: LockedOrder, note: Record<string, unknown> = {}): Promise<Allocation> {
  const step = stepFor(ctx, order);
  const needs = (await needsOf(tx, ctx.tenantId, order.id)).filter((n) => n.open > 0);
  if (!needs.length) throw new AppError("INVALID_TRANSITION", { params: { from: order.status, to: "ALLOCATED" } });
  const productIds = [...new Set(needs.map((n) => n.productId))];
  const items = await tx.stockItem.findMany({
    where: { tenantId: ctx.tenantId, productId: { in: productIds }, warehouse: { active: true } },
    orderBy: [{ warehouse: { code: "asc" } }, { id: "asc" }],
    select: { id: true, productId: true },
  });
  // read under the lock: what every earlier allocation took is in these balances
  const balances = await lockStockItems(tx, ctx.tenantId, items.map((i) => i.id));
  const free = new Map(items.map((i) => [i.id, Math.max(0, balances.get(i.id)!.available)]));

  const movements: { stockItemId: string; orderLineId: string; quantity: number }[] = [];
  const short: string[] = [];
  let backordered = 0;
  for (const need of needs) {
    let left = need.open;
    for (const item of items) {
      if (left === 0) break;
      if (item.productId !== need.productId) continue;
      const take = Math.min(left, free.get(item.id)!);
      if (take <= 0) continue;
      free.set(item.id, free.get(item.id)! - take);
      movements.push({ stockItemId: item.id, orderLineId: need.lineId, quantity: take });
      left -= take;
    }
    if (left > 0) short.push(`${need.sku} ${need.open - left}/${need.open}`);
    need.open = left;
    backordered += left;
  }
  if (!movements.length) throw new AppError("OUT_OF_STOCK", { params: { detail: short.join(", ") } });

  await tx.inventoryMovement.createMany({
    data: movements.map((m) => ({ id: createId("inventoryMovement"), tenantId: ctx.tenantId, kind: "ALLOCATION" as const, orderId: order.id, actorUserId: ctx.user?.id ?? null, ...m })),
  });
  for (const need of needs) {
    await tx.orderLine.updateMany({ where: { tenantId: ctx.tenantId, id: need.lineId }, data: { backorderedQuantity: need.open } });
  }
  const units = movements.reduce((a, m) => a + m.quantity, 0);
  const version = await writeStep(tx, ctx, order, {
    to: step.stay ? order.status : "ALLOCATED",
    action: step.action,
    ...(step.stay ? { stay: true as const } : {}),
    data: { movements: movements.length, units, backordered, ...(short.length ? { short: short.join(", ") } : {}), ...note },
    patch: { backorderedUnits: backordered },
  });
  return { id: order.id, number: order.number, status: order.status, version, currency: order.currency, totalMinor: order.totalMinor, units, backorderedUnits: backordered };
}

export async function allocateOrder(ctx: VendorCtx, input: AllocateInput): Promise<Allocation> {
  authorize(ctx, "orders.fulfil");
  return withScope(scopeOf(ctx), async (tx) => allocateLocked(tx, ctx, await lockOrder(tx, ctx, input.orderId, input.version)));
}

/** Gives back what an order holds (a cancellation): one DEALLOCATION per allocation left. */
export async function deallocateOrder(tx: Tx, actor: Actor, orderId: string): Promise<number> {
  const rows = await tx.inventoryMovement.groupBy({
    by: ["stockItemId", "orderLineId", "kind"],
    where: { tenantId: actor.tenantId, orderId, kind: { in: ["ALLOCATION", "DEALLOCATION", "SHIPMENT"] } },
    _sum: { quantity: true },
  });
  const held = new Map<string, { stockItemId: string; orderLineId: string | null; quantity: number }>();
  for (const row of rows) {
    const key = `${row.stockItemId}|${row.orderLineId ?? ""}`;
    const entry = held.get(key) ?? { stockItemId: row.stockItemId, orderLineId: row.orderLineId, quantity: 0 };
    entry.quantity += (row.kind === "ALLOCATION" ? 1 : -1) * (row._sum.quantity ?? 0);
    held.set(key, entry);
  }
  const back = [...held.values()].filter((h) => h.quantity > 0);
  await lockStockItems(tx, actor.tenantId, back.map((b) => b.stockItemId));
  if (back.length) {
    await tx.inventoryMovement.createMany({
      data: back.map((b) => ({ id: createId("inventoryMovement"), tenantId: actor.tenantId, kind: "DEALLOCATION" as const, orderId, actorUserId: actor.user?.id ?? null, ...b })),
    });
  }
  return back.reduce((a, b) => a + b.quantity, 0);
}
