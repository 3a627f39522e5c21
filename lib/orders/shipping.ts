import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withScope, type Tx } from "@/lib/db/scope";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { issueInvoiceForShipment } from "@/lib/invoicing/issue";
import { syncShippedUnitsInTx } from "@/lib/warranties/units";
import { lockStockItems } from "./inventory";
import { orderMachine, type OrderStatusValue } from "./lifecycle";
import { amountText, orderLink, orderNumberText, publishOrderEvent, unsafeFollowersOf } from "./notify";
import type { AllocateInput, ShipFormInput, ShipmentInput } from "./schema";
import { lockOrder, writeStep, type LockedOrder } from "./steps";
import type { OrderSummary } from "./types";

/**
 * Shipping an allocated order, whole or in parts: each shipment names the units of each
 * line it carries (never more than the line has left), the carrier and tracking number,
 * and the serial numbers of serial-tracked products (one per unit, each shipped once).
 * The units leave the stock items they were allocated from (SHIPMENT movements: on hand
 * and allocated both go down); a backordered unit cannot ship before it is allocated. The order becomes PARTIALLY_SHIPPED, or SHIPPED with the
 * last unit; the partner and its rep are told with the tracking number.
 */

const fieldError = (field: string, key: string) => new AppError("VALIDATION_FAILED", { fields: { [field]: [key] } });

type LineState = { id: string; productId: string; sku: string; quantity: number; serialTracked: boolean; shipped: number };

async function linesOf(tx: Tx, order: LockedOrder): Promise<Map<string, LineState>> {
  const rows = await tx.orderLine.findMany({
    where: { tenantId: order.tenantId, orderId: order.id },
    select: { id: true, productId: true, sku: true, quantity: true, product: { select: { serialTracked: true } }, shipped: { select: { quantity: true } } },
  });
  return new Map(
    rows.map((r) => [r.id, { id: r.id, productId: r.productId, sku: r.sku, quantity: r.quantity, serialTracked: r.product.serialTracked, shipped: r.shipped.reduce((a, s) => a + s.quantity, 0) }]),
  );
}

/** Units still allocated to an order line, per stock item (ALLOCATION − DEALLOCATION − SHIPMENT). */
async function heldByLine(tx: Tx, tenantId: string, orderLineId: string): Promise<{ stockItemId: string; held: number }[]> {
  const rows = await tx.inventoryMovement.groupBy({
    by: ["stockItemId", "kind"],
    where: { tenantId, orderLineId, kind: { in: ["ALLOCATION", "DEALLOCATION", "SHIPMENT"] } },
    _sum: { quantity: true },
  });
  const held = new Map<string, number>();
  for (const row of rows) held.set(row.stockItemId, (held.get(row.stockItemId) ?? 0) + (row.kind === "ALLOCATION" ? 1 : -1) * (row._sum.quantity ?? 0));
  return [...held].filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : 1)).map(([stockItemId, n]) => ({ stockItemId, held: n }));
}

