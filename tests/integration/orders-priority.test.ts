/**
 * Shipment prioritisation on PostgreSQL: the tenant's weights score the allocation queue
 * (each score the sum of its explained terms), the queue is sorted by it, and allocating in
 * priority order gives scarce stock to the higher score; the weights screen's service.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { creditLimitSchema } from "@/lib/orders/schema";
import { priorityWeightsSchema } from "@/lib/orders/priority-schema";
import { DEFAULT_PRIORITY_WEIGHTS, scoreOrder } from "@/lib/orders/priority";
import { allocateInPriorityOrder, getPriorityWeights, listAllocationQueue, savePriorityWeights } from "@/lib/orders/queue";
import { setCreditLimit } from "@/lib/orders/settings";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { seedProduct } from "@/tests/fixtures/catalog";
import { seedPriceList } from "@/tests/fixtures/pricing";
import { placeOrder, stockUp } from "@/tests/fixtures/orders";

let admin: VendorCtx;
let plain: PartnerCtx;
let urgent: PartnerCtx;
let P: { id: string; sku: string };

const weights = (over: Record<string, string | number> = {}) =>
  priorityWeightsSchema.parse({ version: 0, tierWeight: 0, ageWeight: 0, ageDays: 30, requestedWeight: 0, requestedWindowDays: 14, valueWeight: 0, valueCap: "10000", priorityFlagWeight: 0, standingWeight: 0, ...over });

beforeAll(async () => {
  admin = await createTestTenant();
  [plain, urgent] = await Promise.all([createPartnerWithUser(admin, "PARTNER_ADMIN"), createPartnerWithUser(admin, "PARTNER_ADMIN")]);
  P = await seedProduct(admin);
  await seedPriceList(admin, { target: "BASE" }, [[P.sku, 1, "PRICE", "10.00"]]);
});

describe("the score", () => {
  it("is the sum of its terms, each weight × factor in whole points, with the facts it came from", () => {
    const { score, terms } = scoreOrder(DEFAULT_PRIORITY_WEIGHTS, {
      tier: { name: "Gold", rank: 2, top: 3 },
      submittedDay: "2026-11-17",
      today: "2026-12-02",
      requestedDay: "2026-12-09",
      totalMinor: 250_000n,
      currency: "USD",
      priority: true,
      standing: { kind: "EXPOSURE", openMinor: 400_00n, limitMinor: 1000_00n, currency: "USD" },
    });
    expect(terms.map((t) => [t.term, t.weight, t.factorMille, t.points])).toEqual([
      ["tier", 20, 666, 13], // 2 of 3
      ["age", 20, 500, 10], // 15 of 30 days
      ["requested", 25, 500, 13], // 7 days left of a 14-day window; 12.5 rounds half up
      ["value", 15, 250, 4], // 2,500.00 of 10,000.00 (3.75)
      ["priority", 10, 1000, 10],
      ["standing", 10, 600, 6], // 60% of the limit free
    ]);
    expect(score).toBe(56);
    expect(terms.reduce((a, t) => a + t.points, 0)).toBe(score);
    expect(terms[0]!.facts).toEqual({ name: "Gold", rank: 2, top: 3 });
    expect(terms[2]!.facts).toEqual({ day: "2026-12-09", daysLeft: 7, window: 14 });
  });

  it("late requested days count in full; a credit hold gives no standing; no limit gives all of it", () => {
    const base = { tier: null, submittedDay: "2026-12-02", today: "2026-12-02", totalMinor: 0n, currency: "USD", priority: false } as const;
    const late = scoreOrder(DEFAULT_PRIORITY_WEIGHTS, { ...base, requestedDay: "2026-11-30", standing: { kind: "CREDIT_HOLD" } });
    expect(late.terms.find((t) => t.term === "requested")!.points).toBe(25);
    expect(late.terms.find((t) => t.term === "standing")!.points).toBe(0);
    const free = scoreOrder(DEFAULT_PRIORITY_WEIGHTS, { ...base, requestedDay: null, standing: { kind: "NO_LIMIT" } });
    expect(free.score).toBe(10);
  });
});

describe("the allocation queue", () => {
  it("is sorted by score, and allocating in priority order gives scarce stock to the higher score", async () => {
    // only the urgent flag counts: the urgent partner's order must win, though it was placed later
    const saved = await savePriorityWeights(admin, weights({ priorityFlagWeight: 50 }));
    expect(saved.version).toBe(1);
    const first = await placeOrder(plain, [{ productId: P.id, quantity: 3 }]);
    const second = await placeOrder(urgent, [{ productId: P.id, quantity: 3 }], { priority: true });
    const queue = await listAllocationQueue(admin);
    expect(queue.rows.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(queue.rows.map((r) => r.score)).toEqual([50, 0]);
    for (const row of queue.rows) expect(row.terms.reduce((a, t) => a + t.points, 0)).toBe(row.score);

    await stockUp(admin, P.id, 4);
    const run = await allocateInPriorityOrder(admin);
    expect(run).toEqual({ allocated: 2, units: 4, backorderedUnits: 2, waiting: 0 });
    const held = await ownerQuery<{ id: string; units: number; backordered: number }>(
      `SELECT o.id, coalesce(sum(m.quantity), 0)::int AS units, o."backorderedUnits" AS backordered FROM "Order" o
         LEFT JOIN "InventoryMovement" m ON m."orderId" = o.id AND m.kind = 'ALLOCATION' WHERE o.id = ANY($1) GROUP BY o.id`,
      [[first.id, second.id]],
    );
    expect(Object.fromEntries(held.map((h) => [h.id, [h.units, h.backordered]]))).toEqual({ [second.id]: [3, 0], [first.id]: [1, 2] });
    // the allocation's timeline entry keeps the score and its terms
    const [step] = await ownerQuery<{ data: { priority: { score: number; terms: { term: string; points: number }[] } } }>(
      `SELECT data FROM "OrderEvent" WHERE "orderId" = $1 AND action = 'allocate'`,
      [second.id],
    );
    expect(step!.data.priority.score).toBe(50);
    expect(step!.data.priority.terms.find((t) => t.term === "priority")!.points).toBe(50);
    // the fully allocated order left the queue; the backordered one waits, and nothing is free
    expect((await listAllocationQueue(admin)).rows.map((r) => [r.id, r.backorderedUnits])).toEqual([[first.id, 2]]);
    expect(await allocateInPriorityOrder(admin)).toEqual({ allocated: 0, units: 0, backorderedUnits: 0, waiting: 1 });
  });

  it("payment standing counts through the credit position: more of the limit free scores higher", async () => {
    const tenant = await createTestTenant();
    const [a, b] = await Promise.all([createPartnerWithUser(tenant, "PARTNER_ADMIN"), createPartnerWithUser(tenant, "PARTNER_ADMIN")]);
    const Q = await seedProduct(tenant);
    await seedPriceList(tenant, { target: "BASE" }, [[Q.sku, 1, "PRICE", "10.00"]]);
    const finance = await addVendorUser(tenant, "FINANCE");
    await setCreditLimit(finance, creditLimitSchema.parse({ partnerId: a.partnerId, currency: "USD", limit: "100" }));
    await setCreditLimit(finance, creditLimitSchema.parse({ partnerId: b.partnerId, currency: "USD", limit: "1000" }));
    await savePriorityWeights(tenant, weights({ standingWeight: 100 }));
    const oa = await placeOrder(a, [{ productId: Q.id, quantity: 5 }]); // 50 of 100 open
    const ob = await placeOrder(b, [{ productId: Q.id, quantity: 5 }]); // 50 of 1000 open
    const rows = (await listAllocationQueue(tenant)).rows;
    expect(rows.map((r) => [r.id, r.score])).toEqual([
      [ob.id, 95],
      [oa.id, 50],
    ]);
    expect(rows[1]!.terms.find((t) => t.term === "standing")!.facts).toEqual({ kind: "EXPOSURE", openMinor: "5000", limitMinor: "10000", currency: "USD" });
  });

  it("weights: defaults until saved, a stale form is STALE_EDIT, a bad value cap is refused on its field, only orders.configure saves", async () => {
    const tenant = await createTestTenant();
    expect(await getPriorityWeights(tenant)).toMatchObject({ ...DEFAULT_PRIORITY_WEIGHTS, saved: false, version: 0 });
    await savePriorityWeights(tenant, weights({ ageWeight: 40 }));
    expect(await getPriorityWeights(tenant)).toMatchObject({ ageWeight: 40, valueCapMinor: 1_000_000n, saved: true, version: 1 });
    await rejectsWith(savePriorityWeights(tenant, weights({ ageWeight: 10 })), "STALE_EDIT");
    const bad = await rejectsWith(savePriorityWeights(tenant, weights({ version: 1, valueCap: "12.345" })), "VALIDATION_FAILED");
    expect(bad.fields).toEqual({ valueCap: ["orders.validation.amount"] });
    const manager = await addVendorUser(tenant, "CHANNEL_MANAGER");
    await rejectsWith(savePriorityWeights(manager, weights({ version: 1 })), "FORBIDDEN");
    const finance = await addVendorUser(tenant, "FINANCE");
    await rejectsWith(allocateInPriorityOrder(finance), "FORBIDDEN");
    const audit = await ownerQuery(`SELECT 1 FROM "AuditLog" WHERE "tenantId" = $1 AND action = 'order.priorityWeightsSet'`, [tenant.tenantId]);
    expect(audit).toHaveLength(1);
  });
});
