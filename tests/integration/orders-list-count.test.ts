/**
 * The order lists' totals (lib/orders/list.ts, lib/lists/query.ts countLimit): exact up to
 * 1,000 orders past the page shown, "more than" beyond — never a wrong figure — in the
 * partner's portal (under row-level security) and the vendor's queue, with and without
 * filters; a page past the counted rows counts further, so "Next" reaches every order.
 *
 * A thousand orders through `submitOrder` would take minutes: the book is written by the
 * owner in one statement (as the benchmark writes its book), only the columns a list reads.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { pagerPosition } from "@/components/ui/data-table/position";
import { listOrders, listOwnOrders } from "@/lib/orders/list";
import { ownerQuery } from "@/tests/fixtures/db";
import { createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";

let admin: VendorCtx;
let big: PartnerCtx;
let small: PartnerCtx;
let other: VendorCtx;

const DELIVERED = 1_000;
const DRAFTS = 30;

/** `count` orders of a partner, newest first by `g` (one minute apart), numbered from `from` (drafts: none). */
async function writeOrders(ctx: PartnerCtx, count: number, status: string, from: number | null) {
  await ownerQuery(
    `INSERT INTO "Order" (id, "tenantId", "partnerId", number, status, currency, "createdByUserId", "createdByName", "submittedAt", "createdAt", "updatedAt")
     SELECT 'ord_count_' || $2 || '_' || $4 || '_' || g, $1, $2, CASE WHEN $5::int IS NULL THEN NULL ELSE $5::int + g END, $4::"OrderStatus", 'USD', $3, 'Count test',
            CASE WHEN $4 = 'DRAFT' THEN NULL ELSE now() - g * interval '1 minute' END, now() - g * interval '1 minute', now()
       FROM generate_series(1, $6::int) g`,
    [ctx.tenantId, ctx.partnerId, ctx.user.id, status, from, count],
  );
}

/** An exact total: the figure, not capped. */
function expectExact(page: { total: number; totalCapped?: boolean }, total: number) {
  expect(page.total).toBe(total);
  expect(page.totalCapped).toBeUndefined();
}

beforeAll(async () => {
  admin = await createTestTenant({ currency: "USD" });
  other = await createTestTenant({ currency: "USD" });
  big = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  small = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  await writeOrders(big, DELIVERED, "DELIVERED", 0);
  await writeOrders(big, DRAFTS, "DRAFT", null);
  await writeOrders(small, 5, "SUBMITTED", 10_000);
});

describe("a partner's orders", () => {
  it("past 1,000: 'more than 1,000', the newest 25 on the first page", async () => {
    const first = await listOwnOrders(big);
    expect(first).toMatchObject({ total: 1_000, totalCapped: true, page: 1, pageSize: 25 });
    expect(first.rows).toHaveLength(25);
    const dates = first.rows.map((r) => r.createdAt.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it("exact up to 1,000 — at the cap itself too — and exact for a filter under it", async () => {
    expectExact(await listOwnOrders(big, { status: "DELIVERED" }), 1_000);
    expectExact(await listOwnOrders(big, { status: "DRAFT" }), DRAFTS);
    expectExact(await listOwnOrders(small), 5);
    expectExact(await listOwnOrders(big, { q: "SO-000042" }), 1);
    // another partner's orders are not counted (row-level security and the service's filter)
    expect(await listOwnOrders(small, { status: "DELIVERED" })).toMatchObject({ total: 0, rows: [] });
  });

  it("a page past the counted rows counts further: page 41 of 25 knows all 1,030", async () => {
    expect(await listOwnOrders(big, { page: 40 })).toMatchObject({ total: 1_000, totalCapped: true });
    const next = await listOwnOrders(big, { page: 41 });
    expectExact(next, DELIVERED + DRAFTS);
    expect(next.rows).toHaveLength(25);
    expect((await listOwnOrders(big, { page: 42 })).rows).toHaveLength(5);
    // a stale link past the end: no rows, the exact total
    expect(await listOwnOrders(big, { page: 50 })).toMatchObject({ total: DELIVERED + DRAFTS, rows: [] });
  });

  it("by number: carts (no number yet) come before every number going down and after them going up", async () => {
    const down = await listOwnOrders(big, { sort: { id: "number", desc: true }, pageSize: 40 });
    expect(down.rows.slice(0, DRAFTS).map((r) => r.number)).toEqual(Array(DRAFTS).fill(null));
    expect(down.rows.slice(DRAFTS).map((r) => r.number)).toEqual([1_000, 999, 998, 997, 996, 995, 994, 993, 992, 991]);
    const up = await listOwnOrders(big, { sort: { id: "number", desc: false }, pageSize: 30, page: 34 });
    expect(up.rows.map((r) => r.number)).toEqual([...Array(10)].map((_, i) => 991 + i).concat(Array(20).fill(null)));
    // with a status filter and in the vendor's queue too (the indexes that serve these pages: the bench's --explain)
    const delivered = await listOwnOrders(big, { status: "DELIVERED", sort: { id: "number", desc: true } });
    expect(delivered.rows.map((r) => r.number)).toEqual([...Array(25)].map((_, i) => 1_000 - i));
    expect((await listOrders(admin, { status: "SUBMITTED", sort: { id: "number", desc: false } })).rows.map((r) => r.number)).toEqual([10_001, 10_002, 10_003, 10_004, 10_005]);
  });

  it("'Next' leads through every order exactly once", async () => {
    const seen: string[] = [];
    for (let page = 1; ; page++) {
      const result = await listOwnOrders(big, { page, pageSize: 100 });
      seen.push(...result.rows.map((r) => r.id));
      if (!pagerPosition(result).hasNext) break;
    }
    expect(seen).toHaveLength(DELIVERED + DRAFTS);
    expect(new Set(seen).size).toBe(DELIVERED + DRAFTS);
  });
});

describe("the vendor's queue", () => {
  it("counts the same way, without the partners' carts", async () => {
    expect(await listOrders(admin)).toMatchObject({ total: 1_000, totalCapped: true });
    expectExact(await listOrders(admin, { page: 11, pageSize: 100 }), DELIVERED + 5);
    expectExact(await listOrders(admin, { partner: big.partnerId }), DELIVERED);
    expectExact(await listOrders(admin, { partner: small.partnerId }), 5);
    expect(await listOrders(admin, { status: "DRAFT" })).toMatchObject({ total: 0, rows: [] });
    expectExact(await listOrders(admin, { status: "SUBMITTED" }), 5);
  });

  it("another tenant counts none of them", async () => {
    expect(await listOrders(other)).toMatchObject({ total: 0, rows: [] });
  });
});
