import { roundDiv } from "@/lib/money";
import {
  PRICE_LEVELS,
  byPrecedence,
  ruleAt,
  rulesOf,
  targets,
  validOn,
  type Buyer,
  type LoadedList,
  type PriceLevel,
  type PriceRule,
} from "./model";

/**
 * The price resolution engine: what partner P pays for product X, quantity Q, on day D —
 * one deterministic, pure function over loaded data, with every step explained.
 *
 * Precedence (docs/pricing.md):
 * 1. Only live published versions in the asked currency, valid on D (both ends included)
 *    and aimed at the buyer take part: its own PARTNER lists, its program TIER's, its
 *    PARTNER_TYPE's, and the BASE lists.
 * 2. Levels are tried in that order — PARTNER, TIER, PARTNER_TYPE, BASE — and the first
 *    level with a price for X at Q wins. A list "has a price" when one of its breaks
 *    (`minQuantity`) is at or below Q, or it has a list-wide percentage; otherwise the
 *    next level is tried. Within a list the highest break at or below Q applies.
 * 3. Two lists of one level that both have a price: the later publication wins, then the
 *    smaller list id. The answer never depends on row order, and the tie is reported
 *    (the consistency guard reports it too, as AMBIGUOUS_OVERLAP).
 * 4. PERCENT and AMOUNT prices start from the base price — the BASE level's price for X at
 *    Q on D, found by the same rules. Without one, that list cannot price X (next level).
 * 5. Rounding: a percentage is applied to the exact base unit price and rounded once, half
 *    away from zero, to the currency's minor unit (lib/money `roundDiv`): 19.99 −12.5 % =
 *    17.49125 → 17.49; 0.05 −50 % = 0.025 → 0.03. Amounts are exact. The total is unit
 *    price × quantity, exact. A price that would fall below zero is not used (next level).
 */

export type PriceQuestion = { buyer: Buyer; productId: string; quantity: number; date: string; currency: string };

type ListRef = { listId: string; versionId: string; name: string; level: PriceLevel };

/** One step of the explanation, as data (lib/pricing/explain.ts puts it in words). */
export type ResolutionStep =
  | { kind: "applicable"; lists: ListRef[] }
  | { kind: "noLists" }
  | { kind: "noEntry"; list: ListRef }
  | { kind: "belowFirstBreak"; list: ListRef; firstBreak: number }
  | { kind: "tie"; level: PriceLevel; chosen: ListRef; others: ListRef[] }
  | { kind: "needsBase"; list: ListRef }
  | { kind: "negative"; list: ListRef; unitPriceMinor: bigint }
  | {
      kind: "price";
      list: ListRef;
      minQuantity: number;
      method: PriceRule["method"];
      listWide: boolean;
      /** PERCENT and AMOUNT: the base price it started from, and where that came from */
      base: { unitPriceMinor: bigint; list: ListRef; minQuantity: number } | null;
      percent: string | null;
      amountMinor: bigint | null;
      unitPriceMinor: bigint;
      /** a percentage's exact result before rounding was not a whole minor unit */
      rounded: boolean;
    };

export type NextBreak = { quantity: number; more: number; unitPriceMinor: bigint; list: ListRef };

export type Resolution =
  | {
      ok: true;
      currency: string;
      quantity: number;
      unitPriceMinor: bigint;
      totalMinor: bigint;
      list: ListRef;
      minQuantity: number;
      steps: ResolutionStep[];
      /** the smallest larger quantity with a lower unit price, if any */
      nextBreak: NextBreak | null;
    }
  | { ok: false; currency: string; quantity: number; steps: ResolutionStep[] };

const refOf = (list: LoadedList): ListRef => ({ listId: list.listId, versionId: list.versionId, name: list.name, level: list.level });

/** The lists that apply to a buyer on a day in a currency, grouped by level in precedence order. */
export type Prepared = { currency: string; date: string; levels: ReadonlyMap<PriceLevel, LoadedList[]>; all: LoadedList[] };

const PREPARED = new WeakMap<readonly LoadedList[], Map<string, Prepared>>();

/**
 * Loaded lists never change, so what applies to one buyer, day and currency is worked out
 * once per set of lists (remembered beside it) — a price list of 5,000 products, or a
 * stream of questions, pays for it once.
 */
