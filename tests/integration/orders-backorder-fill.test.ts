/**
 * Backorders filled on receipt, on PostgreSQL: a receipt enqueues the `orders.fillBackorders`
 * job in its own transaction; the job allocates the product's backorders by shipment-priority
 * score (scarce stock to the higher score), tells each partner whose backorder it allocated,
 * leaves orders that wait for a person's first allocation alone, and changes nothing when
 * it runs again.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { logger } from "@/lib/log";
import { allocateOrder } from "@/lib/orders/allocation";
import { receiveStock } from "@/lib/orders/inventory";
import { fillBackordersJob } from "@/lib/orders/jobs";
import { priorityWeightsSchema } from "@/lib/orders/priority-schema";
import { savePriorityWeights } from "@/lib/orders/queue";
import { getOrder } from "@/lib/orders/read";
import { receiptSchema } from "@/lib/orders/schema";
import { ownerQuery } from "@/tests/fixtures/db";
import { createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { seedProduct } from "@/tests/fixtures/catalog";
import { seedPriceList } from "@/tests/fixtures/pricing";
import { placeOrder, stockDrift, stockUp } from "@/tests/fixtures/orders";

let admin: VendorCtx;
let plain: PartnerCtx;
let urgent: PartnerCtx;
let scarce: { id: string; sku: string };
let plenty: { id: string; sku: string };
let warehouseId: string;

beforeAll(async () => {
  admin = await createTestTenant();
  [plain, urgent] = await Promise.all([createPartnerWithUser(admin, "PARTNER_ADMIN"), createPartnerWithUser(admin, "PARTNER_ADMIN")]);
  [scarce, plenty] = await Promise.all([seedProduct(admin), seedProduct(admin)]);
  await seedPriceList(admin, { target: "BASE" }, [[scarce.sku, 1, "PRICE", "10.00"], [plenty.sku, 1, "PRICE", "1.00"]]);
  warehouseId = await stockUp(admin, plenty.id, 100);
  // only the urgent flag scores
  await savePriorityWeights(admin, priorityWeightsSchema.parse({ version: 0, tierWeight: 0, ageWeight: 0, ageDays: 30, requestedWeight: 0, requestedWindowDays: 14, valueWeight: 0, valueCap: "10000", priorityFlagWeight: 50, standingWeight: 0 }));
});

const run = (payload: { tenantId: string; productId: string; movementId: string }, attempt = 1) =>
  fillBackordersJob.handler(payload, { jobId: `job-${attempt}`, name: fillBackordersJob.name, attempt, period: null, now: new Date(), log: logger.child({ test: "backorder-fill" }) });

const alerts = (orderId: string) =>
  ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "OutboxEvent" WHERE type = 'order.backorderAllocated' AND payload->>'link' LIKE '%' || $1`, [orderId]).then((r) => r[0]!.n);

describe("a receipt fills backorders in priority order", () => {
  it("scarce stock goes to the higher score; the other keeps a smaller backorder; a rerun moves nothing", async () => {
    // both allocated in part (the plentiful line), each with 3 scarce units on backorder; the plain one first
    const first = await placeOrder(plain, [{ productId: plenty.id, quantity: 1 }, { productId: scarce.id, quantity: 3 }]);
    const second = await placeOrder(urgent, [{ productId: plenty.id, quantity: 1 }, { productId: scarce.id, quantity: 3 }], { priority: true });
    await allocateOrder(admin, { orderId: first.id, version: first.version });
    await allocateOrder(admin, { orderId: second.id, version: second.version });
    // approved, never allocated: a person's first allocation, not a backorder — the job leaves it
    const waiting = await placeOrder(plain, [{ productId: scarce.id, quantity: 1 }], { priority: true });

    const { movementId } = await receiveStock(admin, receiptSchema.parse({ productId: scarce.id, warehouseId, quantity: 4, reference: "PO-SCARCE" }));
    const payload = { tenantId: admin.tenantId, productId: scarce.id, movementId };
    // enqueued with the receipt, keyed by the movement
    const queued = await ownerQuery<{ data: unknown }>(`SELECT data FROM pgboss.job WHERE name = 'orders.fillBackorders' AND data->>'movementId' = $1`, [movementId]);
    expect(queued.map((j) => j.data)).toEqual([payload]);

    expect(await run(payload)).toEqual({ allocated: 2, units: 4, waiting: 0 });
    const [won, lost, untouched] = await Promise.all([getOrder(admin, second.id), getOrder(admin, first.id), getOrder(admin, waiting.id)]);
    expect([won.status, won.backorderedUnits]).toEqual(["ALLOCATED", 0]);
    expect([lost.status, lost.backorderedUnits]).toEqual(["ALLOCATED", 2]);
    expect(untouched.status).toBe("APPROVED");
    // the allocation step is Canal's, with the score that ordered it
    const steps = await ownerQuery<{ orderId: string; actorName: string; score: number; trigger: string }>(
      `SELECT "orderId", "actorName", (data->'priority'->>'score')::int AS score, data->>'trigger' AS trigger FROM "OrderEvent" WHERE "orderId" = ANY($1) AND data->>'trigger' = 'receipt' ORDER BY seq`,
      [[first.id, second.id]],
    );
    expect(steps).toEqual([
      { orderId: second.id, actorName: "Canal", score: 50, trigger: "receipt" },
      { orderId: first.id, actorName: "Canal", score: 0, trigger: "receipt" },
    ]);
    expect([await alerts(second.id), await alerts(first.id), await alerts(waiting.id)]).toEqual([1, 1, 0]);
    const [alert] = await ownerQuery<{ params: Record<string, string>; recipients: { userId: string }[] }>(
      `SELECT payload->'params' AS params, payload->'recipients' AS recipients FROM "OutboxEvent" WHERE type = 'order.backorderAllocated' AND payload->>'link' LIKE '%' || $1`,
      [first.id],
    );
    expect(alert!.params).toMatchObject({ units: "1", left: "2", complete: "no" });
    expect(alert!.recipients.map((r) => r.userId)).toContain(plain.user.id);

    // a retry (or a second receipt's job with nothing free) changes nothing and tells nobody again
    expect(await run(payload, 2)).toEqual({ allocated: 0, units: 0, waiting: 1 });
    expect((await getOrder(admin, first.id)).backorderedUnits).toBe(2);
    expect([await alerts(second.id), await alerts(first.id)]).toEqual([1, 1]);
    expect(await stockDrift(admin.tenantId)).toEqual([]);
  });
});
