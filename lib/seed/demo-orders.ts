import "server-only";
import { randomUUID } from "node:crypto";
import { authorize, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { allocateOrder } from "@/lib/orders/allocation";
import { saveDraft } from "@/lib/orders/drafts";
import { createWarehouse, receiveStock } from "@/lib/orders/inventory";
import { getOrder } from "@/lib/orders/read";
import { approveOrder, cancelOrder, holdOrder, rejectOrder } from "@/lib/orders/review";
import { approvalRuleSchema, creditLimitSchema, draftSchema, receiptSchema, shipmentSchema, warehouseSchema } from "@/lib/orders/schema";
import { markDelivered, shipOrder } from "@/lib/orders/shipping";
import { createApprovalRule, setCreditLimit } from "@/lib/orders/settings";
import { submitOrder } from "@/lib/orders/submit";
import type { OrderSummary } from "@/lib/orders/types";
import { saveViewSchema } from "@/lib/lists/saved-view-schema";
import { saveQueueView } from "@/lib/orders/views";
import type { DemoProduct } from "./demo-catalog";
import { configureAcmeInvoicing, configureGlobexInvoicing, settleAcmeInvoices, settleGlobexInvoices } from "./demo-invoices";

/**
 * Demo orders, through the services (prices from the demo price lists, routed by the demo
 * rules). Acme (English): two warehouses with stock (SW-8 scarce), approval rules, credit
 * limits, and Northwind's and Bluepeak's orders as a cart, approved, allocated, waiting for
 * approval (a price below list), rejected, cancelled, held by hand and held for credit,
 * allocated in part with a backorder, shipped in part (serial numbers, tracking), shipped
 * and delivered. Globex (Spanish): a
 * Madrid warehouse and Iberia Tech's orders in euros. Every shipment issues its invoice;
 * demo-invoices.ts sets tax and terms first and settles some of them afterwards.
 */

type Line = { sku: string; quantity: number; requestedUnitPrice?: string };
type Address = { name: string; line1: string; city: string; region?: string; postalCode?: string; country: string };

function linesOf(products: Map<string, DemoProduct>, lines: readonly Line[]) {
  return lines.map((l) => {
    const product = products.get(l.sku);
    if (!product) throw new Error(`demo orders: no product ${l.sku}`);
    return { productId: product.id, quantity: l.quantity, requestedUnitPrice: l.requestedUnitPrice ?? null };
  });
}

function draft(partner: PartnerCtx, products: Map<string, DemoProduct>, shipTo: Address, lines: readonly Line[], extra: Record<string, unknown> = {}) {
  return saveDraft(partner, draftSchema.parse({ shipTo, lines: linesOf(products, lines), ...extra }));
}

async function place(partner: PartnerCtx, products: Map<string, DemoProduct>, shipTo: Address, lines: readonly Line[], extra: Record<string, unknown> = {}): Promise<OrderSummary> {
  const cart = await draft(partner, products, shipTo, lines, extra);
  return submitOrder(partner, { orderId: cart.id, version: cart.version, idempotencyKey: randomUUID() });
}

/** Allocates an approved order and ships `parts` of it (SKU → units; serial-tracked SKUs get serials). */
async function fulfil(ctx: VendorCtx, order: OrderSummary, carrier: string, tracking: string, parts: Record<string, number> | "all", serialPrefix = "SN") {
  const allocated = await allocateOrder(ctx, { orderId: order.id, version: order.version });
  const detail = await getOrder(ctx, order.id);
  const lines = detail.lines
    .map((line) => ({ line, quantity: parts === "all" ? line.quantity : (parts[line.sku] ?? 0) }))
    .filter((l) => l.quantity > 0)
    .map(({ line, quantity }) => ({
      orderLineId: line.id,
      quantity,
      serials: line.serialTracked ? Array.from({ length: quantity }, (_, i) => `${serialPrefix}-${line.sku}-${String(detail.number).padStart(4, "0")}-${String(i + 1).padStart(3, "0")}`) : [],
    }));
  return shipOrder(ctx, shipmentSchema.parse({ orderId: order.id, version: allocated.version, carrier, trackingNumber: tracking, lines }));
}

async function stock(ctx: VendorCtx, products: Map<string, DemoProduct>, code: string, name: string, receipts: readonly [string, number][]) {
  const { id } = await createWarehouse(ctx, warehouseSchema.parse({ code, name }));
  for (const [sku, quantity] of receipts) {
    await receiveStock(ctx, receiptSchema.parse({ productId: products.get(sku)!.id, warehouseId: id, quantity, reference: `GR-${code}-001` }));
  }
}

const NORTHWIND_DOCK: Address = { name: "Northwind Distribution — Dock 2", line1: "400 Harbor Way", city: "Newark", region: "NJ", postalCode: "07114", country: "US" };
const BLUEPEAK_OFFICE: Address = { name: "Bluepeak Systems", line1: "Calle de Alcalá 120", city: "Madrid", postalCode: "28009", country: "ES" };

export async function seedAcmeOrders(
  ctx: VendorCtx,
  people: { manager: VendorCtx; finance: VendorCtx; products: Map<string, DemoProduct>; partnerIds: Map<string, string>; portal: (email: string) => Promise<PartnerCtx> },
): Promise<void> {
  authorize(ctx, "orders.configure");
  const { manager, finance, products, partnerIds } = people;
  await stock(ctx, products, "EAST", "Newark distribution centre", [["RTR-100", 40], ["RTR-500", 25], ["SW-24", 60], ["SW-8", 4], ["AP-200", 80], ["CBL-C6-3", 200]]);
  await stock(ctx, products, "WEST", "Reno distribution centre", [["RTR-100", 20], ["SW-24", 15], ["AP-400", 30]]);
  await createApprovalRule(ctx, approvalRuleSchema.parse({ name: "Price below list", condition: "PRICE_BELOW_LIST", approverPermission: "orders.approve" }));
  await createApprovalRule(ctx, approvalRuleSchema.parse({ name: "More than 100 units on a line", condition: "QUANTITY_OVER", quantity: "100", approverPermission: "orders.approve" }));
  await createApprovalRule(ctx, approvalRuleSchema.parse({ name: "Orders of 25,000 USD or more", condition: "ORDER_TOTAL_AT_LEAST", amount: "25000", currency: "USD", approverPermission: "tenant.manage" }));
  await setCreditLimit(finance, creditLimitSchema.parse({ partnerId: partnerIds.get("Northwind Distribution")!, currency: "USD", limit: "250000" }));
  await setCreditLimit(finance, creditLimitSchema.parse({ partnerId: partnerIds.get("Bluepeak Systems")!, currency: "USD", limit: "5000" }));
  await configureAcmeInvoicing(finance, partnerIds);

  const nora = await people.portal("admin@northwind.test");
  const ben = await people.portal("buyer@northwind.test");
  // the cart Ben is filling (9 access points: one more reaches the next break)
  await draft(ben, products, NORTHWIND_DOCK, [{ sku: "RTR-100", quantity: 5 }, { sku: "AP-200", quantity: 19 }], { poNumber: "NW-PO-2291" });
  // approved at once, allocated by the channel manager; the cables and a third of the routers shipped
  const partly = await place(nora, products, NORTHWIND_DOCK, [{ sku: "RTR-100", quantity: 30 }, { sku: "CBL-C6-3", quantity: 12 }], { poNumber: "NW-PO-2270", priority: true });
  const partlyShipped = await fulfil(manager, partly, "UPS", "1Z999AA10123456784", { "RTR-100": 10, "CBL-C6-3": 12 });
  // shipped whole, and one delivered
  const shipped = await place(ben, products, NORTHWIND_DOCK, [{ sku: "SW-24", quantity: 10 }], { poNumber: "NW-PO-2284", requestedDate: "2027-01-15" });
  const shippedWhole = await fulfil(manager, shipped, "FedEx", "7712 3456 7890", "all");
  const delivered = await place(nora, products, NORTHWIND_DOCK, [{ sku: "AP-200", quantity: 8 }], { poNumber: "NW-PO-2247" });
  const done = await fulfil(manager, delivered, "UPS", "1Z999AA10123450012", "all");
  await markDelivered(manager, { orderId: done.id, version: done.version });
    // allocated, waiting for the truck
  const allocated = await place(ben, products, NORTHWIND_DOCK, [{ sku: "RTR-100", quantity: 4 }, { sku: "AP-400", quantity: 6 }], { poNumber: "NW-PO-2292" });
  await allocateOrder(manager, { orderId: allocated.id, version: allocated.version });
  // SW-8 is scarce: 4 of 6 allocated, 2 on backorder until the next receipt
  const backorder = await place(nora, products, NORTHWIND_DOCK, [{ sku: "SW-8", quantity: 6 }], { poNumber: "NW-PO-2294", requestedDate: "2026-12-10" });
  await allocateOrder(manager, { orderId: backorder.id, version: backorder.version });
  // special orders: a price below list waiting for approval, and one the vendor turned down
  await place(nora, products, NORTHWIND_DOCK, [{ sku: "RTR-500", quantity: 20, requestedUnitPrice: "355.00" }], { poNumber: "NW-PO-2288", notes: "Hospital network tender: competitor quoted 355." });
  const rejected = await place(ben, products, NORTHWIND_DOCK, [{ sku: "SW-48", quantity: 3, requestedUnitPrice: "300.00" }], { poNumber: "NW-PO-2279" });
  await rejectOrder(manager, { orderId: rejected.id, version: rejected.version, reason: "300.00 is below our floor for SW-48; we can do 440.00 on 10 units or more." });
  const cancelled = await place(nora, products, NORTHWIND_DOCK, [{ sku: "AP-200", quantity: 6 }], { poNumber: "NW-PO-2261" });
  await cancelOrder(manager, { orderId: cancelled.id, version: cancelled.version, reason: "Customer postponed the project to next quarter." });
  const approved = await place(nora, products, NORTHWIND_DOCK, [{ sku: "RTR-500", quantity: 2, requestedUnitPrice: "370.00" }], { poNumber: "NW-PO-2290" });
  await approveOrder(ctx, { orderId: approved.id, version: approved.version, reason: "Matched for the Q1 campaign." });
  const held = await place(ben, products, NORTHWIND_DOCK, [{ sku: "SW-8", quantity: 4 }], { poNumber: "NW-PO-2293" });
  await holdOrder(manager, { orderId: held.id, version: held.version, reason: "Ship-to address does not match the customer's site; waiting for confirmation." });

  const blanca = await people.portal("admin@bluepeak.test");
  await place(blanca, products, BLUEPEAK_OFFICE, [{ sku: "AP-200", quantity: 4 }], { poNumber: "BP-0107" });
  // over Bluepeak's 5,000 USD limit: held for finance with the figures
  await place(blanca, products, BLUEPEAK_OFFICE, [{ sku: "SW-24", quantity: 20 }], { poNumber: "BP-0112" });
  await settleAcmeInvoices(finance, { paid: shippedWhole, partly: partlyShipped, late: done });
  // the channel manager's saved views of the queue
  await saveQueueView(manager, saveViewSchema.parse({ name: "Backorders", query: "backordered=yes" }));
  await saveQueueView(manager, saveViewSchema.parse({ name: "Northwind, waiting for approval", query: `status=PENDING_APPROVAL&partner=${partnerIds.get("Northwind Distribution")!}` }));
}

const IBERIA_WAREHOUSE: Address = { name: "Iberia Tech — Almacén", line1: "Polígono Industrial Las Mercedes, nave 7", city: "Madrid", postalCode: "28022", country: "ES" };

export async function seedGlobexOrders(
  ctx: VendorCtx,
  people: { products: Map<string, DemoProduct>; portal: (email: string) => Promise<PartnerCtx> },
): Promise<void> {
  authorize(ctx, "orders.configure");
  const { products } = people;
  await stock(ctx, products, "MAD", "Centro logístico de Madrid", [["GX-REL-24", 500], ["GX-PLC-S", 12], ["GX-PSU-60", 80], ["GX-TMP", 40]]);
  await createApprovalRule(ctx, approvalRuleSchema.parse({ name: "Precio por debajo de tarifa", condition: "PRICE_BELOW_LIST", approverPermission: "orders.approve" }));
  await configureGlobexInvoicing(ctx);
  const iker = await people.portal("admin@iberia.test");
  await draft(iker, products, IBERIA_WAREHOUSE, [{ sku: "GX-REL-24", quantity: 90 }, { sku: "GX-PRX", quantity: 20 }], { poNumber: "IB-2026-031" });
  const partly = await place(iker, products, IBERIA_WAREHOUSE, [{ sku: "GX-PLC-S", quantity: 10 }, { sku: "GX-PSU-60", quantity: 10 }], { poNumber: "IB-2026-027" });
  const partlyShipped = await fulfil(ctx, partly, "SEUR", "SEUR-4471-2290-ES", { "GX-PSU-60": 10 });
  const delivered = await place(iker, products, IBERIA_WAREHOUSE, [{ sku: "GX-REL-24", quantity: 50 }], { poNumber: "IB-2026-019" });
  const done = await fulfil(ctx, delivered, "Correos Express", "CEX-2026-118833", "all");
  await markDelivered(ctx, { orderId: done.id, version: done.version });
  // GX-PLC-S is scarce: 2 of 5 allocated, 3 on backorder
  const backorder = await place(iker, products, IBERIA_WAREHOUSE, [{ sku: "GX-PLC-S", quantity: 5 }], { poNumber: "IB-2026-032", priority: true });
  await allocateOrder(ctx, { orderId: backorder.id, version: backorder.version });
  const allocated = await place(iker, products, IBERIA_WAREHOUSE, [{ sku: "GX-PSU-60", quantity: 20 }], { poNumber: "IB-2026-028" });
  await allocateOrder(ctx, { orderId: allocated.id, version: allocated.version });
  await place(iker, products, IBERIA_WAREHOUSE, [{ sku: "GX-TMP", quantity: 6 }], { poNumber: "IB-2026-029", requestedDate: "2027-02-01" });
  await place(iker, products, IBERIA_WAREHOUSE, [{ sku: "GX-REL-24", quantity: 300, requestedUnitPrice: "10.90" }], { poNumber: "IB-2026-030", notes: "Proyecto de automatización de una planta de envasado." });
  await settleGlobexInvoices(ctx, { partly: partlyShipped, late: done });
  await saveQueueView(ctx, saveViewSchema.parse({ name: "Pendientes de existencias", query: "backordered=yes" }));
}