export function prepare(lists: readonly LoadedList[], buyer: Buyer, date: string, currency: string): Prepared {
  let byQuestion = PREPARED.get(lists);
  if (!byQuestion) PREPARED.set(lists, (byQuestion = new Map()));
  const key = `${buyer.partnerId}|${buyer.partnerType}|${buyer.tierId ?? ""}|${date}|${currency}`;
  let prepared = byQuestion.get(key);
  if (!prepared) {
    const all = lists.filter((list) => list.currency === currency && validOn(list, date) && targets(list, buyer));
    const levels = new Map<PriceLevel, LoadedList[]>();
    for (const level of PRICE_LEVELS) levels.set(level, all.filter((list) => list.level === level).sort(byPrecedence));
    prepared = { currency, date, levels, all };
    byQuestion.set(key, prepared);
  }
  return prepared;
}

type Priced = { list: LoadedList; rule: PriceRule; unitPriceMinor: bigint; base: Priced | null; rounded: boolean };

const HUNDRED = BigInt(100);
const ZERO = BigInt(0);

/** A rule's unit price from a base unit price (PERCENT, AMOUNT) or on its own (PRICE). */
export function applyRule(rule: PriceRule, baseMinor: bigint | null): { unitPriceMinor: bigint; rounded: boolean } | null {
  if (rule.method === "PRICE") return { unitPriceMinor: rule.amountMinor!, rounded: false };
  if (baseMinor === null) return null;
  if (rule.method === "AMOUNT") return { unitPriceMinor: baseMinor + rule.amountMinor!, rounded: false };
  const { n, d } = rule.percent!;
  // base × (100 + p) / 100 with p = n/d: one exact fraction, rounded once
  const numerator = baseMinor * (HUNDRED * d + n);
  const denominator = HUNDRED * d;
  return { unitPriceMinor: roundDiv(numerator, denominator, "halfUp"), rounded: numerator % denominator !== ZERO };
}

/** The BASE level's price of a product at a quantity (BASE lists hold absolute prices only). */
function basePrice(prepared: Prepared, productId: string, quantity: number): Priced | null {
  for (const list of prepared.levels.get("BASE")!) {
    const rule = ruleAt(rulesOf(list, productId), quantity);
    if (rule && rule.method === "PRICE") return { list, rule, unitPriceMinor: rule.amountMinor!, base: null, rounded: false };
  }
  return null;
}

function resolveAt(prepared: Prepared, productId: string, quantity: number, steps: ResolutionStep[] | null): Priced | null {
  let base: Priced | null | undefined;
  const baseOf = () => (base === undefined ? (base = basePrice(prepared, productId, quantity)) : base);
  for (const level of PRICE_LEVELS) {
    const lists = prepared.levels.get(level)!;
    const offering: { list: LoadedList; rule: PriceRule }[] = [];
    for (const list of lists) {
      const rules = rulesOf(list, productId);
      const rule = rules.length ? ruleAt(rules, quantity) : null;
      if (rule) offering.push({ list, rule });
      else if (steps) {
        steps.push(rules.length ? { kind: "belowFirstBreak", list: refOf(list), firstBreak: rules[0]!.minQuantity } : { kind: "noEntry", list: refOf(list) });
      }
    }
    if (offering.length > 1 && steps) {
      steps.push({ kind: "tie", level, chosen: refOf(offering[0]!.list), others: offering.slice(1).map((o) => refOf(o.list)) });
    }
    for (const { list, rule } of offering) {
      const from = rule.method === "PRICE" ? null : level === "BASE" ? null : baseOf();
      const applied = applyRule(rule, from?.unitPriceMinor ?? null);
      if (!applied) {
        steps?.push({ kind: "needsBase", list: refOf(list) });
        continue;
      }
      if (applied.unitPriceMinor < ZERO) {
        steps?.push({ kind: "negative", list: refOf(list), unitPriceMinor: applied.unitPriceMinor });
        continue;
      }
      return { list, rule, unitPriceMinor: applied.unitPriceMinor, base: from, rounded: applied.rounded };
    }
  }
  return null;
}

/** Quantities above `quantity` where some applicable list changes its price for the product. */
function breaksAbove(prepared: Prepared, productId: string, quantity: number): number[] {
  const found = new Set<number>();
  for (const list of prepared.all) for (const rule of rulesOf(list, productId)) if (rule.minQuantity > quantity) found.add(rule.minQuantity);
  return [...found].sort((a, b) => a - b);
}

