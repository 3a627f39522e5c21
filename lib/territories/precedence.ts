/**
 * Which territory an account belongs to, when several rules match it. The one place the
 * precedence is written (the bulk assignment's SQL in ./assign.ts orders the same way, and
 * tests/integration/territories.test.ts checks that both agree):
 *
 * 1. A rule matches when every criterion it names matches the account: country (equal),
 *    region (equal without case or accents), postal-code prefix (the account's postal code
 *    starts with it), industry (equal). A rule without criteria matches nothing.
 * 2. **Most specific wins**: the rule naming more criteria.
 * 3. Then the **longer postal-code prefix** ("640" beats "64").
 * 4. Then the **declared priority** (higher wins).
 * 5. Then the **deeper territory** (Norte beats México).
 * 6. Then the older rule (then the smaller id), so the answer never depends on row order.
 *
 * A manual override (AccountTerritorySource MANUAL) is never moved by rules.
 */

export type RuleCriteria = {
  country: string | null;
  regionKey: string | null;
  postalPrefix: string | null;
  industry: string | null;
};

export type PrecedenceRule = RuleCriteria & {
  id: string;
  territoryId: string;
  priority: number;
  /** depth of the rule's territory */
  depth: number;
  createdAt: Date;
};

export type AccountPlace = {
  country: string | null;
  regionKey: string | null;
  postalCode: string | null;
  industry: string | null;
};

/** Number of criteria a rule names. */
export function specificity(rule: RuleCriteria): number {
  return [rule.country, rule.regionKey, rule.postalPrefix, rule.industry].filter((value) => value !== null).length;
}

export function ruleMatches(rule: RuleCriteria, account: AccountPlace): boolean {
  if (specificity(rule) === 0) return false;
  if (rule.country !== null && rule.country !== account.country) return false;
  if (rule.regionKey !== null && rule.regionKey !== account.regionKey) return false;
  if (rule.postalPrefix !== null && !(account.postalCode ?? "").startsWith(rule.postalPrefix)) return false;
  if (rule.industry !== null && rule.industry !== account.industry) return false;
  return true;
}

/** Negative when `a` takes precedence over `b` (steps 2–6 above). */
export function comparePrecedence(a: PrecedenceRule, b: PrecedenceRule): number {
  return (
    specificity(b) - specificity(a) ||
    (b.postalPrefix?.length ?? 0) - (a.postalPrefix?.length ?? 0) ||
    b.priority - a.priority ||
    b.depth - a.depth ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Every matching rule, the winner first. */
export function rankRules<R extends PrecedenceRule>(rules: readonly R[], account: AccountPlace): R[] {
  return rules.filter((rule) => ruleMatches(rule, account)).sort(comparePrecedence);
}

/** The winning rule, or null when none matches. */
export function winningRule<R extends PrecedenceRule>(rules: readonly R[], account: AccountPlace): R | null {
  let best: R | null = null;
  for (const rule of rules) {
    if (ruleMatches(rule, account) && (best === null || comparePrecedence(rule, best) < 0)) best = rule;
  }
  return best;
}
