import "server-only";
import { auditLogRows } from "@/lib/audit/service";
import { authorize, scopeOf, type SystemCtx, type VendorCtx } from "@/lib/auth/context";
import { insertRowsSql, updateRowSql } from "@/lib/db/json-rows";
import { withRawScope, type RawTx } from "@/lib/db/raw";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { outboxRow } from "@/lib/notify/publish";
import { lockStockItems } from "./inventory";
import { orderMachine, stayStep } from "./lifecycle";
import { audienceOf, orderAudienceSql, orderEvent, type OrderAudience, type OrderEventInput } from "./notify";
import type { AllocateInput } from "./schema";
import { assertLockable, lockedOrderOf, lockOrdersSql, planSteps, type Actor, type LockedOrder } from "./steps";
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
 *
 * Sent in two messages (`withRawScope`, lib/db/raw.ts; docs/orders.md "Performance"), every
 * statement prepared once per connection:
 *   1. BEGIN and the scope's settings; the order locked (FOR UPDATE); its lines with what
 *      each still lacks; the active stock items of the lines that lack something, locked in
 *      id order and read under the lock (each statement after the order's lock takes a fresh
 *      snapshot: it sees what every allocation before it committed); with an alert, the
 *      order's audience.
 *   2. ONE write statement — the order's status, backorder and version + 1, the ALLOCATION
 *      movements (their trigger adds them to the locked balances; the balance's CHECK would
 *      refuse an oversell), the lines' backorders, the timeline entry, the audit entry, and
 *      the alert — then COMMIT. Every row hangs on the order's update (`EXISTS (… ord)`): if
 *      it did not match, nothing is written, and Node answers STALE_EDIT.
 * The checks (authorization, version, the transition table, what is free) run in Node
 * between the two, in the order and with the codes they always had; a refusal rolls back.
 */

export type Need = { lineId: string; productId: string; sku: string; quantity: number; open: number };

/** Each line of an order (in position order) with the units it still lacks: quantity − (ALLOCATION − DEALLOCATION). */
const needsSql = (tenantId: string, orderId: string) => Prisma.sql`
    SELECT l."id" AS "lineId", l."productId", l."sku", l."quantity",
           (l."quantity" - coalesce((SELECT sum(CASE m."kind" WHEN 'ALLOCATION' THEN m."quantity" ELSE -m."quantity" END)
                                       FROM "InventoryMovement" m
                                      WHERE m."tenantId" = l."tenantId" AND m."orderLineId" = l."id" AND m."orderId" = l."orderId"
                                        AND m."kind" IN ('ALLOCATION', 'DEALLOCATION')), 0))::int AS "open"
      FROM "OrderLine" l
     WHERE l."tenantId" = ${tenantId} AND l."orderId" = ${orderId}
     ORDER BY l."position"`;

/** Units each line of an order still lacks (in a Prisma transaction: lib/orders/backorder.ts). */
export function needsOf(tx: Tx, tenantId: string, orderId: string): Promise<Need[]> {
  return tx.$queryRaw<Need[]>(needsSql(tenantId, orderId));
}

type Stock = { id: string; productId: string; onHand: number; allocated: number };

/**
 * The active stock items of the products `needs` still lacks, locked (FOR UPDATE) in id
 * order as every writer of stock locks them (lib/orders/inventory.ts `lockStockItems`, the
 * balance trigger), read under the lock — answered in the order allocation draws them:
 * warehouse code, then id.
 */
const lockStockSql = (tenantId: string, needs: Prisma.Sql) => Prisma.sql`
    WITH locked AS MATERIALIZED (
      SELECT s."id", s."productId", s."onHand", s."allocated", w."code"
        FROM "StockItem" s JOIN "Warehouse" w ON w."tenantId" = s."tenantId" AND w."id" = s."warehouseId"
       WHERE s."tenantId" = ${tenantId} AND w."active" AND s."productId" IN (SELECT n."productId" FROM (${needs}) n WHERE n."open" > 0)
       ORDER BY s."id" FOR UPDATE OF s)
    SELECT "id", "productId", "onHand", "allocated" FROM locked ORDER BY "code", "id"`;

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

type Movement = { stockItemId: string; orderLineId: string; quantity: number };

/**
 * What is free, drawn line by line from the stock items in turn (warehouse code order);
 * `needs` are the lines that lack something, each left with what stays a backorder.
 */
