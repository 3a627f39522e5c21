/**
 * Orders end to end on PostgreSQL: server-priced drafts (exact totals, table-driven),
 * submission routed by credit and approval rules, every transition of the table and every
 * refusal, the guards of bad input (quantities, discontinued products, tampered prices,
 * stale edits, a suspended partner, another partner's or tenant's ids), allocation from
 * the stock ledger, events and audit entries.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { changeProductStatusSchema } from "@/lib/catalog/schema";
import { changeProductStatus } from "@/lib/catalog/service";
import { allocateOrder } from "@/lib/orders/allocation";
import { discardDraft, saveDraft } from "@/lib/orders/drafts";
import { adjustStock, stockLevels } from "@/lib/orders/inventory";
import { ORDER_STATUSES, ORDER_STAY_STEPS, orderMachine, stayStep, type OrderStatusValue } from "@/lib/orders/lifecycle";
import { listOrders, listOwnOrders } from "@/lib/orders/list";
import { getOrder, getOwnOrder } from "@/lib/orders/read";
import { approveOrder, cancelOrder, holdOrder, rejectOrder, releaseOrder } from "@/lib/orders/review";
import { adjustmentSchema, approvalRuleSchema, creditLimitSchema, draftSchema } from "@/lib/orders/schema";
import { createApprovalRule, setCreditLimit } from "@/lib/orders/settings";
import { submitOrder } from "@/lib/orders/submit";
import type { OrderSummary } from "@/lib/orders/types";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant, partnerCtxFor } from "@/tests/fixtures/factories";
import { seedProduct } from "@/tests/fixtures/catalog";
import { seedPriceList } from "@/tests/fixtures/pricing";
import { SHIP_TO, draftOf, placeOrder, stockDrift, stockUp } from "@/tests/fixtures/orders";

let admin: VendorCtx;
let manager: VendorCtx;
let finance: VendorCtx;
let rep: VendorCtx;
let other: VendorCtx;
let northwind: PartnerCtx;
let retailer: PartnerCtx;
let retailerMate: PartnerCtx;
let foreignPartner: PartnerCtx;
/** X: 10.00, from 10 units 9.00 (base). Y: 19.99 (base), −12.5 % for distributors. */
let X: { id: string; sku: string };
let Y: { id: string; sku: string };
let foreignProduct: { id: string; sku: string };

beforeAll(async () => {
  admin = await createTestTenant();
  other = await createTestTenant();
  [manager, finance, rep, northwind, retailer, foreignPartner] = await Promise.all([
    addVendorUser(admin, "CHANNEL_MANAGER"),
    addVendorUser(admin, "FINANCE"),
    addVendorUser(admin, "SALES_REP"),
    createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerType: "DISTRIBUTOR", partnerName: `Northwind ${randomUUID().slice(0, 6)}` }),
    createPartnerWithUser(admin, "PARTNER_USER", { partnerType: "RETAILER", partnerName: `Retail Uno ${randomUUID().slice(0, 6)}` }),
    createPartnerWithUser(other, "PARTNER_ADMIN"),
  ]);
  retailerMate = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerId: retailer.partnerId });
  X = await seedProduct(admin, { nameEn: "Edge router", nameEs: "Enrutador" });
  Y = await seedProduct(admin, { nameEn: "Switch", nameEs: "Conmutador" });
  foreignProduct = await seedProduct(other);
  await seedPriceList(admin, { name: "Base", target: "BASE" }, [[X.sku, 1, "PRICE", "10.00"], [X.sku, 10, "PRICE", "9.00"], [Y.sku, 1, "PRICE", "19.99"]]);
  await seedPriceList(admin, { name: "Distributors", target: "PARTNER_TYPE", partnerType: "DISTRIBUTOR" }, [[Y.sku, 1, "PERCENT", "-12.5"]]);
  await seedPriceList(other, { name: "Base", target: "BASE" }, [[foreignProduct.sku, 1, "PRICE", "1.00"]]);
});

const statusOf = async (id: string) => (await ownerQuery<{ status: string }>(`SELECT status FROM "Order" WHERE id = $1`, [id]))[0]!.status;
const movementsOf = (orderId: string) =>
  ownerQuery<{ kind: string; quantity: number }>(`SELECT kind, quantity FROM "InventoryMovement" WHERE "orderId" = $1 ORDER BY "createdAt", quantity DESC, id`, [orderId]);
const eventsOf = (tenantId: string, type: string) =>
  ownerQuery<{ payload: { recipients: { userId: string }[]; params: Record<string, string> } }>(
    `SELECT payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = $2 ORDER BY "createdAt"`,
    [tenantId, type],
  );
