import { byPrecedence, ruleAt, rulesOf, validOn, type LoadedList, type Percent } from "./model";
import { listPrice } from "./resolve";

/**
 * The price consistency guard: finds, over the live published lists (with a draft in place
 * of its list's live version when checking a publication), what makes prices wrong or
 * ambiguous — one pure function, used on publication and by the scheduled scan.
 *
 * - CHANNEL_SPREAD: on one day, the unit prices (1 unit) of one product in different
 *   non-base lists are further apart than the tenant's tolerance, as a percentage of the
 *   lower one (the classic calculation mistake between two channels).
 * - INVERTED_TIERS: a lower tier of a program pays less than a higher tier of the same
 *   program for the same product and quantity (at every break either list has).
 * - BELOW_FLOOR / BELOW_COST: a price of a list (at each of its breaks) is under the
 *   product's floor price or cost in that currency, or under zero.
 * - AMBIGUOUS_OVERLAP: two lists for exactly the same partners, in one currency, overlap in
 *   time and price a product in common: resolution would depend on publication order.
 *
 * Prices are compared on "checked days": today and every future first day of a list, so a
 * list starting next month is checked against the lists it will meet then. It checks the
 * vendor's own lists only; it never looks at partners' resale prices.
 */

export type FindingKind = "CHANNEL_SPREAD" | "INVERTED_TIERS" | "BELOW_FLOOR" | "BELOW_COST" | "AMBIGUOUS_OVERLAP";

/** Everything needed to explain a finding in words, JSON-safe (amounts as minor-unit strings). */
export type PriceFindingDetail = {
  kind: FindingKind;
  /** kind + product + lists: stable across scans */
  key: string;
  productId: string | null;
  sku: string | null;
  productName: string | null;
  lists: { id: string; name: string }[];
  currency: string;
  /** the day compared */
  date: string;
  quantity: number | null;
  /** CHANNEL_SPREAD: low, high, spreadPercent, tolerancePercent · INVERTED_TIERS: lower, higher, lowerTier, higherTier ·
   *  BELOW_*: price, limit · AMBIGUOUS_OVERLAP: from, until, products */
  values: Record<string, string>;
};

export type GuardInput = {
  lists: readonly LoadedList[];
  /** product → currency → cost and floor (minor units) */
  costs: ReadonlyMap<string, ReadonlyMap<string, { costMinor: bigint | null; floorMinor: bigint | null }>>;
  /** tier → its program and rank (1 = entry tier, higher is better) and name */
  tiers: ReadonlyMap<string, { programId: string; rank: number; name: string }>;
  products: ReadonlyMap<string, { sku: string; name: string }>;
  tolerance: Percent;
  today: string;
  /** only findings that involve this list (a publication's check) */
  focusListId?: string;
};

const ZERO = BigInt(0);
const HUNDRED = BigInt(100);

/**
 * Products a list prices: its entries, or — with a list-wide percentage — also every product
 * a base list prices. Remembered per list and set of bases (one checked day).
 */
function productsOf(list: LoadedList, bases: readonly LoadedList[], memo: Map<LoadedList, readonly string[]>): readonly string[] {
  let products = memo.get(list);
  if (!products) {
    if (!list.adjustPercent || list.level === "BASE") products = [...list.prices.keys()];
    else {
      const all = new Set(list.prices.keys());
      for (const base of bases) for (const productId of base.prices.keys()) all.add(productId);
      products = [...all];
    }
    memo.set(list, products);
  }
  return products;
}

function targetKey(list: LoadedList): string {
  return `${list.level}:${list.partnerType ?? list.partnerId ?? list.tierId ?? ""}:${list.currency}`;
}

const overlaps = (a: LoadedList, b: LoadedList) =>
  (a.validUntil === null || b.validFrom <= a.validUntil) && (b.validUntil === null || a.validFrom <= b.validUntil);

