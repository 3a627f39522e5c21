/**
 * Shipping on PostgreSQL: partial shipments and the rest, carrier and tracking, serial
 * numbers of serial-tracked products (one per unit, each shipped once), SHIPMENT movements
 * from the stock the lines were allocated from, delivery, and the refusals.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { allocateOrder } from "@/lib/orders/allocation";
import { cancelBackorder } from "@/lib/orders/backorder";
import { lineName } from "@/lib/orders/explanation";
import { stockLevels } from "@/lib/orders/inventory";
import { getOrder, getOwnOrder } from "@/lib/orders/read";
import { cancelOrder } from "@/lib/orders/review";
import { shipmentSchema } from "@/lib/orders/schema";
import { markDelivered, shipOrder } from "@/lib/orders/shipping";
import type { OrderSummary } from "@/lib/orders/types";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { seedProduct } from "@/tests/fixtures/catalog";
import { seedPriceList } from "@/tests/fixtures/pricing";
import { placeOrder, stockDrift, stockUp } from "@/tests/fixtures/orders";

let admin: VendorCtx;
let finance: VendorCtx;
let other: VendorCtx;
let partner: PartnerCtx;
let plain: { id: string; sku: string };
let serial: { id: string; sku: string };

beforeAll(async () => {
  admin = await createTestTenant();
  other = await createTestTenant();
  [finance, partner] = await Promise.all([addVendorUser(admin, "FINANCE"), createPartnerWithUser(admin, "PARTNER_ADMIN")]);
  plain = await seedProduct(admin, { nameEn: "Cable", nameEs: "Cable" });
  serial = await seedProduct(admin, { nameEn: "Router", nameEs: "Enrutador", serialTracked: "on" });
  await seedPriceList(admin, { target: "BASE" }, [[plain.sku, 1, "PRICE", "1.50"], [serial.sku, 1, "PRICE", "100.00"]]);
  await stockUp(admin, plain.id, 100);
  await stockUp(admin, serial.id, 30);
});

/** An allocated order of 10 cables and 3 routers, with its line ids. */
async function allocated(): Promise<{ order: OrderSummary; cable: string; router: string }> {
  const placed = await placeOrder(partner, [{ productId: plain.id, quantity: 10 }, { productId: serial.id, quantity: 3 }]);
  const order = await allocateOrder(admin, { orderId: placed.id, version: placed.version });
  const lines = (await getOrder(admin, order.id)).lines;
  return { order, cable: lines[0]!.id, router: lines[1]!.id };
}

const ship = (order: OrderSummary, lines: { orderLineId: string; quantity: number; serials?: string[] }[], tracking = "1Z999AA10123456784") =>
  shipOrder(admin, shipmentSchema.parse({ orderId: order.id, version: order.version, carrier: "UPS", trackingNumber: tracking, lines }));

