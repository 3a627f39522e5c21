/**
 * The back office's order queue beyond status and partner: the requested-day range and the
 * backorder filter, the CSV export of exactly what is filtered, and saved views — each a
 * person's own, rewritten by the list's parser, invisible to colleagues and other tenants.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { csvStream } from "@/lib/lists/csv";
import { MAX_SAVED_VIEWS } from "@/lib/lists/saved-views";
import { deleteViewSchema, saveViewSchema } from "@/lib/lists/saved-view-schema";
import { allocateOrder } from "@/lib/orders/allocation";
import { orderCsvColumns } from "@/lib/orders/csv";
import { exportOrders, listOrders } from "@/lib/orders/list";
import { orderListQuery } from "@/lib/orders/schema";
import type { OrderSummary } from "@/lib/orders/types";
import { deleteQueueView, listQueueViews, saveQueueView } from "@/lib/orders/views";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { seedProduct } from "@/tests/fixtures/catalog";
import { seedPriceList } from "@/tests/fixtures/pricing";
import { placeOrder, stockUp } from "@/tests/fixtures/orders";

let admin: VendorCtx;
let manager: VendorCtx;
let other: VendorCtx;
let partner: PartnerCtx;
let early: OrderSummary;
let late: OrderSummary;
let undated: OrderSummary;

const words = (key: string) => `«${key}»`;
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

beforeAll(async () => {
  admin = await createTestTenant();
  other = await createTestTenant();
  manager = await addVendorUser(admin, "CHANNEL_MANAGER");
  partner = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "=HYPERLINK(\"x\") Traders" });
  const P = await seedProduct(admin);
  await seedPriceList(admin, { target: "BASE" }, [[P.sku, 1, "PRICE", "12.50"]]);
  await stockUp(admin, P.id, 3);
  early = await placeOrder(partner, [{ productId: P.id, quantity: 2 }], { requestedDate: "2027-01-10", poNumber: "PO-EARLY" });
  late = await placeOrder(partner, [{ productId: P.id, quantity: 4 }], { requestedDate: "2027-03-01" });
  undated = await placeOrder(partner, [{ productId: P.id, quantity: 1 }]);
  early = await allocateOrder(admin, { orderId: early.id, version: early.version });
  // 1 unit left for 4: a backorder of 3
  late = await allocateOrder(admin, { orderId: late.id, version: late.version });
});

describe("the queue's filters", () => {
  it("by requested day, from and to inclusive (orders without one never match), and by backorder", async () => {
    const list = (params: Record<string, string>) => listOrders(admin, orderListQuery.parse(params));
    expect(ids((await list({ requestedFrom: "2027-01-10" })).rows)).toEqual(ids([early, late]));
    expect(ids((await list({ requestedTo: "2027-01-10" })).rows)).toEqual([early.id]);
    expect(ids((await list({ requestedFrom: "2027-01-11", requestedTo: "2027-03-01" })).rows)).toEqual([late.id]);
    expect((await list({ requestedFrom: "2027-03-02" })).rows).toEqual([]);
    const backordered = await list({ backordered: "yes" });
    expect(backordered.rows.map((r) => [r.id, r.backorderedUnits, r.requestedDate])).toEqual([[late.id, 3, "2027-03-01"]]);
    // a malformed day or flag is no filter (a hand-edited URL never errors)
    expect(orderListQuery.parse({ requestedFrom: "2027-02-30", backordered: "maybe" })).toMatchObject({ requestedFrom: undefined, backordered: undefined });
    expect(ids((await list({ requestedFrom: "2027-02-30" })).rows)).toEqual(ids([early, late, undated]));
  });
});

describe("the queue's CSV export", () => {
  it("holds exactly the filtered orders in the list's order, totals as decimals, formulas neutralised", async () => {
    const rows = [];
    for await (const row of exportOrders(admin, orderListQuery.parse({ requestedFrom: "2027-01-01", sort: "number" }))) rows.push(row);
    expect(rows.map((r) => r.id)).toEqual([early.id, late.id]);
    const csv = await new Response(csvStream(orderCsvColumns(words, words), exportOrders(admin, orderListQuery.parse({ requestedFrom: "2027-01-01", sort: "number" })))).text();
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("«number»,ID,«partner»,«status»,«urgent»,«total»,«currency»,«po»,«requested»,«backordered»,«submitted»");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`,${early.id},"'=HYPERLINK(""x"") Traders",«ALLOCATED»,,25.00,USD,PO-EARLY,2027-01-10,0,`);
    expect(lines[2]).toContain(`,${late.id},`);
    expect(lines[2]).toContain(",50.00,USD,,2027-03-01,3,");
    // another tenant's export holds none of these orders
    const foreign = [];
    for await (const row of exportOrders(other, {})) foreign.push(row);
    expect(foreign).toEqual([]);
  });
});

describe("saved views", () => {
  it("are stored as the list reads them (no page, no refused value, defaults left out); the same name replaces", async () => {
    const saved = await saveQueueView(admin, saveViewSchema.parse({ name: "Late stock", query: "?backordered=yes&status=NOPE&page=4&sort=-created&size=50&requestedFrom=2027-01-01&utm=x" }));
    expect(saved.query).toBe("requestedFrom=2027-01-01&backordered=yes&size=50");
    const again = await saveQueueView(admin, saveViewSchema.parse({ name: "Late stock", query: "status=ALLOCATED&sort=number" }));
    expect(again).toEqual({ id: saved.id, name: "Late stock", query: "status=ALLOCATED&sort=number" });
    await saveQueueView(admin, saveViewSchema.parse({ name: "All", query: "" }));
    expect((await listQueueViews(admin)).map((v) => [v.name, v.query])).toEqual([
      ["All", ""],
      ["Late stock", "status=ALLOCATED&sort=number"],
    ]);
    const audit = await ownerQuery<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "tenantId" = $1 AND action LIKE 'savedView.%' ORDER BY "createdAt"`, [admin.tenantId]);
    expect(audit.map((a) => a.action)).toEqual(["savedView.saved", "savedView.saved", "savedView.saved"]);
  });

  it("are their owner's alone: a colleague and another tenant see none and delete none (NOT_FOUND, nothing changed)", async () => {
    const mine = await saveQueueView(admin, saveViewSchema.parse({ name: "Mine", query: "status=APPROVED" }));
    expect(await listQueueViews(manager)).toEqual([]);
    await rejectsWith(deleteQueueView(manager, deleteViewSchema.parse({ viewId: mine.id })), "NOT_FOUND");
    await rejectsWith(deleteQueueView(other, deleteViewSchema.parse({ viewId: mine.id })), "NOT_FOUND");
    expect(await ownerQuery(`SELECT id FROM "SavedView" WHERE id = $1`, [mine.id])).toHaveLength(1);
    // the colleague's own view of the same name is another row
    await saveQueueView(manager, saveViewSchema.parse({ name: "Mine", query: "status=SHIPPED" }));
    expect((await listQueueViews(admin)).find((v) => v.name === "Mine")?.query).toBe("status=APPROVED");
    await deleteQueueView(admin, deleteViewSchema.parse({ viewId: mine.id }));
    expect(await ownerQuery(`SELECT id FROM "SavedView" WHERE id = $1`, [mine.id])).toEqual([]);
    expect((await listQueueViews(manager)).map((v) => v.query)).toEqual(["status=SHIPPED"]);
  });

  it(`keep at most ${MAX_SAVED_VIEWS} per person and list`, async () => {
    const busy = await addVendorUser(admin, "SALES_REP");
    for (let i = 0; i < MAX_SAVED_VIEWS; i++) await saveQueueView(busy, saveViewSchema.parse({ name: `View ${i}`, query: "" }));
    const error = await rejectsWith(saveQueueView(busy, saveViewSchema.parse({ name: "One more", query: "" })), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ name: ["savedViews.tooMany"] });
    // replacing one by name is still fine
    await saveQueueView(busy, saveViewSchema.parse({ name: "View 0", query: "backordered=yes" }));
  }, 60_000);
});
