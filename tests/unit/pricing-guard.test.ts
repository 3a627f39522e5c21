/**
 * The price consistency guard on loaded lists: every finding kind with its amounts, the
 * tolerance, future lists checked on their first day, and a publication's focus.
 */
import { describe, expect, it } from "vitest";
import { checkPrices, type GuardInput } from "@/lib/pricing/guard";
import { percent } from "@/lib/pricing/model";
import { testList } from "@/tests/fixtures/price-lists";

const TODAY = "2026-03-15";
const products = new Map([
  ["X", { sku: "RTR-500", name: "Edge router 500" }],
  ["Y", { sku: "SW-24", name: "Switch 24" }],
]);
const tiers = new Map([
  ["bronze", { programId: "reseller", rank: 1, name: "Bronze" }],
  ["silver", { programId: "reseller", rank: 2, name: "Silver" }],
  ["gold", { programId: "reseller", rank: 3, name: "Gold" }],
]);
const base = testList("base", "BASE", { X: [[1, "PRICE", "100.00"]], Y: [[1, "PRICE", "50.00"]] }, { name: "Base" });

const guard = (lists: GuardInput["lists"], extra: Partial<GuardInput> = {}) =>
  checkPrices({ lists, costs: new Map(), tiers, products, tolerance: percent("25"), today: TODAY, ...extra });

