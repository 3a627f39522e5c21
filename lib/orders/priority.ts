/**
 * Shipment prioritisation, pure (client-safe): an order's score is the sum of six terms,
 * each its tenant's weight × a factor from 0 to 1 (kept in thousandths, so every figure is
 * an integer) rounded to whole points. The terms are returned as data — weight, factor,
 * points and the facts the factor came from — and rendered in the reader's language
 * (components/orders/priority-explanation.tsx); the score is their sum by construction.
 *
 * | term      | factor                                                                    |
 * |-----------|---------------------------------------------------------------------------|
 * | tier      | the partner's tier rank / its program's highest rank (no tier: 0)         |
 * | age       | days since submission / `ageDays`, at most 1                              |
 * | requested | due or late: 1; `requestedWindowDays` or more away (or none): 0; linear   |
 * | value     | order total / `valueCapMinor`, at most 1                                  |
 * | priority  | the partner's "urgent" flag: 1 or 0                                       |
 * | standing  | payment standing (lib/orders/standing.ts): no limit 1, credit hold 0, else |
 * |           | the share of the credit limit still free                                  |
 */

export type PriorityWeights = {
  tierWeight: number;
  ageWeight: number;
  ageDays: number;
  requestedWeight: number;
  requestedWindowDays: number;
  valueWeight: number;
  valueCapMinor: bigint;
  priorityFlagWeight: number;
  standingWeight: number;
};

/** What a tenant scores with until it saves its own weights. */
export const DEFAULT_PRIORITY_WEIGHTS: PriorityWeights = {
  tierWeight: 20,
  ageWeight: 20,
  ageDays: 30,
  requestedWeight: 25,
  requestedWindowDays: 14,
  valueWeight: 15,
  valueCapMinor: 1_000_000n,
  priorityFlagWeight: 10,
  standingWeight: 10,
};

/**
 * A partner's payment standing. Until receivables land it is the credit position the orders
 * module knows: an order held for credit, or the open exposure against the limit.
 */
export type PaymentStanding =
  | { kind: "NO_LIMIT" }
  | { kind: "CREDIT_HOLD" }
  | { kind: "EXPOSURE"; openMinor: bigint; limitMinor: bigint; currency: string };

export type PriorityFacts = {
  tier: { name: string; rank: number; top: number } | null;
  /** "YYYY-MM-DD" days in the tenant's calendar */
  submittedDay: string;
  today: string;
  requestedDay: string | null;
  totalMinor: bigint;
  currency: string;
  priority: boolean;
  standing: PaymentStanding;
};

export const PRIORITY_TERMS = ["tier", "age", "requested", "value", "priority", "standing"] as const;
export type PriorityTermName = (typeof PRIORITY_TERMS)[number];

/** One term of a score: facts are strings or integers (amounts as strings of minor units), for the words. */
export type PriorityTerm = { term: PriorityTermName; weight: number; factorMille: number; points: number; facts: Record<string, string | number> };
export type PriorityScore = { score: number; terms: PriorityTerm[] };

const MILLE = 1000;
const clampMille = (n: number) => Math.max(0, Math.min(MILLE, Math.floor(n)));
const dayNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);

function factors(w: PriorityWeights, f: PriorityFacts): Record<PriorityTermName, { factorMille: number; facts: Record<string, string | number> }> {
  const age = Math.max(0, dayNumber(f.today) - dayNumber(f.submittedDay));
  const daysLeft = f.requestedDay === null ? null : dayNumber(f.requestedDay) - dayNumber(f.today);
  const requested =
    daysLeft === null ? 0 : daysLeft <= 0 ? MILLE : w.requestedWindowDays <= 0 ? 0 : clampMille(((w.requestedWindowDays - daysLeft) * MILLE) / w.requestedWindowDays);
  const capped = f.totalMinor < w.valueCapMinor ? f.totalMinor : w.valueCapMinor;
  const value = w.valueCapMinor <= 0n || f.totalMinor <= 0n ? 0 : Number((capped * BigInt(MILLE)) / w.valueCapMinor);
  const s = f.standing;
  const standing =
    s.kind === "NO_LIMIT" ? MILLE : s.kind === "CREDIT_HOLD" || s.limitMinor <= 0n ? 0 : clampMille(Number(((s.limitMinor - s.openMinor) * BigInt(MILLE)) / s.limitMinor));
  return {
    tier: { factorMille: f.tier && f.tier.top > 0 ? clampMille((f.tier.rank * MILLE) / f.tier.top) : 0, facts: f.tier ? { name: f.tier.name, rank: f.tier.rank, top: f.tier.top } : {} },
    age: { factorMille: w.ageDays <= 0 ? 0 : clampMille((Math.min(age, w.ageDays) * MILLE) / w.ageDays), facts: { days: age, cap: w.ageDays } },
    requested: { factorMille: requested, facts: daysLeft === null ? {} : { day: f.requestedDay!, daysLeft, window: w.requestedWindowDays } },
    value: { factorMille: value, facts: { totalMinor: f.totalMinor.toString(), capMinor: w.valueCapMinor.toString(), currency: f.currency } },
    priority: { factorMille: f.priority ? MILLE : 0, facts: {} },
    standing: {
      factorMille: standing,
      facts: s.kind === "EXPOSURE" ? { kind: s.kind, openMinor: s.openMinor.toString(), limitMinor: s.limitMinor.toString(), currency: s.currency } : { kind: s.kind },
    },
  };
}

const WEIGHT_OF: Record<PriorityTermName, (w: PriorityWeights) => number> = {
  tier: (w) => w.tierWeight,
  age: (w) => w.ageWeight,
  requested: (w) => w.requestedWeight,
  value: (w) => w.valueWeight,
  priority: (w) => w.priorityFlagWeight,
  standing: (w) => w.standingWeight,
};

/** The score of one order and its terms; `score` is the sum of the terms' points. */
export function scoreOrder(weights: PriorityWeights, facts: PriorityFacts): PriorityScore {
  const byTerm = factors(weights, facts);
  const terms = PRIORITY_TERMS.map((term) => {
    const weight = WEIGHT_OF[term](weights);
    const { factorMille, facts: termFacts } = byTerm[term];
    // half up on thousandths of a point: one rounding per term, and the score adds the rounded terms
    return { term, weight, factorMille, points: Math.floor((weight * factorMille + MILLE / 2) / MILLE), facts: termFacts };
  });
  return { score: terms.reduce((total, t) => total + t.points, 0), terms };
}

/** Highest score first; an older submission first on a tie, then the order id (a stable order). */
export function byPriority<T extends { score: number; submittedAt: Date | null; id: string }>(a: T, b: T): number {
  return b.score - a.score || (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