async function shipInTx(tx: Tx, ctx: VendorCtx, input: ShipmentInput): Promise<OrderSummary & { shipmentId: string }> {
  const order = await lockOrder(tx, ctx, input.orderId, input.version);
  if (order.status !== "ALLOCATED" && order.status !== "PARTIALLY_SHIPPED") {
    throw new AppError("INVALID_TRANSITION", { params: { from: order.status, to: "SHIPPED" } });
  }
  const lines = await linesOf(tx, order);
  const seen = new Set<string>();
  input.lines.forEach((line, i) => {
    const state = lines.get(line.orderLineId);
    if (!state) throw new AppError("NOT_FOUND");
    if (seen.has(line.orderLineId)) throw fieldError(`lines.${i}.orderLineId`, "orders.validation.lineTwice");
    seen.add(line.orderLineId);
    if (line.quantity > state.quantity - state.shipped) throw fieldError(`lines.${i}.quantity`, "orders.validation.overShip");
    if (state.serialTracked) {
      if (line.serials.length !== line.quantity || new Set(line.serials).size !== line.serials.length) throw fieldError(`lines.${i}.serials`, "orders.validation.serials");
    } else if (line.serials.length) throw fieldError(`lines.${i}.serials`, "orders.validation.noSerials");
  });
  const shipmentId = createId("shipment");
  await tx.shipment.create({
    data: { id: shipmentId, tenantId: ctx.tenantId, partnerId: order.partnerId, orderId: order.id, carrier: input.carrier, trackingNumber: input.trackingNumber, createdByUserId: ctx.user.id },
    select: { id: true },
  });
  for (const [i, line] of input.lines.entries()) {
    const state = lines.get(line.orderLineId)!;
    const sources = await heldByLine(tx, ctx.tenantId, line.orderLineId);
    await lockStockItems(tx, ctx.tenantId, sources.map((s) => s.stockItemId));
    let left = line.quantity;
    const movements = [];
    for (const source of sources) {
      const take = Math.min(left, source.held);
      if (take <= 0) continue;
      movements.push({ id: createId("inventoryMovement"), tenantId: ctx.tenantId, stockItemId: source.stockItemId, kind: "SHIPMENT" as const, quantity: take, orderId: order.id, orderLineId: line.orderLineId, shipmentId, actorUserId: ctx.user.id });
      left -= take;
    }
    // only what is allocated ships: a backordered unit waits for its allocation
    if (left > 0) throw fieldError(`lines.${i}.quantity`, "orders.validation.notAllocated");
    await tx.inventoryMovement.createMany({ data: movements });
    const shipmentLineId = createId("shipmentLine");
    await tx.shipmentLine.create({ data: { id: shipmentLineId, tenantId: ctx.tenantId, partnerId: order.partnerId, shipmentId, orderLineId: line.orderLineId, quantity: line.quantity }, select: { id: true } });
    if (line.serials.length) {
      await tx.shippedSerial.createMany({
        data: line.serials.map((serial) => ({ id: createId("shippedSerial"), tenantId: ctx.tenantId, partnerId: order.partnerId, shipmentLineId, productId: state.productId, serial })),
      }).catch((error: unknown) => {
        if (isUniqueViolation(error)) throw fieldError(`lines.${i}.serials`, "orders.validation.serialShipped");
        throw error;
      });
    }
    state.shipped += line.quantity;
  }
  await syncShippedUnitsInTx(tx, ctx, { shipmentId }); // each shipped serial becomes a warranty unit (docs/warranties.md)
  const done = [...lines.values()].every((l) => l.shipped === l.quantity);
  const to: OrderStatusValue = done ? "SHIPPED" : "PARTIALLY_SHIPPED";
  // a further partial shipment keeps the order PARTIALLY_SHIPPED: a timeline entry, no transition
  const data = { shipmentId, carrier: input.carrier, trackingNumber: input.trackingNumber, units: input.lines.reduce((a, l) => a + l.quantity, 0) };
  let version: number;
  if (to === order.status) version = await writeStep(tx, ctx, order, { to, action: "shipPart", data, stay: true });
  else {
    const { rule } = orderMachine.assert(ctx, order.status, to);
    version = await writeStep(tx, ctx, order, { to, action: rule.action, data });
  }
  await tellShipped(tx, ctx, order, input);
  // last: the invoice takes the tenant's invoice number, whose counter stays locked until commit
  await issueInvoiceForShipment(tx, ctx, shipmentId);
  return { id: order.id, number: order.number, status: order.status, version, currency: order.currency, totalMinor: order.totalMinor, shipmentId };
}

async function tellShipped(tx: Tx, ctx: VendorCtx, order: LockedOrder, input: ShipmentInput) {
  await publishOrderEvent(tx, {
    tenantId: ctx.tenantId,
    type: "order.shipped",
    userIds: (await unsafeFollowersOf(tx, ctx.tenantId, order.partnerId)).filter((id) => id !== ctx.user.id),
    link: orderLink(ctx.tenant, "partner", order.id),
    params: {
      order: orderNumberText(order.number),
      tenant: ctx.tenant.name,
      total: amountText(order.totalMinor, order.currency),
      carrier: input.carrier,
      tracking: input.trackingNumber ?? "",
      complete: order.status === "SHIPPED" ? "yes" : "no",
    },
  });
}

export async function shipOrder(ctx: VendorCtx, input: ShipmentInput): Promise<OrderSummary & { shipmentId: string }> {
  authorize(ctx, "orders.fulfil");
  return withScope(scopeOf(ctx), (tx) => shipInTx(tx, ctx, input));
}

/**
 * A shipment from the back office's form: the rows with units to ship become the shipment's
 * lines, and a refusal about one of them is said on the form's row (its index in the form).
 */
export async function shipFromForm(ctx: VendorCtx, input: ShipFormInput): Promise<OrderSummary & { shipmentId: string }> {
  authorize(ctx, "orders.fulfil");
  const rows = input.lines.map((line, index) => ({ line, index })).filter(({ line }) => line.quantity > 0);
  try {
    return await shipOrder(ctx, { ...input, lines: rows.map(({ line }) => ({ ...line, quantity: line.quantity })) });
  } catch (error) {
    if (!(error instanceof AppError) || !error.fields) throw error;
    const fields = Object.fromEntries(
      Object.entries(error.fields).map(([path, keys]) => [path.replace(/^lines\.(\d+)\./, (_, i: string) => `lines.${rows[Number(i)]?.index ?? i}.`), keys]),
    );
    throw new AppError(error.code, { fields, ...(error.params ? { params: error.params } : {}) });
  }
}

/** The partner has it: SHIPPED → DELIVERED. */
export async function markDelivered(ctx: VendorCtx, input: AllocateInput): Promise<OrderSummary> {
  authorize(ctx, "orders.fulfil");
  return withScope(scopeOf(ctx), async (tx) => {
    const order = await lockOrder(tx, ctx, input.orderId, input.version);
    const { rule } = orderMachine.assert(ctx, order.status, "DELIVERED");
    const version = await writeStep(tx, ctx, order, { to: "DELIVERED", action: rule.action });
    return { id: order.id, number: order.number, status: order.status, version, currency: order.currency, totalMinor: order.totalMinor };
  });
}