const unique = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10).toUpperCase()}`;

describe("shipments", () => {
  it("ships in parts: PARTIALLY_SHIPPED, then SHIPPED with the last unit, then DELIVERED; stock leaves where it was allocated", async () => {
    const { order, cable, router } = await allocated();
    const before = (await stockLevels(admin, plain.id))[0]!;
    const first = await ship(order, [{ orderLineId: cable, quantity: 4 }]);
    expect(first.status).toBe("PARTIALLY_SHIPPED");
    const second = await ship(first, [{ orderLineId: cable, quantity: 2 }], "1Z2");
    expect(second.status).toBe("PARTIALLY_SHIPPED");
    const serials = [unique("SN"), unique("SN"), unique("SN")];
    const last = await ship(second, [{ orderLineId: cable, quantity: 4 }, { orderLineId: router, quantity: 3, serials }], "1Z3");
    expect(last.status).toBe("SHIPPED");
    const after = (await stockLevels(admin, plain.id))[0]!;
    expect([after.onHand, after.allocated, after.available]).toEqual([before.onHand - 10, before.allocated - 10, before.available]);
    const shipped = await ownerQuery<{ n: number }>(`SELECT sum(quantity)::int AS n FROM "InventoryMovement" WHERE "orderId" = $1 AND kind = 'SHIPMENT'`, [order.id]);
    expect(shipped[0]!.n).toBe(13);
    const detail = await getOwnOrder(partner, order.id);
    expect(detail.timeline.map((t) => [t.action, t.toStatus]).slice(-3)).toEqual([
      ["shipPart", "PARTIALLY_SHIPPED"],
      ["shipPart", "PARTIALLY_SHIPPED"],
      ["ship", "SHIPPED"],
    ]);
    const events = await ownerQuery<{ payload: { params: Record<string, string>; recipients: { userId: string }[] } }>(
      `SELECT payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = 'order.shipped' ORDER BY "createdAt"`,
      [admin.tenantId],
    );
    expect(events.map((e) => e.payload.params.tracking)).toEqual(expect.arrayContaining(["1Z999AA10123456784", "1Z2", "1Z3"]));
    expect(events[0]!.payload.recipients.map((r) => r.userId)).toContain(partner.user.id);
    expect((await markDelivered(admin, { orderId: order.id, version: last.version })).status).toBe("DELIVERED");
  });

  it("a backorder: the allocated part ships, the rest cannot until stock arrives and is allocated; then the last unit makes it SHIPPED", async () => {
    const scarce = await seedProduct(admin, { nameEn: "Switch", nameEs: "Conmutador" });
    await seedPriceList(admin, { target: "BASE" }, [[scarce.sku, 1, "PRICE", "20.00"]]);
    await stockUp(admin, scarce.id, 3);
    const placed = await placeOrder(partner, [{ productId: scarce.id, quantity: 5 }]);
    const partly = await allocateOrder(admin, { orderId: placed.id, version: placed.version });
    expect(partly).toMatchObject({ status: "ALLOCATED", units: 3, backorderedUnits: 2 });
    const line = (await getOwnOrder(partner, placed.id)).lines[0]!;
    expect(line.backorderedQuantity).toBe(2);
    // only what is allocated ships
    const refused = await rejectsWith(ship(partly, [{ orderLineId: line.id, quantity: 4 }]), "VALIDATION_FAILED");
    expect(refused.fields).toEqual({ "lines.0.quantity": ["orders.validation.notAllocated"] });
    const first = await ship(partly, [{ orderLineId: line.id, quantity: 3 }]);
    expect(first.status).toBe("PARTIALLY_SHIPPED");
    await rejectsWith(allocateOrder(admin, { orderId: placed.id, version: first.version }), "OUT_OF_STOCK");
    await stockUp(admin, scarce.id, 2);
    const rest = await allocateOrder(admin, { orderId: placed.id, version: first.version });
    expect(rest).toMatchObject({ status: "PARTIALLY_SHIPPED", units: 2, backorderedUnits: 0 });
    const last = await ship(rest, [{ orderLineId: line.id, quantity: 2 }], "1Z4");
    expect(last.status).toBe("SHIPPED");
    const detail = await getOrder(admin, placed.id);
    expect(detail.backorderedUnits).toBe(0);
    expect(detail.timeline.map((t) => [t.action, t.fromStatus, t.toStatus]).slice(-4)).toEqual([
      ["allocate", "APPROVED", "ALLOCATED"],
      ["shipPart", "ALLOCATED", "PARTIALLY_SHIPPED"],
      ["allocate", "PARTIALLY_SHIPPED", "PARTIALLY_SHIPPED"],
      ["ship", "PARTIALLY_SHIPPED", "SHIPPED"],
    ]);
    // shipments took the units out of both sums, as the movements say
    expect(await stockDrift(admin.tenantId)).toEqual([]);
  });

  it("a line keeps the product's name in both languages, whatever the submitter's: each reader sees their own", async () => {
    // the submitter reads Spanish; the back office reads English
    const spanish = { ...partner, user: { ...partner.user, locale: "es" } } as PartnerCtx;
    const placed = await placeOrder(spanish, [{ productId: serial.id, quantity: 1 }]);
    const [line] = (await getOrder(admin, placed.id)).lines;
    expect([line!.name, line!.nameEs]).toEqual(["Router", "Enrutador"]);
    expect([lineName(line!, "en"), lineName(line!, "es")]).toEqual(["Router", "Enrutador"]);
  });

  it("refuses more than a line has left, missing or repeated serials, a serial shipped before, and serials on a plain product", async () => {
    const { order, cable, router } = await allocated();
    const fieldOf = async (lines: Parameters<typeof ship>[1]) => (await rejectsWith(ship(order, lines), "VALIDATION_FAILED")).fields;
    expect(await fieldOf([{ orderLineId: cable, quantity: 11 }])).toEqual({ "lines.0.quantity": ["orders.validation.overShip"] });
    expect(await fieldOf([{ orderLineId: router, quantity: 2, serials: ["A"] }])).toEqual({ "lines.0.serials": ["orders.validation.serials"] });
    expect(await fieldOf([{ orderLineId: router, quantity: 2, serials: ["A", "A"] }])).toEqual({ "lines.0.serials": ["orders.validation.serials"] });
    expect(await fieldOf([{ orderLineId: cable, quantity: 1, serials: ["A"] }])).toEqual({ "lines.0.serials": ["orders.validation.noSerials"] });
    expect(await fieldOf([{ orderLineId: cable, quantity: 1 }, { orderLineId: cable, quantity: 1 }])).toEqual({ "lines.1.orderLineId": ["orders.validation.lineTwice"] });
    const taken = unique("SN");
    const next = await ship(order, [{ orderLineId: router, quantity: 1, serials: [taken] }]);
    const again = await allocated();
    expect((await rejectsWith(ship(again.order, [{ orderLineId: again.router, quantity: 1, serials: [taken] }]), "VALIDATION_FAILED")).fields).toEqual({
      "lines.0.serials": ["orders.validation.serialShipped"],
    });
    // nothing of the refused shipments was written
    const shipments = await ownerQuery(`SELECT id FROM "Shipment" WHERE "orderId" = ANY($1)`, [[order.id, again.order.id]]);
    expect(shipments).toHaveLength(1);
    expect(next.status).toBe("PARTIALLY_SHIPPED");
  });

  it("an approved (not allocated) or a partly shipped order cannot be cancelled or shipped out of turn", async () => {
    const placed = await placeOrder(partner, [{ productId: plain.id, quantity: 1 }]);
    await rejectsWith(shipOrder(admin, shipmentSchema.parse({ orderId: placed.id, version: placed.version, carrier: "DHL", lines: [{ orderLineId: "orl_x", quantity: 1 }] })), "INVALID_TRANSITION");
    const { order, cable } = await allocated();
    const part = await ship(order, [{ orderLineId: cable, quantity: 1 }]);
    await rejectsWith(cancelOrder(admin, { orderId: order.id, version: part.version, reason: "Too late" }), "INVALID_TRANSITION");
    await rejectsWith(markDelivered(admin, { orderId: order.id, version: part.version }), "INVALID_TRANSITION");
  });

  it("another tenant's order is NOT_FOUND; a role without orders.fulfil is FORBIDDEN", async () => {
    const { order, cable } = await allocated();
    await rejectsWith(shipOrder(other, shipmentSchema.parse({ orderId: order.id, version: order.version, carrier: "UPS", lines: [{ orderLineId: cable, quantity: 1 }] })), "NOT_FOUND");
    await rejectsWith(shipOrder(finance, shipmentSchema.parse({ orderId: order.id, version: order.version, carrier: "UPS", lines: [{ orderLineId: cable, quantity: 1 }] })), "FORBIDDEN");
    expect((await getOrder(admin, order.id)).status).toBe("ALLOCATED");
  });
});

describe("cancelling a backorder", () => {
  /** An order of 5 units of a scarce product with 3 in stock: 3 allocated, 2 on backorder. */
  async function scarce(): Promise<{ order: OrderSummary; line: string; product: string }> {
    const product = await seedProduct(admin, { nameEn: "Switch", nameEs: "Conmutador" });
    await seedPriceList(admin, { target: "PARTNER", partnerId: partner.partnerId }, [[product.sku, 1, "PRICE", "20.00"]]);
    await stockUp(admin, product.id, 3);
    const placed = await placeOrder(partner, [{ productId: product.id, quantity: 5 }]);
    const order = await allocateOrder(admin, { orderId: placed.id, version: placed.version });
    expect(order).toMatchObject({ units: 3, backorderedUnits: 2 });
    return { order, line: (await getOrder(admin, order.id)).lines[0]!.id, product: product.id };
  }

  it("of a partly shipped order whose allocated units have all shipped: the rest is dropped, totals follow, and the order is SHIPPED", async () => {
    const { order, line } = await scarce();
    const part = await ship(order, [{ orderLineId: line, quantity: 3 }]);
    expect(part.status).toBe("PARTIALLY_SHIPPED");
    // a reason is required (the partner reads it); finance holds no orders.cancel; another tenant sees no order
    await rejectsWith(cancelBackorder(admin, { orderId: order.id, version: part.version, reason: " " }), "REASON_REQUIRED");
    await rejectsWith(cancelBackorder(finance, { orderId: order.id, version: part.version, reason: "Not coming" }), "FORBIDDEN");
    await rejectsWith(cancelBackorder(other, { orderId: order.id, version: part.version, reason: "Not coming" }), "NOT_FOUND");
    await rejectsWith(cancelBackorder(admin, { orderId: order.id, version: part.version - 1, reason: "Not coming" }), "STALE_EDIT");

    const done = await cancelBackorder(admin, { orderId: order.id, version: part.version, reason: "The supplier discontinued it" });
    expect(done).toMatchObject({ status: "SHIPPED", cancelledUnits: 2, totalMinor: 6000n });
    const detail = await getOrder(admin, order.id);
    expect(detail).toMatchObject({ status: "SHIPPED", backorderedUnits: 0, subtotalMinor: 6000n, totalMinor: 6000n });
    expect(detail.lines.map((l) => [l.quantity, l.backorderedQuantity, l.shippedQuantity, l.lineTotalMinor])).toEqual([[3, 0, 3, 6000n]]);
    expect(detail.timeline.map((t) => [t.action, t.fromStatus, t.toStatus, t.reason]).slice(-2)).toEqual([
      ["cancelBackorder", "PARTIALLY_SHIPPED", "PARTIALLY_SHIPPED", "The supplier discontinued it"],
      ["ship", "PARTIALLY_SHIPPED", "SHIPPED", null],
    ]);
    // the partner reads the reason on its timeline
    expect((await getOwnOrder(partner, order.id)).timeline.some((t) => t.action === "cancelBackorder" && t.reason === "The supplier discontinued it")).toBe(true);
    // nothing is left to cancel, and no stock moved
    await rejectsWith(cancelBackorder(admin, { orderId: order.id, version: done.version, reason: "Again" }), "INVALID_TRANSITION");
    expect(await stockDrift(admin.tenantId)).toEqual([]);
  });

  it("with allocated units still to ship: the order stays PARTIALLY_SHIPPED and its last shipment makes it SHIPPED", async () => {
    const { order, line } = await scarce();
    const part = await ship(order, [{ orderLineId: line, quantity: 1 }]);
    const kept = await cancelBackorder(admin, { orderId: order.id, version: part.version, reason: "Customer takes what we have" });
    expect(kept).toMatchObject({ status: "PARTIALLY_SHIPPED", cancelledUnits: 2, totalMinor: 6000n });
    const last = await ship(kept, [{ orderLineId: line, quantity: 2 }]);
    expect(last.status).toBe("SHIPPED");
    // an allocated order without a backorder has none to cancel
    const whole = await placeOrder(partner, [{ productId: plain.id, quantity: 1 }]);
    const allocatedWhole = await allocateOrder(admin, { orderId: whole.id, version: whole.version });
    await rejectsWith(cancelBackorder(admin, { orderId: whole.id, version: allocatedWhole.version, reason: "Nothing" }), "INVALID_TRANSITION");
  });
});
