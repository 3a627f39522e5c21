import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { balancesOf, lockStockItems } from "./inventory";
import { orderMachine } from "./lifecycle";
import type { AllocateInput } from "./schema";
import { lockOrder, writeStep, type Actor } from "./steps";
import type { OrderSummary } from "./types";

/**
 * Allocation reserves every unit of an approved order in stock, all or nothing: the order
 * row is locked, then every stock item of its products (in id order), then the free stock
 * is summed from the movements — so of many orders racing for scarce stock each sees what
 * the previous ones took, and none can oversell. Warehouses are drawn in code order. Not
 * enough free stock for any line → OUT_OF_STOCK naming what is short, and nothing moves.
 */

type Need = { lineId: string; productId: string; sku: string; quantity: number };

async function allocateInTx(tx: Tx, ctx: VendorCtx, input: AllocateInput): Promise<OrderSummary> {
  const order = await lockOrder(tx, ctx, input.orderId, input.version);
  const { rule } = orderMachine.assert(ctx, order.status, "ALLOCATED");
  const needs: Need[] = await tx.orderLine.findMany({
    where: { tenantId: ctx.tenantId, orderId: order.id },
    orderBy: { position: "asc" },
    select: { id: true, productId: true, sku: true, quantity: true },
  }).then((rows) => rows.map((r) => ({ lineId: r.id, productId: r.productId, sku: r.sku, quantity: r.quantity })));
  const productIds = [...new Set(needs.map((n) => n.productId))];
  const items = await tx.stockItem.findMany({
    where: { tenantId: ctx.tenantId, productId: { in: productIds }, warehouse: { active: true } },
    orderBy: [{ warehouse: { code: "asc" } }, { id: "asc" }],
    select: { id: true, productId: true },
  });
  await lockStockItems(tx, ctx.tenantId, items.map((i) => i.id));
  const balances = await balancesOf(tx, ctx.tenantId, items.map((i) => i.id));
  const free = new Map(items.map((i) => [i.id, balances.get(i.id)!.available]));

  const movements: { stockItemId: string; orderLineId: string; quantity: number }[] = [];
  const short: string[] = [];
  for (const need of needs) {
    let left = need.quantity;
    for (const item of items) {
      if (left === 0) break;
      if (item.productId !== need.productId) continue;
      const take = Math.min(left, free.get(item.id)!);
      if (take <= 0) continue;
      free.set(item.id, free.get(item.id)! - take);
      movements.push({ stockItemId: item.id, orderLineId: need.lineId, quantity: take });
      left -= take;
    }
    if (left > 0) short.push(`${need.sku} ${need.quantity - left}/${need.quantity}`);
  }
  if (short.length) throw new AppError("OUT_OF_STOCK", { params: { detail: short.join(", ") } });

  await tx.inventoryMovement.createMany({
    data: movements.map((m) => ({ id: createId("inventoryMovement"), tenantId: ctx.tenantId, kind: "ALLOCATION" as const, orderId: order.id, actorUserId: ctx.user.id, ...m })),
  });
  const version = await writeStep(tx, ctx, order, { to: "ALLOCATED", action: rule.action, data: { movements: movements.length, units: needs.reduce((a, n) => a + n.quantity, 0) } });
  return { id: order.id, number: order.number, status: "ALLOCATED", version, currency: order.currency, totalMinor: order.totalMinor };
}

export async function allocateOrder(ctx: VendorCtx, input: AllocateInput): Promise<OrderSummary> {
  authorize(ctx, "orders.fulfil");
  return withScope(scopeOf(ctx), (tx) => allocateInTx(tx, ctx, input));
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
