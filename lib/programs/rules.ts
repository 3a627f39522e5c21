import type { ProgramMetricValue } from "./metric-names";
import type { MetricReading } from "./metrics";

/**
 * Tier evaluation as a pure function, so that every edge (exactly at a threshold, just
 * under, a tier without rules, a gap in the ladder) is decided in one place and the
 * explanation stored with the result says exactly why.
 *
 * Tiers form a ladder: walking up from the lowest rank, a partner holds the highest tier
 * it reaches while meeting every rule of every tier on the way (a rule is met when the
 * value is at least the minimum). A tier without rules is met by everyone, so an entry
 * tier without rules gives every enrolled partner a tier.
 */

export type TierDefinition = {
  id: string;
  name: string;
  rank: number;
  rules: { metric: ProgramMetricValue; minimum: bigint }[];
};

export type RuleCheck = { metric: ProgramMetricValue; minimum: string; value: string; met: boolean; shortBy: string };
export type TierCheck = { id: string; name: string; rank: number; met: boolean; rules: RuleCheck[] };
export type TierRef = { id: string; name: string };

/** Stored with every evaluation (PartnerProgram.explanation, TierEvaluation.explanation). */
export type TierExplanation = {
  asOf: string;
  currency: string;
  inputs: MetricReading[];
  tiers: TierCheck[];
  /** what the rules give */
  ruleTier: TierRef | null;
  /** a channel manager's decision in force, if any */
  override: { tier: TierRef; reason: string; until: string | null; by: string | null } | null;
  /** the tier the partner holds: the override, else the rules' */
  tier: TierRef | null;
  /** the tier above the one held, and what its rules still need */
  next: (TierRef & { missing: RuleCheck[] }) | null;
};

export function checkTiers(tiers: TierDefinition[], inputs: MetricReading[]): TierCheck[] {
  const values = new Map(inputs.map((reading) => [reading.metric, BigInt(reading.value)]));
  return [...tiers]
    .sort((a, b) => a.rank - b.rank)
    .map((tier) => {
      const rules = tier.rules.map((rule) => {
        const value = values.get(rule.metric) ?? 0n;
        const short = rule.minimum - value;
        return {
          metric: rule.metric,
          minimum: rule.minimum.toString(),
          value: value.toString(),
          met: value >= rule.minimum,
          shortBy: (short > 0n ? short : 0n).toString(),
        };
      });
      return { id: tier.id, name: tier.name, rank: tier.rank, met: rules.every((rule) => rule.met), rules };
    });
}

/** The highest tier reached without skipping an unmet one (checks are in rank order). */
export function ladderTier(checks: TierCheck[]): TierRef | null {
  let reached: TierRef | null = null;
  for (const check of checks) {
    if (!check.met) break;
    reached = { id: check.id, name: check.name };
  }
  return reached;
}

/** The tier just above `held` (the lowest when none is held), with its unmet rules. */
export function nextTier(checks: TierCheck[], held: TierRef | null): TierExplanation["next"] {
  const index = held ? checks.findIndex((check) => check.id === held.id) : -1;
  const next = checks[index + 1];
  if (!next) return null;
  return { id: next.id, name: next.name, missing: next.rules.filter((rule) => !rule.met) };
}

export function explain(input: {
  asOf: string;
  currency: string;
  tiers: TierDefinition[];
  inputs: MetricReading[];
  override: TierExplanation["override"];
}): TierExplanation {
  const checks = checkTiers(input.tiers, input.inputs);
  const ruleTier = ladderTier(checks);
  const tier = input.override?.tier ?? ruleTier;
  return {
    asOf: input.asOf,
    currency: input.currency,
    inputs: input.inputs,
    tiers: checks,
    ruleTier,
    override: input.override,
    tier,
    next: nextTier(checks, tier),
  };
}