describe("the consistency guard", () => {
  it("finds nothing in consistent lists", () => {
    const distributors = testList("dist", "PARTNER_TYPE", { X: [[1, "PERCENT", "-20"]] }, { partnerType: "DISTRIBUTOR" });
    const retailers = testList("ret", "PARTNER_TYPE", { X: [[1, "PERCENT", "-5"]] }, { partnerType: "RETAILER" });
    expect(guard([base, distributors, retailers])).toEqual([]);
  });

  it("CHANNEL_SPREAD: one product's prices in two channels further apart than the tolerance", () => {
    const distributors = testList("dist", "PARTNER_TYPE", { X: [[1, "PRICE", "80.00"]] }, { partnerType: "DISTRIBUTOR", name: "Distributors" });
    // a typo: 8.00 instead of 80.00
    const vars = testList("var", "PARTNER_TYPE", { X: [[1, "PRICE", "8.00"]] }, { partnerType: "VAR", name: "VARs" });
    const [finding, ...rest] = guard([base, distributors, vars]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      kind: "CHANNEL_SPREAD",
      productId: "X",
      sku: "RTR-500",
      lists: [{ id: "var", name: "VARs" }, { id: "dist", name: "Distributors" }],
      currency: "USD",
      date: TODAY,
      values: { low: "800", high: "8000", spreadPercent: "900.0", tolerancePercent: "25" },
    });
    // within a wider tolerance it is fine
    expect(guard([base, distributors, vars], { tolerance: percent("1000") })).toEqual([]);
  });

  it("INVERTED_TIERS: a lower tier pays less than a higher one, at the first quantity where it does", () => {
    const bronze = testList("bronze-list", "TIER", { X: [[1, "PERCENT", "-5"], [100, "PERCENT", "-30"]] }, { tierId: "bronze", name: "Bronze list" });
    const gold = testList("gold-list", "TIER", { X: [[1, "PERCENT", "-15"], [100, "PERCENT", "-20"]] }, { tierId: "gold", name: "Gold list" });
    const findings = guard([base, bronze, gold], { tolerance: percent("100") });
    expect(findings).toEqual([
      expect.objectContaining({
        kind: "INVERTED_TIERS",
        productId: "X",
        quantity: 100,
        lists: [{ id: "bronze-list", name: "Bronze list" }, { id: "gold-list", name: "Gold list" }],
        values: { lower: "7000", higher: "8000", lowerTier: "Bronze", higherTier: "Gold" },
      }),
    ]);
  });

  it("BELOW_FLOOR and BELOW_COST, at each break, in the list's currency only; a negative price is below any floor", () => {
    const costs = new Map([["X", new Map([["USD", { costMinor: BigInt(6000), floorMinor: BigInt(5000) }]])]]);
    const deep = testList("deep", "PARTNER", { X: [[1, "PERCENT", "-35"], [100, "PRICE", "55.00"], [500, "PRICE", "49.99"]], Y: [[1, "AMOUNT", "-60.00"]] }, { partnerId: "p1", name: "Deep" });
    const euro = testList("euro", "PARTNER", { X: [[1, "PRICE", "1.00"]] }, { partnerId: "p2", currency: "EUR" });
    const findings = guard([base, deep, euro], { costs, tolerance: percent("1000") });
    // 65.00 at 1 unit is above cost and floor; 55.00 is under the cost; 49.99 under the floor; 50.00 − 60.00 under zero
    expect(findings.map((f) => [f.kind, f.productId, f.quantity, f.values])).toEqual([
      ["BELOW_COST", "X", 100, { price: "5500", limit: "6000" }],
      ["BELOW_FLOOR", "X", 500, { price: "4999", limit: "5000" }],
      ["BELOW_FLOOR", "Y", 1, { price: "-1000", limit: "0" }],
    ]);
  });

  it("AMBIGUOUS_OVERLAP: two lists for the same partners overlap in time; back to back is fine", () => {
    const q1 = testList("q1", "PARTNER_TYPE", { X: [[1, "PRICE", "90.00"]] }, { partnerType: "VAR", from: "2026-01-01", until: "2026-03-31", name: "VAR Q1" });
    const q2 = testList("q2", "PARTNER_TYPE", { X: [[1, "PRICE", "91.00"]] }, { partnerType: "VAR", from: "2026-03-20", until: "2026-06-30", name: "VAR Q2" });
    const q3 = testList("q3", "PARTNER_TYPE", { X: [[1, "PRICE", "92.00"]] }, { partnerType: "VAR", from: "2026-07-01", name: "VAR Q3" });
    const findings = guard([base, q1, q2, q3]).filter((f) => f.kind === "AMBIGUOUS_OVERLAP");
    expect(findings).toEqual([
      expect.objectContaining({ kind: "AMBIGUOUS_OVERLAP", productId: null, values: expect.objectContaining({ from: "2026-03-20", until: "2026-03-31", products: "1" }) }),
    ]);
    expect(findings[0]!.lists.map((l) => l.id).sort()).toEqual(["q1", "q2"]);
  });

  it("a list starting next month is checked against the lists of that day", () => {
    const now = testList("now", "PARTNER_TYPE", { X: [[1, "PRICE", "90.00"]] }, { partnerType: "VAR", until: "2026-03-31" });
    const later = testList("later", "PARTNER_TYPE", { X: [[1, "PRICE", "9.00"]] }, { partnerType: "DISTRIBUTOR", from: "2026-04-01" });
    const other = testList("other", "PARTNER_TYPE", { X: [[1, "PRICE", "95.00"]] }, { partnerType: "RETAILER" });
    const [finding] = guard([base, now, later, other]);
    expect(finding).toMatchObject({ kind: "CHANNEL_SPREAD", date: "2026-04-01", lists: [{ id: "later" }, { id: "other" }] });
  });

  it("a publication's check keeps only the findings that involve its list", () => {
    const a = testList("a", "PARTNER_TYPE", { X: [[1, "PRICE", "10.00"]] }, { partnerType: "VAR" });
    const b = testList("b", "PARTNER_TYPE", { X: [[1, "PRICE", "90.00"]] }, { partnerType: "RETAILER" });
    const c = testList("c", "PARTNER", { Y: [[1, "PRICE", "45.00"]] }, { partnerId: "p1" });
    expect(guard([base, a, b, c], { focusListId: "c" })).toEqual([]);
    expect(guard([base, a, b, c], { focusListId: "a" })).toHaveLength(1);
  });
});