export function checkPrices(input: GuardInput): PriceFindingDetail[] {
  const findings = new Map<string, PriceFindingDetail>();
  const add = (finding: Omit<PriceFindingDetail, "sku" | "productName">) => {
    if (input.focusListId && !finding.lists.some((l) => l.id === input.focusListId)) return;
    if (findings.has(finding.key)) return;
    const product = finding.productId ? input.products.get(finding.productId) : undefined;
    findings.set(finding.key, { ...finding, sku: product?.sku ?? null, productName: product?.name ?? null });
  };
  const ref = (list: LoadedList) => ({ id: list.listId, name: list.name });

  const days = new Set([input.today]);
  for (const list of input.lists) if (list.validFrom > input.today) days.add(list.validFrom);
  const currencies = new Set(input.lists.map((l) => l.currency));

  for (const day of [...days].sort()) {
    for (const currency of currencies) {
      const valid = input.lists.filter((l) => l.currency === currency && validOn(l, day));
      if (!valid.length) continue;
      const bases = valid.filter((l) => l.level === "BASE").sort(byPrecedence);
      const on: Day = { day, currency, bases, products: new Map() };
      checkLimits(valid, on, input, add, ref);
      checkSpread(valid, on, input, add, ref);
      checkTiers(valid, on, input, add, ref);
    }
  }
  checkOverlaps(input, add, ref);
  return [...findings.values()];
}

type Add = (finding: Omit<PriceFindingDetail, "sku" | "productName">) => void;
/** One checked day in one currency: its base lists and what each list prices. */
type Day = { day: string; currency: string; bases: LoadedList[]; products: Map<LoadedList, readonly string[]> };
type Ref = (list: LoadedList) => { id: string; name: string };

function checkLimits(valid: LoadedList[], { day, currency, bases, products }: Day, input: GuardInput, add: Add, ref: Ref): void {
  for (const list of valid) {
    for (const productId of productsOf(list, bases, products)) {
      const limits = input.costs.get(productId)?.get(currency);
      for (const rule of rulesOf(list, productId)) {
        const price = listPrice(list, bases, productId, rule.minQuantity);
        if (price === null) continue;
        const floor = limits?.floorMinor ?? ZERO;
        if (price < floor) {
          add({
            kind: "BELOW_FLOOR",
            key: `BELOW_FLOOR|${productId}|${list.listId}|${rule.minQuantity}`,
            productId,
            lists: [ref(list)],
            currency,
            date: day,
            quantity: rule.minQuantity,
            values: { price: String(price), limit: String(floor) },
          });
        } else if (limits?.costMinor != null && price < limits.costMinor) {
          add({
            kind: "BELOW_COST",
            key: `BELOW_COST|${productId}|${list.listId}|${rule.minQuantity}`,
            productId,
            lists: [ref(list)],
            currency,
            date: day,
            quantity: rule.minQuantity,
            values: { price: String(price), limit: String(limits.costMinor) },
          });
        }
      }
    }
  }
}

function checkSpread(valid: LoadedList[], { day, currency, bases, products }: Day, input: GuardInput, add: Add, ref: Ref): void {
  // in id order, so equal prices name the same lists at every scan (a finding's key is stable)
  const channels = valid.filter((l) => l.level !== "BASE").sort((a, b) => (a.listId < b.listId ? -1 : a.listId > b.listId ? 1 : 0));
  if (channels.length < 2) return;
  // one pass per list over the products it prices: the lowest and highest price of each product
  const low = new Map<string, { list: LoadedList; price: bigint }>();
  const high = new Map<string, { list: LoadedList; price: bigint }>();
  for (const list of channels) {
    for (const productId of productsOf(list, bases, products)) {
      const price = listPrice(list, bases, productId, 1);
      if (price === null || price < ZERO) continue;
      const lo = low.get(productId);
      if (!lo || price < lo.price) low.set(productId, { list, price });
      const hi = high.get(productId);
      if (!hi || price > hi.price) high.set(productId, { list, price });
    }
  }
  const { n, d } = input.tolerance;
  for (const [productId, lo] of low) {
    const hi = high.get(productId)!;
    if (lo.list === hi.list) continue;
    // (high − low) / low > tolerance %, in integers: (high − low) × 100 × d > n × low
    const spread = (hi.price - lo.price) * HUNDRED * d;
    if (lo.price === ZERO ? hi.price > ZERO : spread > n * lo.price) {
      add({
        kind: "CHANNEL_SPREAD",
        key: `CHANNEL_SPREAD|${productId}|${lo.list.listId}|${hi.list.listId}`,
        productId,
        lists: [ref(lo.list), ref(hi.list)],
        currency,
        date: day,
        quantity: 1,
        values: {
          low: String(lo.price),
          high: String(hi.price),
          spreadPercent: lo.price === ZERO ? "∞" : ((Number(hi.price - lo.price) * 100) / Number(lo.price)).toFixed(1),
          tolerancePercent: input.tolerance.text,
        },
      });
    }
  }
}

