/**
 * The cart's product picker on PostgreSQL: a search over SKU and name (either language)
 * that offers only what this partner can order — active products the engine prices for it —
 * each with the engine's price for one unit, a page at a time with a cursor; never another
 * tenant's product, a draft, a discontinued one, or one priced only for another partner.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { changeProductStatusSchema } from "@/lib/catalog/schema";
import { changeProductStatus } from "@/lib/catalog/service";
import { PRODUCT_PAGE, productSearchQuery, searchOrderableProducts } from "@/lib/orders/product-search";
import { createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { seedProduct } from "@/tests/fixtures/catalog";
import { seedPriceList } from "@/tests/fixtures/pricing";

let admin: VendorCtx;
let p1: PartnerCtx;
let p2: PartnerCtx;
let foreign: PartnerCtx;
const search = (ctx: PartnerCtx, params: Record<string, string>, locale: "en" | "es" = "en") => searchOrderableProducts(ctx, productSearchQuery.parse(params), locale);

beforeAll(async () => {
  admin = await createTestTenant();
  const other = await createTestTenant();
  [p1, p2, foreign] = await Promise.all([createPartnerWithUser(admin, "PARTNER_USER"), createPartnerWithUser(admin, "PARTNER_ADMIN"), createPartnerWithUser(other, "PARTNER_ADMIN")]);
  const router = await seedProduct(admin, { sku: "RTR-900", nameEn: "Edge router", nameEs: "Enrutador de borde" });
  // active, but no list prices it: not orderable
  await seedProduct(admin, { sku: "RTR-901", nameEn: "Edge router spare" });
  const draft = await seedProduct(admin, { sku: "RTR-902", nameEn: "Edge router next" }, "DRAFT");
  const gone = await seedProduct(admin, { sku: "RTR-903", nameEn: "Edge router old" });
  const p2Only = await seedProduct(admin, { sku: "RTR-904", nameEn: "Edge router special" });
  const pack = [];
  for (let i = 1; i <= PRODUCT_PAGE + 5; i++) pack.push(await seedProduct(admin, { sku: `PK-${String(i).padStart(2, "0")}`, nameEn: `Patch kit ${i}` }));
  await seedPriceList(admin, { name: "Base", target: "BASE" }, [
    [router.sku, 1, "PRICE", "120.00"],
    [router.sku, 10, "PRICE", "110.00"],
    [draft.sku, 1, "PRICE", "1.00"],
    [gone.sku, 1, "PRICE", "1.00"],
    ...pack.map((p) => [p.sku, 1, "PRICE", "3.50"] as const),
  ]);
  await seedPriceList(admin, { name: "P1", target: "PARTNER", partnerId: p1.partnerId }, [[router.sku, 1, "PERCENT", "-10"]]);
  await seedPriceList(admin, { name: "P2", target: "PARTNER", partnerId: p2.partnerId }, [[p2Only.sku, 1, "PRICE", "9.00"]]);
  await changeProductStatus(admin, changeProductStatusSchema.parse({ productId: gone.id, from: "ACTIVE", to: "DISCONTINUED", reason: "End of life" }));
  const foreignProduct = await seedProduct(other, { sku: "RTR-905", nameEn: "Edge router abroad" });
  await seedPriceList(other, { name: "Base", target: "BASE" }, [[foreignProduct.sku, 1, "PRICE", "1.00"]]);
});

describe("the cart's product search", () => {
  it("offers only what the partner can order, with the engine's price for one unit", async () => {
    const mine = await search(p1, { q: "edge router" });
    expect(mine).toEqual({ items: [{ id: expect.any(String), sku: "RTR-900", name: "Edge router", unitPriceMinor: "10800", currency: "USD", price: "$108.00" }], next: null });
    // P2 gets the base price, and its own product
    expect((await search(p2, { q: "RTR-9" })).items.map((i) => [i.sku, i.unitPriceMinor])).toEqual([["RTR-900", "12000"], ["RTR-904", "900"]]);
    // another tenant's partner finds only its tenant's product
    expect((await search(foreign, { q: "edge" })).items.map((i) => i.sku)).toEqual(["RTR-905"]);
  });

  it("finds by SKU or by name in either language, names in the reader's, case-insensitive", async () => {
    expect((await search(p1, { q: "rtr-900" })).items.map((i) => i.sku)).toEqual(["RTR-900"]);
    const spanish = await search(p1, { q: "enrutador" }, "es");
    expect(spanish.items.map((i) => [i.sku, i.name, i.price])).toEqual([["RTR-900", "Enrutador de borde", "108,00\u00a0US$"]]);
    expect((await search(p1, { q: "nothing like it" })).items).toEqual([]);
  });

  it("pages by SKU with a cursor until the last product", async () => {
    const first = await search(p1, { q: "PK-" });
    expect(first.items.map((i) => i.sku)).toEqual(Array.from({ length: PRODUCT_PAGE }, (_, i) => `PK-${String(i + 1).padStart(2, "0")}`));
    expect(first.next).toBe(`PK-${PRODUCT_PAGE}`);
    const second = await search(p1, { q: "PK-", after: first.next! });
    expect(second).toMatchObject({ next: null });
    expect(second.items.map((i) => i.sku)).toEqual(Array.from({ length: 5 }, (_, i) => `PK-${PRODUCT_PAGE + i + 1}`));
    // no text: every orderable product, by SKU
    const all = await search(p1, {});
    expect(all.items[0]!.sku).toBe("PK-01");
  });
});
