/**
 * The arithmetic of invoices and credit notes (lib/invoicing/tax.ts), table-driven with exact
 * minor units: tax once per rate on the sum of the nets, half away from zero; a gross credit
 * split into net and tax that add up to what was typed; aging buckets.
 */
import { describe, expect, it } from "vitest";
import { agingBucket, daysBetween, splitGross, taxOf, totalsOf } from "@/lib/invoicing/tax";

describe("tax of a base at a rate (basis points), rounded once, half away from zero", () => {
  it.each([
    // base, rate bp, tax
    [5997n, 825, 495n], // 59.97 × 8.25 % = 4.947525 → 4.95
    [10n, 500, 1n], // 0.10 × 5 % = 0.005 → 0.01 (exactly half: away from zero)
    [30n, 500, 2n], // 0.015 → 0.02
    [29n, 500, 1n], // 0.0145 → 0.01
    [-10n, 500, -1n], // a negative half goes away from zero too
    [100000n, 0, 0n],
    [123456789n, 2100, 25925926n], // 1,234,567.89 × 21 % = 259,259.2569 → 259,259.26
    [1n, 10000, 1n], // 100 %
  ])("%s at %s bp → %s", (base, rate, tax) => {
    expect(taxOf(base, rate)).toBe(tax);
  });
});

describe("totals of lines: tax per rate on the sum of the nets, never per line", () => {
  it.each([
    {
      name: "three lines of 0.10 at 5 %: per-line rounding would give 0.03, per rate 0.02",
      lines: [10n, 10n, 10n].map((netMinor) => ({ netMinor, taxRateBp: 500 })),
      totals: { subtotalMinor: 30n, taxMinor: 2n, totalMinor: 32n },
    },
    {
      name: "two rates, each rounded once",
      lines: [
        { netMinor: 1999n, taxRateBp: 825 },
        { netMinor: 1999n, taxRateBp: 825 },
        { netMinor: 4999n, taxRateBp: 400 },
      ],
      // 39.98 × 8.25 % = 3.29835 → 3.30; 49.99 × 4 % = 1.9996 → 2.00
      totals: { subtotalMinor: 8997n, taxMinor: 530n, totalMinor: 9527n },
    },
    { name: "no lines", lines: [], totals: { subtotalMinor: 0n, taxMinor: 0n, totalMinor: 0n } },
  ])("$name", ({ lines, totals }) => {
    expect(totalsOf(lines)).toMatchObject(totals);
  });

  it("lists the groups by rate", () => {
    expect(totalsOf([{ netMinor: 100n, taxRateBp: 825 }, { netMinor: 200n, taxRateBp: 0 }]).groups).toEqual([
      { rateBp: 0, baseMinor: 200n, taxMinor: 0n },
      { rateBp: 825, baseMinor: 100n, taxMinor: 8n },
    ]);
  });
});

describe("a gross credit split into net and tax", () => {
  it.each([
    // gross, invoice groups, net, tax
    [1000n, [{ rateBp: 825, baseMinor: 5997n, taxMinor: 495n }], 924n, 76n], // 10.00 / 1.0825 = 9.2378… → 9.24
    [6492n, [{ rateBp: 825, baseMinor: 5997n, taxMinor: 495n }], 5997n, 495n], // the whole invoice gives back its own figures
    [105n, [{ rateBp: 500, baseMinor: 100n, taxMinor: 5n }], 100n, 5n],
    [500n, [], 500n, 0n],
  ])("%s → net %s + tax %s", (gross, groups, net, tax) => {
    const split = splitGross(gross, groups);
    expect([split.subtotalMinor, split.taxMinor, split.totalMinor]).toEqual([net, tax, gross]);
  });

  it("across two rates in proportion to their gross, the parts adding up exactly", () => {
    const split = splitGross(1001n, [
      { rateBp: 0, baseMinor: 1000n, taxMinor: 0n },
      { rateBp: 1000, baseMinor: 1000n, taxMinor: 100n },
    ]);
    expect(split.groups.reduce((a, g) => a + g.baseMinor + g.taxMinor, 0n)).toBe(1001n);
    expect(split.totalMinor).toBe(1001n);
  });
});

describe("aging", () => {
  it.each([
    [-5, "current"],
    [0, "current"],
    [1, "d1_30"],
    [30, "d1_30"],
    [31, "d31_60"],
    [60, "d31_60"],
    [61, "d61_90"],
    [90, "d61_90"],
    [91, "d90plus"],
  ])("%s days past due → %s", (days, bucket) => {
    expect(agingBucket(days)).toBe(bucket);
  });

  it("counts calendar days", () => {
    expect(daysBetween("2026-11-30", "2026-12-02")).toBe(2);
    expect(daysBetween("2026-12-02", "2026-11-30")).toBe(-2);
  });
});
