import { parseDecimal } from "@/lib/money";

/**
 * The data the resolution engine and the consistency guard work on: published, live price
 * list versions, loaded once (lib/pricing/world.ts) and read by pure functions. Kept free
 * of server imports and of the database, so the same code runs in services, tests and the
 * benchmark.
 */

export const PRICE_LEVELS = ["PARTNER", "TIER", "PARTNER_TYPE", "BASE"] as const;
/** A list's target, which is also its level of precedence (first wins). */
export type PriceLevel = (typeof PRICE_LEVELS)[number];

export type PriceMethodValue = "PRICE" | "PERCENT" | "AMOUNT";

/** A percentage as typed ("-12.5") and as an exact fraction n/d of one percent. */
export type Percent = { text: string; n: bigint; d: bigint };

/** A percentage from its decimal text ("-12.5000" from PostgreSQL reads as "-12.5"). */
export function percent(decimal: string): Percent {
  const text = decimal.includes(".") ? decimal.replace(/\.?0+$/, "") : decimal;
  const [n, d] = parseDecimal(text);
  return { text, n, d };
}

/** One price of a list for one product, from `minQuantity` units on. */
export type PriceRule = {
  minQuantity: number;
  method: PriceMethodValue;
  /** PRICE: the unit price; AMOUNT: the signed change of the base unit price */
  amountMinor: bigint | null;
  /** PERCENT: the change of the base unit price */
  percent: Percent | null;
  /** the list-wide percentage standing in for a missing entry */
  listWide?: true;
};

/** A live published version of a price list. Dates are calendar days "YYYY-MM-DD". */
export type LoadedList = {
  listId: string;
  versionId: string;
  number: number;
  name: string;
  level: PriceLevel;
  partnerType: string | null;
  partnerId: string | null;
  tierId: string | null;
  currency: string;
  validFrom: string;
  validUntil: string | null;
  /** non-BASE lists: the percentage applied to every product without an entry */
  adjustPercent: Percent | null;
  /** publication time (ms): the later of two equally specific lists wins, and the guard reports the tie */
  publishedAt: number;
  /** per product, its rules sorted by minQuantity (ascending, distinct) */
  prices: ReadonlyMap<string, readonly PriceRule[]>;
};

/** Who buys: the partner, its type and its current program tier (if any). */
export type Buyer = { partnerId: string; partnerType: string; tierId: string | null };

/** Whether a list is for this buyer (target only; currency and dates are checked apart). */
export function targets(list: LoadedList, buyer: Buyer): boolean {
  switch (list.level) {
    case "BASE":
      return true;
    case "PARTNER_TYPE":
      return list.partnerType === buyer.partnerType;
    case "TIER":
      return buyer.tierId !== null && list.tierId === buyer.tierId;
    case "PARTNER":
      return list.partnerId === buyer.partnerId;
  }
}

/** Whether a list applies on `date` (both ends included). */
export function validOn(list: Pick<LoadedList, "validFrom" | "validUntil">, date: string): boolean {
  return list.validFrom <= date && (list.validUntil === null || date <= list.validUntil);
}

/** Which of two equally specific lists wins: the later publication, then the smaller id (never row order). */
export function byPrecedence(a: LoadedList, b: LoadedList): number {
  if (a.publishedAt !== b.publishedAt) return b.publishedAt - a.publishedAt;
  return a.listId < b.listId ? -1 : a.listId > b.listId ? 1 : 0;
}

const ONE_RULE_CACHE = new WeakMap<LoadedList, Map<string, readonly PriceRule[]>>();

/**
 * A list's rules for one product: its entries, and — for a non-BASE list with a list-wide
 * percentage — that percentage from the first unit unless an entry starts there.
 */
export function rulesOf(list: LoadedList, productId: string): readonly PriceRule[] {
  const own = list.prices.get(productId);
  if (!list.adjustPercent || list.level === "BASE") return own ?? [];
  if (own && own[0]!.minQuantity === 1) return own;
  let cache = ONE_RULE_CACHE.get(list);
  if (!cache) ONE_RULE_CACHE.set(list, (cache = new Map()));
  let rules = cache.get(productId);
  if (!rules) {
    const wide: PriceRule = { minQuantity: 1, method: "PERCENT", amountMinor: null, percent: list.adjustPercent, listWide: true };
    rules = own ? [wide, ...own] : [wide];
    cache.set(productId, rules);
  }
  return rules;
}

/** The rule for `quantity`: the highest break at or below it, or none (quantity under the first break). */
export function ruleAt(rules: readonly PriceRule[], quantity: number): PriceRule | null {
  let found: PriceRule | null = null;
  for (const rule of rules) {
    if (rule.minQuantity > quantity) break;
    found = rule;
  }
  return found;
}
