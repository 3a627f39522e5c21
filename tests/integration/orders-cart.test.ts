/**
 * Filling a cart faster: a pasted SKU list (problems per line, the same SKU adding up,
 * never a price from the input) and reordering a past order at today's prices.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { changeProductStatusSchema } from "@/lib/catalog/schema";
import { changeProductStatus } from "@/lib/catalog/service";
import { quickOrderLines, reorderAsDraft } from "@/lib/orders/cart";
import { getOwnOrder } from "@/lib/orders/read";
import { rejectsWith } from "@/tests/fixtures/expect";
import { createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { seedProduct } from "@/tests/fixtures/catalog";
import { seedPriceList } from "@/tests/fixtures/pricing";
import { SHIP_TO, placeOrder } from "@/tests/fixtures/orders";

let admin: VendorCtx;
let partner: PartnerCtx;
let otherPartner: PartnerCtx;
let A: { id: string; sku: string };
let B: { id: string; sku: string };
let old: { id: string; sku: string };
let draftOnly: { id: string; sku: string };

beforeAll(async () => {
  admin = await createTestTenant();
  [partner, otherPartner] = await Promise.all([createPartnerWithUser(admin, "PARTNER_USER"), createPartnerWithUser(admin, "PARTNER_ADMIN")]);
  [A, B, old] = await Promise.all([seedProduct(admin), seedProduct(admin), seedProduct(admin)]);
  draftOnly = await seedProduct(admin, {}, "DRAFT");
  await seedPriceList(admin, { target: "BASE" }, [[A.sku, 1, "PRICE", "4.00"], [B.sku, 1, "PRICE", "7.25"], [old.sku, 1, "PRICE", "1.00"]]);
});

describe("quick order by SKU list", () => {
  it("reads SKU and quantity per line in any separator, adds repeats up and reports each problem by line", async () => {
    await changeProductStatus(admin, changeProductStatusSchema.parse({ productId: old.id, from: "ACTIVE", to: "DISCONTINUED", reason: "Replaced" }));
    const text = ["sku;qty", `${A.sku.toLowerCase()};3`, `${B.sku}\t2`, `${A.sku} 4`, "", `NOPE-1,1`, `${old.sku},1`, `${B.sku},1.5`, `${draftOnly.sku},1`].join("\n");
    const result = await quickOrderLines(partner, text);
    expect(result.lines).toEqual([
      { productId: A.id, sku: A.sku, quantity: 7 },
      { productId: B.id, sku: B.sku, quantity: 2 },
    ]);
    expect(result.problems).toEqual([
      { line: 6, sku: "NOPE-1", problem: "unknownSku" },
      { line: 7, sku: old.sku, problem: "discontinued" },
      { line: 8, sku: B.sku, problem: "quantity" },
      { line: 9, sku: draftOnly.sku, problem: "unknownSku" },
    ]);
  });
});

describe("reorder", () => {
  it("makes a new draft with the same products, quantities and ship-to, priced today; another partner's order is NOT_FOUND", async () => {
    const past = await placeOrder(partner, [{ productId: A.id, quantity: 2 }, { productId: B.id, quantity: 3 }]);
    const again = await reorderAsDraft(partner, past.id);
    expect(again).toMatchObject({ status: "DRAFT", number: null, totalMinor: 800n + 2175n, skipped: [] });
    const detail = await getOwnOrder(partner, again.id);
    expect(detail.lines.map((l) => [l.productId, l.quantity])).toEqual([
      [A.id, 2],
      [B.id, 3],
    ]);
    expect(detail.shipTo).toMatchObject(SHIP_TO);
    await rejectsWith(reorderAsDraft(otherPartner, past.id), "NOT_FOUND");
  });
});
