/**
 * Allocation as it is sent (two messages, lib/orders/allocation.ts): what one allocation
 * writes, all of it or nothing — movements drawn warehouse by warehouse in code order, the
 * lines' backorders, the order, its timeline entry and audit entry; a stale or refused
 * allocation writes nothing and leaves its connection clean; orders whose lines name the same
 * products in opposite orders, allocated at once, never deadlock (stock items are locked in
 * id order) and never oversell.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { allocateOrder } from "@/lib/orders/allocation";
import { createWarehouse, stockLevels } from "@/lib/orders/inventory";
import { warehouseSchema } from "@/lib/orders/schema";
import type { OrderSummary } from "@/lib/orders/types";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { seedProduct } from "@/tests/fixtures/catalog";
import { seedPriceList } from "@/tests/fixtures/pricing";
import { placeOrder, stockDrift, stockUp } from "@/tests/fixtures/orders";

let admin: VendorCtx;
let partner: PartnerCtx;

beforeAll(async () => {
  admin = await createTestTenant();
  partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
});

async function product(price = "4.00") {
  const p = await seedProduct(admin);
  await seedPriceList(admin, { target: "PARTNER", partnerId: partner.partnerId }, [[p.sku, 1, "PRICE", price]]);
  return p;
}

const written = (orderId: string) =>
  ownerQuery<{ status: string; version: number; backordered: number; moves: number; events: number; audits: number; lines: number[] }>(
    `SELECT o.status, o.version, o."backorderedUnits" AS backordered,
            (SELECT count(*)::int FROM "InventoryMovement" m WHERE m."orderId" = o.id) AS moves,
            (SELECT count(*)::int FROM "OrderEvent" e WHERE e."orderId" = o.id) AS events,
            (SELECT count(*)::int FROM "AuditLog" a WHERE a."entityId" = o.id) AS audits,
            (SELECT array_agg(l."backorderedQuantity" ORDER BY l.position) FROM "OrderLine" l WHERE l."orderId" = o.id) AS lines
       FROM "Order" o WHERE o.id = $1`,
    [orderId],
  ).then((rows) => rows[0]);

describe("one allocation, written whole", () => {
  it("draws warehouses in code order, keeps what is short as the lines' backorders, and writes the order, timeline and audit with it", async () => {
    const P = await product();
    const Q = await product();
    const suffix = Date.now().toString(36).toUpperCase();
    // made first, but drawn last: its code sorts after the other's
    const late = (await createWarehouse(admin, warehouseSchema.parse({ code: `ZZ-${suffix}`, name: "Late" }))).id;
    const early = (await createWarehouse(admin, warehouseSchema.parse({ code: `AA-${suffix}`, name: "Early" }))).id;
    await stockUp(admin, P.id, 5, late);
    await stockUp(admin, P.id, 2, early);
    await stockUp(admin, Q.id, 1, late);
    const order = await placeOrder(partner, [
      { productId: P.id, quantity: 4 },
      { productId: Q.id, quantity: 3 },
    ]);
    const before = await written(order.id);

    // a stale version: nothing written (and the pooled connection stays usable for what follows)
    await rejectsWith(allocateOrder(admin, { orderId: order.id, version: order.version - 1 }), "STALE_EDIT");
    expect(await written(order.id)).toEqual(before);

    const allocation = await allocateOrder(admin, { orderId: order.id, version: order.version });
    expect(allocation).toEqual({ id: order.id, number: order.number, status: "ALLOCATED", version: order.version + 1, currency: order.currency, totalMinor: order.totalMinor, units: 5, backorderedUnits: 2 });
    const moves = await ownerQuery<{ warehouse: string; sku: string; quantity: number; actor: string }>(
      `SELECT w.id AS warehouse, l.sku, m.quantity, m."actorUserId" AS actor FROM "InventoryMovement" m
         JOIN "StockItem" s ON s.id = m."stockItemId" JOIN "Warehouse" w ON w.id = s."warehouseId" JOIN "OrderLine" l ON l.id = m."orderLineId"
        WHERE m."orderId" = $1 AND m.kind = 'ALLOCATION' ORDER BY l.position, w.code`,
      [order.id],
    );
    expect(moves).toEqual([
      { warehouse: early, sku: P.sku, quantity: 2, actor: admin.user.id },
      { warehouse: late, sku: P.sku, quantity: 2, actor: admin.user.id },
      { warehouse: late, sku: Q.sku, quantity: 1, actor: admin.user.id },
    ]);
    expect(await written(order.id)).toEqual({ ...before, status: "ALLOCATED", version: order.version + 1, backordered: 2, moves: 3, events: before!.events + 1, audits: before!.audits + 1, lines: [0, 2] });
    const [event] = await ownerQuery<{ from: string; to: string; data: Record<string, unknown>; actor: string }>(
      `SELECT "fromStatus" AS from, "toStatus" AS to, data, "actorUserId" AS actor FROM "OrderEvent" WHERE "orderId" = $1 AND action = 'allocate'`,
      [order.id],
    );
    expect(event).toEqual({ from: "APPROVED", to: "ALLOCATED", data: { movements: 3, units: 5, backordered: 2, short: `${Q.sku} 1/3` }, actor: admin.user.id });
    const [audit] = await ownerQuery<{ before: unknown; after: unknown; actor: string }>(
      `SELECT before, after, "actorUserId" AS actor FROM "AuditLog" WHERE "entityId" = $1 AND action = 'order.allocate'`,
      [order.id],
    );
    expect(audit).toEqual({ before: { status: "APPROVED" }, after: { status: "ALLOCATED", movements: 3, units: 5, backordered: 2, short: `${Q.sku} 1/3` }, actor: admin.user.id });
    expect((await stockLevels(admin, P.id)).map((l) => [l.warehouseId, l.available])).toEqual([
      [early, 0],
      [late, 3],
    ]);

    // the backorder waits: the same version again is STALE_EDIT, the next is OUT_OF_STOCK (nothing free for Q)
    await rejectsWith(allocateOrder(admin, { orderId: order.id, version: order.version }), "STALE_EDIT");
    const short = await rejectsWith(allocateOrder(admin, { orderId: order.id, version: allocation.version }), "OUT_OF_STOCK");
    expect(short.params).toEqual({ detail: `${Q.sku} 0/2` });
    await stockUp(admin, Q.id, 5, early);
    const rest = await allocateOrder(admin, { orderId: order.id, version: allocation.version });
    expect(rest).toMatchObject({ status: "ALLOCATED", version: allocation.version + 1, units: 2, backorderedUnits: 0 });
    expect(await written(order.id)).toMatchObject({ backordered: 0, moves: 4, lines: [0, 0] });
    expect(await stockDrift(admin.tenantId)).toEqual([]);
  });
});

describe("allocations at once", () => {
  it("orders naming two products in opposite line orders: no deadlock, no oversell, every unit accounted for", async () => {
    const P = await product("1.00");
    const Q = await product("1.00");
    const w = await stockUp(admin, P.id, 15);
    await stockUp(admin, Q.id, 15, w);
    const orders: OrderSummary[] = [];
    for (let i = 0; i < 12; i++) {
      const lines = [
        { productId: P.id, quantity: 2 },
        { productId: Q.id, quantity: 2 },
      ];
      orders.push(await placeOrder(partner, i % 2 ? lines : lines.reverse()));
    }
    const results = await Promise.allSettled(orders.map((o) => allocateOrder(admin, { orderId: o.id, version: o.version })));
    const refused = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as { code?: string }).code ?? String(r.reason)] : []));
    // 15 units of each for 12 orders of 2: seven whole, one with 1 of each, four with nothing free
    expect(refused).toEqual(["OUT_OF_STOCK", "OUT_OF_STOCK", "OUT_OF_STOCK", "OUT_OF_STOCK"]);
    const won = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(won.map((a) => a.units).sort((a, b) => a - b)).toEqual([2, 4, 4, 4, 4, 4, 4, 4]);
    expect((await stockLevels(admin, P.id)).concat(await stockLevels(admin, Q.id)).map((l) => [l.onHand, l.allocated])).toEqual([
      [15, 15],
      [15, 15],
    ]);
    expect(await stockDrift(admin.tenantId)).toEqual([]);
  }, 60_000);
});