function drawStock(needs: Need[], stock: readonly Stock[]): { movements: Movement[]; short: string[]; backordered: number } {
  const free = new Map(stock.map((s) => [s.id, Math.max(0, s.onHand - s.allocated)]));
  const movements: Movement[] = [];
  const short: string[] = [];
  let backordered = 0;
  for (const need of needs) {
    let left = need.open;
    for (const item of stock) {
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
  return { movements, short, backordered };
}

export type Allocation = OrderSummary & { units: number; backorderedUnits: number };

export type AllocateOptions = {
  /** the version the person saw: anything newer is STALE_EDIT */
  version?: number;
  /** more figures for the timeline entry (the queue's score, the receipt that triggered it) */
  note?: Record<string, unknown>;
  /** an alert written with the allocation (the receipt job's to the partner), from the order's audience */
  alert?: (order: LockedOrder, allocation: Allocation, audience: OrderAudience) => OrderEventInput;
};

/**
 * Allocates what is free for an order in the caller's raw transaction, and commits it. The
 * actor is a person (`allocateOrder`, the priority queue) or Canal's receipt job filling
 * backorders (lib/orders/backorder-fill.ts).
 */
export async function allocateInTx(tx: RawTx, ctx: VendorCtx | SystemCtx, orderId: string, options: AllocateOptions = {}): Promise<Allocation> {
  const { tenantId } = ctx;
  const needs = needsSql(tenantId, orderId);
  const reads = [lockOrdersSql(ctx, Prisma.sql`o."id" = ${orderId}`), needs, lockStockSql(tenantId, needs)];
  if (options.alert) reads.push(orderAudienceSql(tenantId, Prisma.sql`(SELECT "partnerId" FROM "Order" WHERE "tenantId" = ${tenantId} AND "id" = ${orderId})`));
  const [found, lines, stock, audience] = await tx.send(reads.map((statement) => tx.sql(statement)).join(";\n"));

  const [row] = found!.rows;
  if (!row) throw new AppError("NOT_FOUND");
  const order = assertLockable(ctx, lockedOrderOf(row), options.version);
  const step = stepFor(ctx, order);
  const open = (lines!.rows as Need[]).filter((n) => n.open > 0);
  if (!open.length) throw new AppError("INVALID_TRANSITION", { params: { from: order.status, to: "ALLOCATED" } });
  const { movements, short, backordered } = drawStock(open, stock!.rows as Stock[]);
  if (!movements.length) throw new AppError("OUT_OF_STOCK", { params: { detail: short.join(", ") } });

  const units = movements.reduce((a, m) => a + m.quantity, 0);
  const steps = planSteps(ctx, order, [
    {
      to: step.stay ? order.status : "ALLOCATED",
      action: step.action,
      ...(step.stay ? { stay: true as const } : {}),
      data: { movements: movements.length, units, backordered, ...(short.length ? { short: short.join(", ") } : {}), ...options.note },
      patch: { backorderedUnits: backordered },
    },
  ]);
  const { id, number, currency, totalMinor } = order;
  const allocation: Allocation = { id, number, status: steps.status, version: order.version + 1, currency, totalMinor, units, backorderedUnits: backordered };
  const event = options.alert ? orderEvent(options.alert(order, allocation, audienceOf(audience!.rows as Parameters<typeof audienceOf>[0]))) : null;

  // one time for the whole allocation, in UTC as Prisma writes it
  const now = new Date();
  const actorUserId = ctx.user?.id ?? null;
  const after = Prisma.sql`WHERE EXISTS (SELECT 1 FROM ord)`;
  const writes = [
    Prisma.sql`moves AS (${insertRowsSql("InventoryMovement", movements.map((m) => ({ id: createId("inventoryMovement"), tenantId, kind: "ALLOCATION", orderId, actorUserId, createdAt: now, ...m })))} ${after})`,
    Prisma.sql`lines AS (
      UPDATE "OrderLine" l SET "backorderedQuantity" = v."open"
        FROM jsonb_to_recordset(${JSON.stringify(open.map((n) => ({ id: n.lineId, open: n.open })))}::jsonb) AS v(id text, open int)
       WHERE l."tenantId" = ${tenantId} AND l."orderId" = ${orderId} AND l."id" = v.id AND EXISTS (SELECT 1 FROM ord))`,
    Prisma.sql`events AS (${insertRowsSql("OrderEvent", steps.events.map((e) => ({ ...e, createdAt: now })))} ${after})`,
    Prisma.sql`audits AS (${insertRowsSql("AuditLog", auditLogRows(steps.audits, ctx).map((a) => ({ ...a, createdAt: now })))} ${after})`,
    ...(event ? [Prisma.sql`alert AS (${insertRowsSql("OutboxEvent", [{ ...outboxRow(event), createdAt: now }])} ${after})`] : []),
  ];
  const update = updateRowSql(
    "Order",
    // `updatedAt` as Prisma's @updatedAt writes it
    { ...steps.patch, status: steps.status, updatedAt: now },
    Prisma.sql`t."tenantId" = ${tenantId} AND t."id" = ${orderId} AND t."version" = ${order.version}`,
    { also: [`"version" = t."version" + 1`], returning: `t."id"` },
  );
  const write = Prisma.sql`WITH ord AS (${update}), ${Prisma.join(writes, ", ")} SELECT count(*)::int AS "written" FROM ord`;
  const [written] = await tx.send(tx.sql(write), { commit: true });
  // the order row is ours (locked, its version checked): a miss wrote nothing, and is a bug
  if ((written!.rows[0] as { written: number }).written !== 1) throw new AppError("STALE_EDIT");
  return allocation;
}

export async function allocateOrder(ctx: VendorCtx, input: AllocateInput): Promise<Allocation> {
  authorize(ctx, "orders.fulfil");
  return withRawScope(scopeOf(ctx), (tx) => allocateInTx(tx, ctx, input.orderId, { version: input.version }));
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
