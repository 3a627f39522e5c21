/**
 * The partners' own forecasts rolled up like the history (lib/forecasting/tree.ts): each
 * partner's month counts for the partner, its territory and every territory above, and the
 * total; partners without a territory under "none"; sums exact in minor units.
 */
import { describe, expect, it } from "vitest";
import { partnerCoverage, rollUpPartnerMonths, rollUpTree } from "@/lib/forecasting/tree";

// LATAM › MX › Norte, and LATAM › CO
const ancestors = rollUpTree([
  { id: "latam", parentId: null },
  { id: "mx", parentId: "latam" },
  { id: "norte", parentId: "mx" },
  { id: "co", parentId: "latam" },
]);

describe("rollUpPartnerMonths", () => {
  it("adds each partner's month to its territory, every territory above, and the total", () => {
    const rolled = rollUpPartnerMonths(
      [
        { partnerId: "p1", territoryId: "norte", period: "2026-04", currency: "USD", amountMinor: 150_050n },
        { partnerId: "p1", territoryId: "norte", period: "2026-05", currency: "USD", amountMinor: 90_000n },
        { partnerId: "p2", territoryId: "co", period: "2026-04", currency: "USD", amountMinor: 20_000n },
        { partnerId: "p3", territoryId: null, period: "2026-04", currency: "USD", amountMinor: 5n },
      ],
      ancestors,
      "none",
    );
    const at = (level: string, key: string, period: string) => rolled.find((r) => r.level === level && r.key === key && r.period === period)?.amountMinor;
    expect(at("PARTNER", "p1", "2026-04")).toBe(150_050n);
    expect(at("TERRITORY", "norte", "2026-04")).toBe(150_050n);
    expect(at("TERRITORY", "mx", "2026-04")).toBe(150_050n);
    expect(at("TERRITORY", "co", "2026-04")).toBe(20_000n);
    expect(at("TERRITORY", "latam", "2026-04")).toBe(170_050n);
    expect(at("TERRITORY", "none", "2026-04")).toBe(5n);
    expect(at("TOTAL", "", "2026-04")).toBe(170_055n);
    expect(at("TERRITORY", "latam", "2026-05")).toBe(90_000n);
    expect(at("TOTAL", "", "2026-05")).toBe(90_000n);
    // a month nobody below forecast has no value (not a zero)
    expect(at("TERRITORY", "co", "2026-05")).toBeUndefined();
    // one row per slice and month: 3 partners' months + norte, mx, latam ×2 + co + none + total ×2
    expect(rolled).toHaveLength(4 + 6 + 1 + 1 + 2);
  });

  it("keeps currencies apart, and a territory missing from the tree counts for itself", () => {
    const rolled = rollUpPartnerMonths(
      [
        { partnerId: "p1", territoryId: "gone", period: "2026-04", currency: "USD", amountMinor: 100n },
        { partnerId: "p2", territoryId: "gone", period: "2026-04", currency: "EUR", amountMinor: 7n },
      ],
      ancestors,
      "none",
    );
    expect(rolled.filter((r) => r.level === "TOTAL").map((r) => [r.currency, r.amountMinor])).toEqual([
      ["USD", 100n],
      ["EUR", 7n],
    ]);
    expect(rolled.filter((r) => r.level === "TERRITORY").map((r) => r.key)).toEqual(["gone", "gone"]);
  });
});

describe("partnerCoverage", () => {
  it("counts, for every territory up the tree and the total, the partners below and those that submitted", () => {
    const coverage = partnerCoverage(
      [
        { partnerId: "p1", territoryId: "norte", submitted: true },
        { partnerId: "p2", territoryId: "norte", submitted: false },
        { partnerId: "p3", territoryId: "co", submitted: false },
        { partnerId: "p4", territoryId: null, submitted: true },
        { partnerId: "p5", territoryId: "gone", submitted: true },
      ],
      ancestors,
      "none",
    );
    expect(Object.fromEntries(coverage)).toEqual({
      "TERRITORY\u0000norte": { submitted: 1, counted: 2 },
      "TERRITORY\u0000mx": { submitted: 1, counted: 2 },
      "TERRITORY\u0000co": { submitted: 0, counted: 1 },
      "TERRITORY\u0000latam": { submitted: 1, counted: 3 },
      "TERRITORY\u0000none": { submitted: 1, counted: 1 },
      // a territory missing from the tree counts for itself
      "TERRITORY\u0000gone": { submitted: 1, counted: 1 },
      "TOTAL\u0000": { submitted: 3, counted: 5 },
    });
  });

  it("is empty without partners", () => {
    expect(partnerCoverage([], ancestors, "none").size).toBe(0);
  });
});