const auditOf = (orderId: string) => ownerQuery<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "entityId" = $1 ORDER BY action`, [orderId]);

describe("drafts are priced on the server, with exact totals", () => {
  // [buyer, lines, expected unit prices, expected total]
  const cases: [string, () => PartnerCtx, [() => string, number][], bigint[], bigint][] = [
    ["one unit at the base price", () => retailer, [[() => X.id, 3]], [1000n], 3000n],
    ["the break from 10 units", () => retailer, [[() => X.id, 10]], [900n], 9000n],
    ["just under the break", () => retailer, [[() => X.id, 9]], [1000n], 9000n],
    ["19.99 × 3, no rounding in the total", () => retailer, [[() => Y.id, 3]], [1999n], 5997n],
    ["a distributor's −12.5 %: 17.49125 → 17.49, × 3", () => northwind, [[() => Y.id, 3]], [1749n], 5247n],
    ["two lines add up exactly", () => northwind, [[() => X.id, 12], [() => Y.id, 7]], [900n, 1749n], 10800n + 12243n],
    ["a large quantity stays exact", () => retailer, [[() => Y.id, 999_999]], [1999n], 1_998_998_001n],
  ];
  it.each(cases)("%s", async (_name, buyer, lines, units, total) => {
    const draft = await draftOf(buyer(), lines.map(([id, quantity]) => ({ productId: id(), quantity })));
    expect(draft).toMatchObject({ status: "DRAFT", number: null, totalMinor: total, currency: "USD" });
    const detail = await getOwnOrder(buyer(), draft.id);
    expect(detail.lines.map((l) => l.listUnitPriceMinor)).toEqual(units);
    expect(detail.lines.map((l) => l.lineTotalMinor)).toEqual(lines.map(([, q], i) => units[i]! * BigInt(q)));
    expect(detail).toMatchObject({ subtotalMinor: total, taxMinor: 0n, totalMinor: total });
  });

  it("keeps the engine's explanation per line, with the distance to the next break", async () => {
    const draft = await draftOf(retailer, [{ productId: X.id, quantity: 9 }]);
    const [line] = (await getOwnOrder(retailer, draft.id)).lines;
    expect(line!.explanation).toMatchObject({ ok: true, unitPriceMinor: "1000", list: { name: "Base" }, nextBreak: { quantity: 10, more: 1, unitPriceMinor: "900" } });
  });

  it("never reads a price or total sent with the request", async () => {
    const tampered = draftSchema.parse({
      shipTo: SHIP_TO,
      totalMinor: "1",
      lines: [{ productId: X.id, quantity: 2, unitPriceMinor: "1", lineTotalMinor: "2", listUnitPriceMinor: "1" }],
    });
    const draft = await saveDraft(retailer, tampered);
    expect(draft.totalMinor).toBe(2000n);
    expect((await getOwnOrder(retailer, draft.id)).lines[0]!.listUnitPriceMinor).toBe(1000n);
  });

  it("each save prices again and needs the version the tab loaded (two tabs: STALE_EDIT)", async () => {
    const draft = await draftOf(retailer, [{ productId: X.id, quantity: 1 }]);
    const saved = await saveDraft(retailer, draftSchema.parse({ orderId: draft.id, version: draft.version, shipTo: SHIP_TO, lines: [{ productId: X.id, quantity: 10 }] }));
    expect(saved).toMatchObject({ version: draft.version + 1, totalMinor: 9000n });
    // the second tab still holds the first version
    await rejectsWith(saveDraft(retailerMate, draftSchema.parse({ orderId: draft.id, version: draft.version, shipTo: SHIP_TO, lines: [{ productId: X.id, quantity: 1 }] })), "STALE_EDIT");
    expect((await getOwnOrder(retailer, draft.id)).totalMinor).toBe(9000n);
  });
});

describe("bad input: a clear error and nothing changed", () => {
  it("zero, negative, fractional and non-numeric quantities are refused on the field", () => {
    for (const [quantity, key] of [
      [0, "orders.validation.quantity"],
      [-2, "orders.validation.quantity"],
      [1.5, "orders.validation.quantityWhole"],
      ["2.5", "orders.validation.quantityWhole"],
      ["abc", "orders.validation.quantity"],
      [10_000_000, "orders.validation.quantityTooLarge"],
    ] as const) {
      const result = draftSchema.safeParse({ lines: [{ productId: X.id, quantity }] });
      expect(result.success, String(quantity)).toBe(false);
      const issue = result.error!.issues.find((i) => i.path.join(".") === "lines.0.quantity");
      expect(issue?.message, String(quantity)).toBe(key);
    }
  });

  it("a discontinued product cannot be ordered, in a new draft or at submission of an old one", async () => {
    const product = await seedProduct(admin);
    await seedPriceList(admin, { target: "PARTNER", partnerId: retailer.partnerId }, [[product.sku, 1, "PRICE", "5.00"]]);
    const draft = await draftOf(retailer, [{ productId: product.id, quantity: 1 }]);
    await changeProductStatus(admin, changeProductStatusSchema.parse({ productId: product.id, from: "ACTIVE", to: "DISCONTINUED", reason: "End of life" }));
    const error = await rejectsWith(draftOf(retailer, [{ productId: product.id, quantity: 1 }]), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ "lines.0.productId": ["orders.validation.discontinued"] });
    await rejectsWith(submitOrder(retailer, { orderId: draft.id, version: draft.version, idempotencyKey: randomUUID() }), "VALIDATION_FAILED");
    expect(await statusOf(draft.id)).toBe("DRAFT");
  });

  it("a product without a price for this partner is refused on the line; another tenant's product is NOT_FOUND", async () => {
    const unpriced = await seedProduct(admin);
    const error = await rejectsWith(draftOf(retailer, [{ productId: X.id, quantity: 1 }, { productId: unpriced.id, quantity: 1 }]), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ "lines.1.productId": ["orders.validation.noPrice"] });
    await rejectsWith(draftOf(retailer, [{ productId: foreignProduct.id, quantity: 1 }]), "NOT_FOUND");
    const drafts = await ownerQuery(`SELECT id FROM "Order" WHERE "partnerId" = $1 AND "totalMinor" = 0 AND status = 'DRAFT'`, [retailer.partnerId]);
    expect(drafts).toEqual([]);
  });

  it("an empty draft or one without a ship-to address is not submitted", async () => {
    const empty = await saveDraft(retailer, draftSchema.parse({ shipTo: SHIP_TO, lines: [] }));
    expect((await rejectsWith(submitOrder(retailer, { orderId: empty.id, version: empty.version, idempotencyKey: randomUUID() }), "VALIDATION_FAILED")).fields).toEqual({
      lines: ["orders.validation.empty"],
    });
    const noAddress = await saveDraft(retailer, draftSchema.parse({ lines: [{ productId: X.id, quantity: 1 }] }));
    expect((await rejectsWith(submitOrder(retailer, { orderId: noAddress.id, version: noAddress.version, idempotencyKey: randomUUID() }), "VALIDATION_FAILED")).fields).toEqual({
      shipTo: ["orders.validation.shipTo"],
    });
    expect([await statusOf(empty.id), await statusOf(noAddress.id)]).toEqual(["DRAFT", "DRAFT"]);
  });

  it("a stale submission (the draft changed in another tab) is STALE_EDIT", async () => {
    const draft = await draftOf(retailer, [{ productId: X.id, quantity: 1 }]);
    await saveDraft(retailerMate, draftSchema.parse({ orderId: draft.id, version: draft.version, shipTo: SHIP_TO, lines: [{ productId: X.id, quantity: 2 }] }));
    await rejectsWith(submitOrder(retailer, { orderId: draft.id, version: draft.version, idempotencyKey: randomUUID() }), "STALE_EDIT");
    expect(await statusOf(draft.id)).toBe("DRAFT");
  });

  it("another partner's order is NOT_FOUND to every portal service; another tenant's to every back-office one", async () => {
    const mine = await draftOf(northwind, [{ productId: X.id, quantity: 1 }]);
    await rejectsWith(getOwnOrder(retailer, mine.id), "NOT_FOUND");
    await rejectsWith(saveDraft(retailer, draftSchema.parse({ orderId: mine.id, version: mine.version, lines: [] })), "NOT_FOUND");
    await rejectsWith(submitOrder(retailer, { orderId: mine.id, version: mine.version, idempotencyKey: randomUUID() }), "NOT_FOUND");
    await rejectsWith(discardDraft(retailer, { orderId: mine.id, version: mine.version }), "NOT_FOUND");
    expect((await listOwnOrders(retailer)).rows.map((o) => o.id)).not.toContain(mine.id);
    const placed = await placeOrder(northwind, [{ productId: X.id, quantity: 1 }]);
    const otherAdmin = other;
    await rejectsWith(getOrder(otherAdmin, placed.id), "NOT_FOUND");
    for (const call of [approveOrder, rejectOrder, holdOrder, releaseOrder, cancelOrder]) {
      await rejectsWith(call(otherAdmin, { orderId: placed.id, version: placed.version, reason: "x" }), "NOT_FOUND");
    }
    await rejectsWith(allocateOrder(otherAdmin, { orderId: placed.id, version: placed.version }), "NOT_FOUND");
    await rejectsWith(getOwnOrder(foreignPartner, placed.id), "NOT_FOUND");
    expect(await statusOf(placed.id)).toBe("APPROVED");
    expect(await statusOf(mine.id)).toBe("DRAFT");
  });

  it("a suspended partner reads its orders but changes none (PARTNER_SUSPENDED)", async () => {
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const draft = await draftOf(partner, [{ productId: X.id, quantity: 1 }]);
    await ownerQuery(`UPDATE "Partner" SET status = 'SUSPENDED' WHERE id = $1`, [partner.partnerId]);
    const suspended = await partnerCtxFor(admin.tenantId, partner.user.email);
    await rejectsWith(draftOf(suspended, [{ productId: X.id, quantity: 1 }]), "PARTNER_SUSPENDED");
    await rejectsWith(submitOrder(suspended, { orderId: draft.id, version: draft.version, idempotencyKey: randomUUID() }), "PARTNER_SUSPENDED");
    expect((await getOwnOrder(suspended, draft.id)).status).toBe("DRAFT");
  });

  it("back-office roles without the permission are FORBIDDEN", async () => {
    const placed = await placeOrder(retailer, [{ productId: X.id, quantity: 1 }]);
    await rejectsWith(approveOrder(rep, { orderId: placed.id, version: placed.version }), "FORBIDDEN");
    await rejectsWith(cancelOrder(finance, { orderId: placed.id, version: placed.version, reason: "No" }), "FORBIDDEN");
    await rejectsWith(allocateOrder(finance, { orderId: placed.id, version: placed.version }), "FORBIDDEN");
    await rejectsWith(setCreditLimit(manager, creditLimitSchema.parse({ partnerId: retailer.partnerId, currency: "USD", limit: "1" })), "FORBIDDEN");
    expect(await statusOf(placed.id)).toBe("APPROVED");
  });
});

describe("submission and routing", () => {
  it("a standard order is numbered, approved at once with its prices locked, timeline and audit written, approvers told", async () => {
    const order = await placeOrder(retailer, [{ productId: X.id, quantity: 2 }], { poNumber: "PO-778", requestedDate: "2031-05-02", priority: true });
    expect(order).toMatchObject({ status: "APPROVED", totalMinor: 2000n });
    expect(order.number).toBeGreaterThan(0);
    const detail = await getOrder(admin, order.id);
    expect(detail).toMatchObject({ poNumber: "PO-778", requestedDate: "2031-05-02", priority: true, approvalRequired: false, shipTo: SHIP_TO });
    expect(detail.lines[0]).toMatchObject({ approvedUnitPriceMinor: 1000n });
    expect(detail.timeline.map((t) => [t.action, t.fromStatus, t.toStatus])).toEqual([
      ["submit", "DRAFT", "SUBMITTED"],
      ["approve", "SUBMITTED", "APPROVED"],
    ]);
    expect((await auditOf(order.id)).map((a) => a.action)).toEqual(["order.approve", "order.draftCreated", "order.submit"]);
    const [event] = (await eventsOf(admin.tenantId, "order.submitted")).filter((e) => e.payload.params.order === `SO-${String(order.number).padStart(6, "0")}`);
    expect(event!.payload.params).toMatchObject({ approval: "no", total: "20.00 USD" });
    const told = event!.payload.recipients.map((r) => r.userId).sort();
    expect(told).toEqual([admin.user.id, manager.user.id].sort());
  });

  it("order numbers count up per tenant", async () => {
    const a = await placeOrder(retailer, [{ productId: X.id, quantity: 1 }]);
    const b = await placeOrder(northwind, [{ productId: X.id, quantity: 1 }]);
    expect(b.number).toBe(a.number! + 1);
  });

  it("a requested price below list waits for approval; approving locks that price for the order", async () => {
    const order = await placeOrder(retailer, [
      { productId: X.id, quantity: 3, requestedUnitPrice: "8.00" },
      { productId: Y.id, quantity: 1 },
    ]);
    expect(order).toMatchObject({ status: "PENDING_APPROVAL", totalMinor: 3000n + 1999n });
    const pending = await getOrder(admin, order.id);
    expect(pending.approvalReasons).toEqual([
      { kind: "PRICE_BELOW_LIST", ruleId: null, rule: null, sku: X.sku, listUnitPriceMinor: "1000", requestedUnitPriceMinor: "800" },
    ]);
    const approved = await approveOrder(manager, { orderId: order.id, version: order.version, reason: "Competitive deal" });
    expect(approved).toMatchObject({ status: "APPROVED", totalMinor: 2400n + 1999n });
    const detail = await getOwnOrder(retailer, order.id);
    expect(detail.lines.map((l) => [l.approvedUnitPriceMinor, l.lineTotalMinor])).toEqual([
      [800n, 2400n],
      [1999n, 1999n],
    ]);
    expect(detail.totalMinor).toBe(4399n);
    const [event] = (await eventsOf(admin.tenantId, "order.approved")).filter((e) => e.payload.params.order === `SO-${String(order.number).padStart(6, "0")}`);
    expect(event!.payload.recipients.map((r) => r.userId)).toEqual(expect.arrayContaining([retailer.user.id, retailerMate.user.id]));
  });

  it("asking for the list price or more is not a special order", async () => {
    const order = await placeOrder(retailer, [{ productId: X.id, quantity: 1, requestedUnitPrice: "10.00" }]);
    expect(order.status).toBe("APPROVED");
  });

  it("rules route by quantity and by total; the strictest approver permission is required", async () => {
    const tenant = await createTestTenant();
    const [cm, partner] = await Promise.all([addVendorUser(tenant, "CHANNEL_MANAGER"), createPartnerWithUser(tenant, "PARTNER_ADMIN")]);
    const P = await seedProduct(tenant);
    await seedPriceList(tenant, { target: "BASE" }, [[P.sku, 1, "PRICE", "100.00"]]);
    await createApprovalRule(tenant, approvalRuleSchema.parse({ name: "Bulk", condition: "QUANTITY_OVER", quantity: "50", productId: P.id, approverPermission: "orders.approve" }));
    await createApprovalRule(tenant, approvalRuleSchema.parse({ name: "Large", condition: "ORDER_TOTAL_AT_LEAST", amount: "10000", currency: "USD", approverPermission: "tenant.manage" }));
    expect((await placeOrder(partner, [{ productId: P.id, quantity: 50 }])).status).toBe("APPROVED");
    const bulk = await placeOrder(partner, [{ productId: P.id, quantity: 51 }]);
    expect(bulk.status).toBe("PENDING_APPROVAL");
    const large = await placeOrder(partner, [{ productId: P.id, quantity: 100 }]);
    const reasons = (await getOrder(tenant, large.id)).approvalReasons as { kind: string }[];
    expect(reasons.map((r) => r.kind).sort()).toEqual(["ORDER_TOTAL_AT_LEAST", "QUANTITY_OVER"]);
    // 10,000.00 needs tenant.manage: a channel manager may approve the bulk order, not the large one
    await rejectsWith(approveOrder(cm, { orderId: large.id, version: large.version }), "FORBIDDEN");
    expect((await approveOrder(cm, { orderId: bulk.id, version: bulk.version })).status).toBe("APPROVED");
    expect((await approveOrder(tenant, { orderId: large.id, version: large.version })).status).toBe("APPROVED");
  });
});

describe("credit", () => {
  it("over the limit: ON_HOLD for finance with the figures; finance releases, a channel manager may not", async () => {
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    await setCreditLimit(finance, creditLimitSchema.parse({ partnerId: partner.partnerId, currency: "USD", limit: "100.00" }));
    const first = await placeOrder(partner, [{ productId: X.id, quantity: 3 }]);
    expect(first.status).toBe("APPROVED");
    const second = await placeOrder(partner, [{ productId: X.id, quantity: 8 }]);
    expect(second.status).toBe("ON_HOLD");
    const held = await getOwnOrder(partner, second.id);
    expect(held).toMatchObject({ holdKind: "CREDIT", creditCheck: { limitMinor: "10000", openMinor: "3000", orderMinor: "8000", currency: "USD" } });
    expect(held.timeline.at(-1)).toMatchObject({ action: "hold", toStatus: "ON_HOLD", data: { kind: "CREDIT" } });
    const [event] = (await eventsOf(admin.tenantId, "order.held")).filter((e) => e.payload.params.partner === partner.partner.name);
    expect(event!.payload.recipients.map((r) => r.userId)).toEqual(expect.arrayContaining([finance.user.id, partner.user.id]));
    // exactly at the limit passes
    const third = await placeOrder(partner, [{ productId: X.id, quantity: 7 }]);
    expect(third.status).toBe("APPROVED");
    await rejectsWith(releaseOrder(manager, { orderId: second.id, version: held.version }), "FORBIDDEN");
    const released = await releaseOrder(finance, { orderId: second.id, version: held.version, reason: "Paid in advance" });
    expect(released.status).toBe("APPROVED");
  });

  it("a special order held for credit goes back to approval when released", async () => {
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    await setCreditLimit(finance, creditLimitSchema.parse({ partnerId: partner.partnerId, currency: "USD", limit: "1.00" }));
    const order = await placeOrder(partner, [{ productId: X.id, quantity: 1, requestedUnitPrice: "9.00" }]);
    expect(order.status).toBe("ON_HOLD");
    expect((await releaseOrder(finance, { orderId: order.id, version: order.version })).status).toBe("PENDING_APPROVAL");
  });
});

describe("the transition table, every pair", () => {
  /** An order of `retailer` in `status` (placed through the services, then set as the owner). */
  async function orderIn(status: OrderStatusValue): Promise<OrderSummary> {
    const placed = await placeOrder(retailer, [{ productId: X.id, quantity: 1 }]);
    await ownerQuery(`UPDATE "Order" SET status = $2::"OrderStatus" WHERE id = $1`, [placed.id, status]);
    return { ...placed, status };
  }

  const actions: [string, OrderStatusValue, (o: OrderSummary) => Promise<OrderSummary>][] = [
    ["approve", "APPROVED", (o) => approveOrder(admin, { orderId: o.id, version: o.version })],
    ["reject", "REJECTED", (o) => rejectOrder(admin, { orderId: o.id, version: o.version, reason: "Not for this market" })],
    ["hold", "ON_HOLD", (o) => holdOrder(admin, { orderId: o.id, version: o.version, reason: "Check address" })],
    ["cancel", "CANCELLED", (o) => cancelOrder(admin, { orderId: o.id, version: o.version, reason: "Customer withdrew" })],
    ["allocate", "ALLOCATED", (o) => allocateOrder(admin, { orderId: o.id, version: o.version })],
  ];

  it("is the issue's lifecycle", () => {
    expect(orderMachine.transitions.flatMap((t) => t.from.map((f) => `${f}→${t.to}`)).sort()).toEqual(
      [
        "DRAFT→SUBMITTED",
        "DRAFT→CANCELLED",
        "SUBMITTED→PENDING_APPROVAL",
        "SUBMITTED→APPROVED",
        "PENDING_APPROVAL→APPROVED",
        "SUBMITTED→REJECTED",
        "PENDING_APPROVAL→REJECTED",
        "ON_HOLD→REJECTED",
        "SUBMITTED→ON_HOLD",
        "PENDING_APPROVAL→ON_HOLD",
        "APPROVED→ON_HOLD",
        "ON_HOLD→PENDING_APPROVAL",
        "ON_HOLD→APPROVED",
        "APPROVED→ALLOCATED",
        "ALLOCATED→PARTIALLY_SHIPPED",
        "ALLOCATED→SHIPPED",
        "PARTIALLY_SHIPPED→SHIPPED",
        "SHIPPED→DELIVERED",
        "SUBMITTED→CANCELLED",
        "PENDING_APPROVAL→CANCELLED",
        "APPROVED→CANCELLED",
        "ALLOCATED→CANCELLED",
        "ON_HOLD→CANCELLED",
      ].sort(),
    );
    expect(ORDER_STATUSES.filter((s) => orderMachine.isTerminal(s)).sort()).toEqual(["CANCELLED", "DELIVERED", "REJECTED"]);
    // the steps that keep the status: a backorder's further allocation, a further partial shipment, cancelling the backorder
    expect(ORDER_STAY_STEPS.flatMap((s) => s.in.map((state) => `${state}:${s.action}`)).sort()).toEqual(
      ["ALLOCATED:allocate", "PARTIALLY_SHIPPED:allocate", "PARTIALLY_SHIPPED:shipPart", "ALLOCATED:cancelBackorder", "PARTIALLY_SHIPPED:cancelBackorder"].sort(),
    );
  });

  it("each back-office action succeeds exactly from the states the table allows, INVALID_TRANSITION elsewhere", async () => {
    await stockUp(admin, X.id, 100);
    const froms = ORDER_STATUSES.filter((s) => s !== "DRAFT");
    for (const [name, to, act] of actions) {
      const orders = await Promise.all(froms.map((from) => orderIn(from)));
      for (const [i, from] of froms.entries()) {
        const order = orders[i]!;
        if (orderMachine.rule(from, to)) {
          await expect(act(order), `${name} from ${from}`).resolves.toMatchObject({ status: to });
          expect(await statusOf(order.id)).toBe(to);
        } else if (stayStep(from, name)) {
          // a stay step (a backorder's further allocation): succeeds and keeps the status
          await expect(act(order), `${name} in ${from}`).resolves.toMatchObject({ status: from });
          expect(await statusOf(order.id)).toBe(from);
        } else {
          await rejectsWith(act(order), "INVALID_TRANSITION");
          expect(await statusOf(order.id), `${name} from ${from}`).toBe(from);
        }
      }
    }
    // 50 orders through the services: a budget for a loaded machine, not a speed check
  }, 120_000);

  it("rejecting, holding and cancelling need a reason (REASON_REQUIRED on the field)", async () => {
    for (const call of [rejectOrder, holdOrder, cancelOrder]) {
      const order = await placeOrder(retailer, [{ productId: X.id, quantity: 1, requestedUnitPrice: "1.00" }]);
      const error = await rejectsWith(call(admin, { orderId: order.id, version: order.version, reason: "   " }), "REASON_REQUIRED");
      expect(error.fields).toEqual({ reason: ["errors.REASON_REQUIRED"] });
      expect(await statusOf(order.id)).toBe("PENDING_APPROVAL");
    }
  });

  it("a partner discards its draft, not a submitted order; a decision on a stale version is STALE_EDIT", async () => {
    const draft = await draftOf(retailer, [{ productId: X.id, quantity: 1 }]);
    expect((await discardDraft(retailer, { orderId: draft.id, version: draft.version })).status).toBe("CANCELLED");
    const placed = await placeOrder(retailer, [{ productId: X.id, quantity: 1 }]);
    await rejectsWith(discardDraft(retailer, { orderId: placed.id, version: placed.version }), "FORBIDDEN");
    const special = await placeOrder(retailer, [{ productId: X.id, quantity: 1, requestedUnitPrice: "2.00" }]);
    await approveOrder(admin, { orderId: special.id, version: special.version });
    await rejectsWith(rejectOrder(manager, { orderId: special.id, version: special.version, reason: "Too cheap" }), "STALE_EDIT");
    expect(await statusOf(special.id)).toBe("APPROVED");
  });

  it("of two racing decisions on one order exactly one wins", async () => {
    const order = await placeOrder(retailer, [{ productId: X.id, quantity: 1, requestedUnitPrice: "5.00" }]);
    const results = await Promise.allSettled([
      approveOrder(admin, { orderId: order.id, version: order.version }),
      rejectOrder(manager, { orderId: order.id, version: order.version, reason: "No" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const events = await ownerQuery(`SELECT action FROM "OrderEvent" WHERE "orderId" = $1 AND action IN ('approve', 'reject')`, [order.id]);
    expect(events).toHaveLength(1);
  });
});

describe("inventory and allocation", () => {
  it("allocates from the ledger; what is not free waits as a backorder; a cancellation gives the stock back", async () => {
    const P = await seedProduct(admin);
    await seedPriceList(admin, { target: "PARTNER", partnerId: northwind.partnerId }, [[P.sku, 1, "PRICE", "3.00"]]);
    const w1 = await stockUp(admin, P.id, 3);
    await stockUp(admin, P.id, 2);
    const a = await placeOrder(northwind, [{ productId: P.id, quantity: 4 }]);
    const allocated = await allocateOrder(admin, { orderId: a.id, version: a.version });
    expect(allocated.status).toBe("ALLOCATED");
    expect((await movementsOf(a.id)).map((m) => [m.kind, m.quantity])).toEqual([
      ["ALLOCATION", 3],
      ["ALLOCATION", 1],
    ]);
    expect((await stockLevels(admin, P.id)).map((s) => [s.onHand, s.allocated, s.available])).toEqual([
      [3, 3, 0],
      [2, 1, 1],
    ]);
    const b = await placeOrder(northwind, [{ productId: P.id, quantity: 2 }]);
    // one unit is free: it is allocated, the other waits as a backorder
    const partly = await allocateOrder(admin, { orderId: b.id, version: b.version });
    expect(partly).toMatchObject({ status: "ALLOCATED", units: 1, backorderedUnits: 1 });
    expect((await movementsOf(b.id)).map((m) => [m.kind, m.quantity])).toEqual([["ALLOCATION", 1]]);
    const [line] = await ownerQuery<{ backordered: number }>(`SELECT "backorderedQuantity" AS backordered FROM "OrderLine" WHERE "orderId" = $1`, [b.id]);
    expect(line!.backordered).toBe(1);
    // nothing free for the backorder: OUT_OF_STOCK, nothing moves
    const c = await placeOrder(northwind, [{ productId: P.id, quantity: 2 }]);
    const error = await rejectsWith(allocateOrder(admin, { orderId: c.id, version: c.version }), "OUT_OF_STOCK");
    expect(error.params).toEqual({ detail: `${P.sku} 0/2` });
    expect(await movementsOf(c.id)).toEqual([]);
    expect(await statusOf(c.id)).toBe("APPROVED");
    await rejectsWith(allocateOrder(admin, { orderId: b.id, version: partly.version }), "OUT_OF_STOCK");
    // a count correction may not take away stock orders hold
    await rejectsWith(adjustStock(admin, adjustmentSchema.parse({ productId: P.id, warehouseId: w1, quantity: -1, reason: "Broken" })), "STOCK_BELOW_ALLOCATED");
    await cancelOrder(admin, { orderId: a.id, version: allocated.version, reason: "Customer withdrew" });
    expect((await movementsOf(a.id)).map((m) => m.kind)).toEqual(["ALLOCATION", "ALLOCATION", "DEALLOCATION", "DEALLOCATION"]);
    expect((await stockLevels(admin, P.id)).map((s) => s.available)).toEqual([3, 1]);
    // the backorder is allocated once stock is free again: the status stays, a timeline entry says so
    const rest = await allocateOrder(admin, { orderId: b.id, version: partly.version });
    expect(rest).toMatchObject({ status: "ALLOCATED", units: 1, backorderedUnits: 0 });
    expect((await ownerQuery<{ action: string; from: string; to: string }>(`SELECT action, "fromStatus" AS from, "toStatus" AS to FROM "OrderEvent" WHERE "orderId" = $1 AND action = 'allocate' ORDER BY seq`, [b.id])).map((e) => [e.from, e.to])).toEqual([
      ["APPROVED", "ALLOCATED"],
      ["ALLOCATED", "ALLOCATED"],
    ]);
    // a fully allocated order has nothing left to allocate
    await rejectsWith(allocateOrder(admin, { orderId: b.id, version: rest.version }), "INVALID_TRANSITION");
    const adjusted = await adjustStock(admin, adjustmentSchema.parse({ productId: P.id, warehouseId: w1, quantity: -1, reason: "Broken in transit" }));
    expect(adjusted.balance).toEqual({ onHand: 2, allocated: 1, available: 1 });
    // receipts, allocations, deallocations and adjustments: each stock item's balance is the sum of its movements
    expect(await stockDrift(admin.tenantId)).toEqual([]);
  });

  it("a stock item's balance is kept with its movements, whoever writes them, and never allocates more than is on hand", async () => {
    const P = await seedProduct(admin);
    const w = await stockUp(admin, P.id, 5);
    const [item] = await ownerQuery<{ id: string }>(`SELECT id FROM "StockItem" WHERE "productId" = $1 AND "warehouseId" = $2`, [P.id, w]);
    const insert = (kind: string, quantity: number) =>
      ownerQuery(`INSERT INTO "InventoryMovement" (id, "tenantId", "stockItemId", kind, quantity) VALUES ($1, $2, $3, $4, $5)`, [`mov_t${randomUUID()}`, admin.tenantId, item!.id, kind, quantity]);
    // a writer that is not a service (seed:large's SQL, a console): the database keeps the balance
    await insert("ADJUSTMENT", 2);
    await insert("ALLOCATION", 4);
    expect((await stockLevels(admin, P.id)).map((s) => [s.onHand, s.allocated, s.available])).toEqual([[7, 4, 3]]);
    // more allocated than on hand is refused by the database itself, and the movement with it
    await expect(insert("ALLOCATION", 4)).rejects.toThrow(/StockItem_balance_check/);
    await expect(insert("SHIPMENT", 5)).rejects.toThrow(/StockItem_balance_check/);
    expect(await stockDrift(admin.tenantId)).toEqual([]);
  });

  it("the stock ledger is append-only for the app role", async () => {
    const rows = await ownerQuery<{ id: string }>(`SELECT id FROM "InventoryMovement" WHERE "tenantId" = $1 LIMIT 1`, [admin.tenantId]);
    const { withScope } = await import("@/lib/db/scope");
    const { scopeOf } = await import("@/lib/auth/context");
    const touched = await withScope(scopeOf(admin), async (tx) => ({
      updated: (await tx.inventoryMovement.updateMany({ where: { id: rows[0]!.id }, data: { quantity: 1000 } })).count,
      deleted: (await tx.inventoryMovement.deleteMany({ where: { id: rows[0]!.id } })).count,
    }));
    expect(touched).toEqual({ updated: 0, deleted: 0 });
  });

  it("partners read no warehouse, stock or movement", async () => {
    const { withScope } = await import("@/lib/db/scope");
    const { scopeOf } = await import("@/lib/auth/context");
    const seen = await withScope(scopeOf(northwind), async (tx) => [await tx.warehouse.count(), await tx.stockItem.count(), await tx.inventoryMovement.count()]);
    expect(seen).toEqual([0, 0, 0]);
  });
});

describe("lists", () => {
  it("the vendor's queue lists submitted orders (never carts) by status and partner; a partner lists its own, carts included", async () => {
    const tenant = await createTestTenant();
    const [a, b] = await Promise.all([createPartnerWithUser(tenant, "PARTNER_ADMIN"), createPartnerWithUser(tenant, "PARTNER_ADMIN")]);
    const P = await seedProduct(tenant);
    await seedPriceList(tenant, { target: "BASE" }, [[P.sku, 1, "PRICE", "1.00"]]);
    const cart = await draftOf(a, [{ productId: P.id, quantity: 1 }]);
    const first = await placeOrder(a, [{ productId: P.id, quantity: 1 }]);
    const special = await placeOrder(a, [{ productId: P.id, quantity: 1, requestedUnitPrice: "0.50" }]);
    const theirs = await placeOrder(b, [{ productId: P.id, quantity: 2 }]);
    const queue = await listOrders(tenant);
    expect(queue.rows.map((r) => r.id)).toEqual([theirs.id, special.id, first.id]);
    expect(queue.total).toBe(3);
    expect((await listOrders(tenant, { status: "PENDING_APPROVAL" })).rows.map((r) => r.id)).toEqual([special.id]);
    expect((await listOrders(tenant, { partner: b.partnerId })).rows.map((r) => [r.id, r.partner.name, r.totalMinor])).toEqual([[theirs.id, b.partner.name, 200n]]);
    expect((await listOrders(tenant, { sort: { id: "number", desc: false } })).rows.map((r) => r.number)).toEqual([first.number, special.number, theirs.number]);
    const own = await listOwnOrders(a);
    expect(own.rows.map((r) => r.id).sort()).toEqual([cart.id, first.id, special.id].sort());
    // a partner cannot widen its list to another partner
    expect((await listOwnOrders(a, { partner: b.partnerId })).rows.map((r) => r.id)).not.toContain(theirs.id);
  });
});