/** The answer for a prepared buyer/day/currency; `nextBreak: false` skips the look-ahead (bulk lists). */
export function resolvePrepared(prepared: Prepared, productId: string, quantity: number, options: { nextBreak?: boolean } = {}): Resolution {
  const steps: ResolutionStep[] = [];
  steps.push(prepared.all.length ? { kind: "applicable", lists: prepared.all.map(refOf) } : { kind: "noLists" });
  const priced = resolveAt(prepared, productId, quantity, steps);
  if (!priced) return { ok: false, currency: prepared.currency, quantity, steps };
  steps.push({
    kind: "price",
    list: refOf(priced.list),
    minQuantity: priced.rule.minQuantity,
    method: priced.rule.method,
    listWide: priced.rule.listWide === true,
    base: priced.base ? { unitPriceMinor: priced.base.unitPriceMinor, list: refOf(priced.base.list), minQuantity: priced.base.rule.minQuantity } : null,
    percent: priced.rule.percent?.text ?? null,
    amountMinor: priced.rule.method === "AMOUNT" ? priced.rule.amountMinor : null,
    unitPriceMinor: priced.unitPriceMinor,
    rounded: priced.rounded,
  });
  let nextBreak: NextBreak | null = null;
  if (options.nextBreak !== false) {
    for (const at of breaksAbove(prepared, productId, quantity)) {
      const next = resolveAt(prepared, productId, at, null);
      if (next && next.unitPriceMinor < priced.unitPriceMinor) {
        nextBreak = { quantity: at, more: at - quantity, unitPriceMinor: next.unitPriceMinor, list: refOf(next.list) };
        break;
      }
    }
  }
  return {
    ok: true,
    currency: prepared.currency,
    quantity,
    unitPriceMinor: priced.unitPriceMinor,
    totalMinor: priced.unitPriceMinor * BigInt(quantity),
    list: refOf(priced.list),
    minQuantity: priced.rule.minQuantity,
    steps,
    nextBreak,
  };
}

/** What partner P pays for product X, quantity Q, on day D, in a currency — with the explanation. */
export function resolvePrice(lists: readonly LoadedList[], question: PriceQuestion): Resolution {
  return resolvePrepared(prepare(lists, question.buyer, question.date, question.currency), question.productId, question.quantity);
}

/** One row of an effective price list: from `minQuantity` units, this unit price, from this list. */
export type PriceBreak = { minQuantity: number; unitPriceMinor: bigint; list: ListRef };

/**
 * Every quantity at which the buyer's unit price for a product changes, from the first
 * quantity that has a price: the breaks a partner sees on its price list.
 */
export function priceBreaks(prepared: Prepared, productId: string): PriceBreak[] {
  const points = new Set<number>([1]);
  for (const list of prepared.all) for (const rule of rulesOf(list, productId)) points.add(rule.minQuantity);
  const out: PriceBreak[] = [];
  for (const at of [...points].sort((a, b) => a - b)) {
    const priced = resolveAt(prepared, productId, at, null);
    if (!priced) continue;
    const last = out[out.length - 1];
    if (last && last.unitPriceMinor === priced.unitPriceMinor && last.list.listId === priced.list.listId) continue;
    out.push({ minQuantity: at, unitPriceMinor: priced.unitPriceMinor, list: refOf(priced.list) });
  }
  return out;
}

/**
 * The price one list offers for a product at a quantity, on its own (with the BASE lists for
 * relative prices): what the consistency guard compares between lists.
 */
export function listPrice(list: LoadedList, bases: readonly LoadedList[], productId: string, quantity: number): bigint | null {
  const rule = ruleAt(rulesOf(list, productId), quantity);
  if (!rule) return null;
  if (rule.method === "PRICE") return rule.amountMinor;
  let baseMinor: bigint | null = null;
  for (const base of bases) {
    const baseRule = ruleAt(base.prices.get(productId) ?? [], quantity);
    if (baseRule && baseRule.method === "PRICE") {
      baseMinor = baseRule.amountMinor;
      break;
    }
  }
  return applyRule(rule, baseMinor)?.unitPriceMinor ?? null;
}
