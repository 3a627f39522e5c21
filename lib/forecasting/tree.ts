/** A territory as the roll-ups need it. */
export type TreeNode = { id: string; parentId: string | null };

/**
 * Each territory with the territories it counts towards: itself, its parent, and so on to
 * the root. A figure of a territory is added to every one of them, so a territory's series
 * is everything below it. A cycle (which the territory service refuses) stops at the
 * first repeat rather than looping.
 */
export function rollUpTree(nodes: readonly TreeNode[]): Map<string, string[]> {
  const parent = new Map(nodes.map((node) => [node.id, node.parentId]));
  const result = new Map<string, string[]>();
  for (const node of nodes) {
    const chain: string[] = [];
    for (let id: string | null | undefined = node.id; id && !chain.includes(id); id = parent.get(id)) chain.push(id);
    result.set(node.id, chain);
  }
  return result;
}

/** A partner's own forecast of a month, with the partner's territory for forecasting (or null). */
export type PartnerMonth = { partnerId: string; territoryId: string | null; period: string; currency: string; amountMinor: bigint };
export type RolledUpMonth = { level: "PARTNER" | "TERRITORY" | "TOTAL"; key: string; period: string; currency: string; amountMinor: bigint };

/**
 * The partners' own forecasts rolled up like the history: each partner's month counts for
 * the partner, for its territory and every territory above (`ancestors`, from rollUpTree;
 * partners without a territory under `none`), and for the total. A territory's or the
 * total's figure is the sum of what the partners below it that submitted a forecast for
 * that month expect — partners that did not submit add nothing. Exact (minor units).
 */
export function rollUpPartnerMonths(rows: readonly PartnerMonth[], ancestors: ReadonlyMap<string, readonly string[]>, none: string): RolledUpMonth[] {
  const sums = new Map<string, RolledUpMonth>();
  const add = (level: RolledUpMonth["level"], key: string, row: PartnerMonth) => {
    const id = `${level}\u0000${key}\u0000${row.currency}\u0000${row.period}`;
    const entry = sums.get(id);
    if (entry) entry.amountMinor += row.amountMinor;
    else sums.set(id, { level, key, period: row.period, currency: row.currency, amountMinor: row.amountMinor });
  };
  for (const row of rows) {
    add("PARTNER", row.partnerId, row);
    for (const key of row.territoryId ? (ancestors.get(row.territoryId) ?? [row.territoryId]) : [none]) add("TERRITORY", key, row);
    add("TOTAL", "", row);
  }
  return [...sums.values()];
}

/** A partner as the coverage note counts it: its territory for forecasting, and whether it forecast any month of the run. */
export type PartnerSubmission = { partnerId: string; territoryId: string | null; submitted: boolean };
/** How many of the partners below a territory (or in the tenant) submitted a forecast. */
export type PartnerCoverage = { submitted: number; counted: number };

/**
 * The coverage of the partners' figure of every territory and of the total: a territory's
 * partner forecast is the sum of what the partners below it that submitted expect, so "2 of
 * 9 submitted" is what makes a low figure (or a poor accuracy ranking) readable. Keys are
 * `TERRITORY\u0000<id>` (partners without a territory under `none`) and `TOTAL\u0000`.
 */
export function partnerCoverage(partners: readonly PartnerSubmission[], ancestors: ReadonlyMap<string, readonly string[]>, none: string): Map<string, PartnerCoverage> {
  const result = new Map<string, PartnerCoverage>();
  const count = (id: string, submitted: boolean) => {
    const entry = result.get(id) ?? result.set(id, { submitted: 0, counted: 0 }).get(id)!;
    entry.counted += 1;
    if (submitted) entry.submitted += 1;
  };
  for (const partner of partners) {
    for (const key of partner.territoryId ? (ancestors.get(partner.territoryId) ?? [partner.territoryId]) : [none]) count(`TERRITORY\u0000${key}`, partner.submitted);
    count("TOTAL\u0000", partner.submitted);
  }
  return result;
}