function checkTiers(valid: LoadedList[], { day, currency, bases, products: memo }: Day, input: GuardInput, add: Add, ref: Ref): void {
  const byProgram = new Map<string, { list: LoadedList; rank: number; tier: string }[]>();
  for (const list of valid) {
    const tier = list.level === "TIER" && list.tierId ? input.tiers.get(list.tierId) : undefined;
    if (!tier) continue;
    byProgram.set(tier.programId, [...(byProgram.get(tier.programId) ?? []), { list, rank: tier.rank, tier: tier.name }]);
  }
  for (const tiers of byProgram.values()) {
    tiers.sort((a, b) => a.rank - b.rank || byPrecedence(a.list, b.list));
    for (let i = 0; i < tiers.length; i++) {
      for (let j = i + 1; j < tiers.length; j++) {
        const lower = tiers[i]!;
        const higher = tiers[j]!;
        if (lower.rank === higher.rank) continue;
        const products = new Set([...productsOf(lower.list, bases, memo), ...productsOf(higher.list, bases, memo)]);
        for (const productId of products) {
          const quantities = new Set<number>([1]);
          for (const rule of [...rulesOf(lower.list, productId), ...rulesOf(higher.list, productId)]) quantities.add(rule.minQuantity);
          for (const quantity of [...quantities].sort((a, b) => a - b)) {
            if (!ruleAt(rulesOf(lower.list, productId), quantity) || !ruleAt(rulesOf(higher.list, productId), quantity)) continue;
            const low = listPrice(lower.list, bases, productId, quantity);
            const high = listPrice(higher.list, bases, productId, quantity);
            if (low === null || high === null || low >= high) continue;
            add({
              kind: "INVERTED_TIERS",
              key: `INVERTED_TIERS|${productId}|${lower.list.listId}|${higher.list.listId}`,
              productId,
              lists: [ref(lower.list), ref(higher.list)],
              currency,
              date: day,
              quantity,
              values: { lower: String(low), higher: String(high), lowerTier: lower.tier, higherTier: higher.tier },
            });
            break;
          }
        }
      }
    }
  }
}

function checkOverlaps(input: GuardInput, add: Add, ref: Ref): void {
  const groups = new Map<string, LoadedList[]>();
  for (const list of input.lists) groups.set(targetKey(list), [...(groups.get(targetKey(list)) ?? []), list]);
  for (const lists of groups.values()) {
    for (let i = 0; i < lists.length; i++) {
      for (let j = i + 1; j < lists.length; j++) {
        const [a, b] = [lists[i]!, lists[j]!].sort(byPrecedence) as [LoadedList, LoadedList];
        if (!overlaps(a, b)) continue;
        const wide = (a.adjustPercent && a.level !== "BASE") || (b.adjustPercent && b.level !== "BASE");
        const shared = wide ? Math.max(a.prices.size, b.prices.size) : [...a.prices.keys()].filter((p) => b.prices.has(p)).length;
        if (!shared && !wide) continue;
        const from = a.validFrom > b.validFrom ? a.validFrom : b.validFrom;
        const until = a.validUntil === null ? b.validUntil : b.validUntil === null ? a.validUntil : a.validUntil < b.validUntil ? a.validUntil : b.validUntil;
        const [first, second] = a.listId < b.listId ? [a, b] : [b, a];
        add({
          kind: "AMBIGUOUS_OVERLAP",
          key: `AMBIGUOUS_OVERLAP|${first.listId}|${second.listId}`,
          productId: null,
          lists: [ref(a), ref(b)],
          currency: a.currency,
          date: from,
          quantity: null,
          values: { from, until: until ?? "", products: String(shared), level: a.level, winner: a.name },
        });
      }
    }
  }
}

