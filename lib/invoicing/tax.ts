import { dayToDate } from "@/lib/activities/dates";
import { allocate, roundDiv } from "@/lib/money";

/**
 * The arithmetic of invoices and credit notes, pure and client-safe (the invoice page shows
 * the same figures the server stored). Amounts are bigint minor units; rates are basis
 * points (825 = 8.25 %).
 *
 * The rounding rule (docs/invoicing.md): a line's net amount is unit price × units, exact.
 * Tax is computed once per rate on the sum of the nets at that rate and rounded half away
 * from zero to the currency's minor unit (`roundDiv`) — never per line, so an invoice of
 * many small lines carries no accumulated rounding. Total = subtotal + Σ tax per rate.
 */

export const BASIS_POINTS = 10_000n;

export type NetLine = { netMinor: bigint; taxRateBp: number };
export type TaxGroup = { rateBp: number; baseMinor: bigint; taxMinor: bigint };
export type Totals = { subtotalMinor: bigint; taxMinor: bigint; totalMinor: bigint; groups: TaxGroup[] };

/** Tax of `baseMinor` at `rateBp`, rounded once (half away from zero). */
export const taxOf = (baseMinor: bigint, rateBp: number): bigint => roundDiv(baseMinor * BigInt(rateBp), BASIS_POINTS);

/** Subtotal, tax per rate (rates ascending) and total of some lines. */
export function totalsOf(lines: readonly NetLine[]): Totals {
  const bases = new Map<number, bigint>();
  for (const line of lines) bases.set(line.taxRateBp, (bases.get(line.taxRateBp) ?? 0n) + line.netMinor);
  const groups = [...bases]
    .sort(([a], [b]) => a - b)
    .map(([rateBp, baseMinor]) => ({ rateBp, baseMinor, taxMinor: taxOf(baseMinor, rateBp) }));
  const subtotalMinor = groups.reduce((a, g) => a + g.baseMinor, 0n);
  const taxMinor = groups.reduce((a, g) => a + g.taxMinor, 0n);
  return { subtotalMinor, taxMinor, totalMinor: subtotalMinor + taxMinor, groups };
}

/**
 * A gross amount (tax included) credited against an invoice, split into net and tax: first
 * across the invoice's rates in proportion to their gross amounts (`allocate`, so the parts
 * add up exactly), then within each rate net = gross × 10000 / (10000 + rate), rounded half
 * away from zero, and tax = gross − net (so net + tax is exactly the amount typed).
 */
export function splitGross(grossMinor: bigint, invoiceGroups: readonly TaxGroup[]): Totals {
  if (!invoiceGroups.length) return { subtotalMinor: grossMinor, taxMinor: 0n, totalMinor: grossMinor, groups: [{ rateBp: 0, baseMinor: grossMinor, taxMinor: 0n }] };
  const parts = allocate(grossMinor, invoiceGroups.map((g) => g.baseMinor + g.taxMinor));
  const groups = invoiceGroups.map((g, i) => {
    const gross = parts[i]!;
    const baseMinor = roundDiv(gross * BASIS_POINTS, BASIS_POINTS + BigInt(g.rateBp));
    return { rateBp: g.rateBp, baseMinor, taxMinor: gross - baseMinor };
  });
  const subtotalMinor = groups.reduce((a, g) => a + g.baseMinor, 0n);
  return { subtotalMinor, taxMinor: grossMinor - subtotalMinor, totalMinor: grossMinor, groups };
}

/** Whole days from `from` to `to` (both YYYY-MM-DD): positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayToDate(to).getTime() - dayToDate(from).getTime()) / 86_400_000);
}

/** The aging buckets of an open balance by days past its due date. */
export const AGING_BUCKETS = ["current", "d1_30", "d31_60", "d61_90", "d90plus"] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

export function agingBucket(daysOverdue: number): AgingBucket {
  if (daysOverdue <= 0) return "current";
  if (daysOverdue <= 30) return "d1_30";
  if (daysOverdue <= 60) return "d31_60";
  if (daysOverdue <= 90) return "d61_90";
  return "d90plus";
}
