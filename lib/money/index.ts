/**
 * Exact money arithmetic. Amounts are integer minor units (`bigint`) beside an ISO 4217
 * currency; rates and percentages are decimal strings ("0.075", "12.5"), never floats.
 * Client-safe (no server imports): forms and the server compute the same numbers.
 *
 * Rounding: one place, `roundDiv`, half away from zero by default ("half-up" as
 * invoices and price lists expect: 0.5 cent → 1 cent, -0.5 → -1); `halfEven` (banker's)
 * where a ledger sums many rounded values and bias must not accumulate.
 */

export type Rounding = "halfUp" | "halfEven" | "down";

export type Money = { amountMinor: bigint; currency: string };

const digitsCache = new Map<string, number>();

/** Number of minor-unit digits of a currency per ISO 4217 (USD 2, JPY 0, KWD 3). */
export function currencyDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

const TEN = BigInt(10);
const ZERO = BigInt(0);
const ONE = BigInt(1);
const TWO = BigInt(2);

const pow10 = (n: number) => TEN ** BigInt(n);
const abs = (n: bigint) => (n < ZERO ? -n : n);

/** n / d rounded by `mode` (d ≠ 0). The only division money code should use. */
export function roundDiv(n: bigint, d: bigint, mode: Rounding = "halfUp"): bigint {
  if (d === ZERO) throw new RangeError("division by zero");
  if (d < ZERO) return roundDiv(-n, -d, mode);
  const q = n / d; // truncates toward zero
  const r = n % d;
  if (r === ZERO || mode === "down") return q;
  const sign = n < ZERO ? -ONE : ONE;
  const twice = abs(r) * TWO;
  if (twice > d) return q + sign;
  if (twice < d) return q;
  // exactly half
  if (mode === "halfUp") return q + sign;
  return q % TWO === ZERO ? q : q + sign;
}

/** A decimal string as an exact fraction: "12.345" → [12345n, 1000n]. Throws on anything else. */
export function parseDecimal(text: string): [numerator: bigint, denominator: bigint] {
  const match = /^\s*([+-]?)(\d+)(?:\.(\d+))?\s*$/.exec(text);
  if (!match) throw new RangeError(`not a decimal number: "${text}"`);
  const [, sign, whole, fraction = ""] = match;
  const numerator = BigInt(`${whole}${fraction}`) * (sign === "-" ? -ONE : ONE);
  return [numerator, pow10(fraction.length)];
}

/**
 * A typed amount ("1234.5", "1234,50", "-3") to minor units of `currency`. Refuses more
 * decimals than the currency has instead of rounding what a person typed; thousands
 * separators are refused too (ambiguous between locales) — forms strip them first.
 */
export function parseAmount(text: string, currency: string): bigint {
  const digits = currencyDigits(currency);
  const normalised = text.trim().replace(",", ".");
  const match = /^([+-]?)(\d+)(?:\.(\d*))?$/.exec(normalised);
  if (!match) throw new RangeError(`not an amount: "${text}"`);
  const [, sign, whole, fraction = ""] = match;
  if (fraction.length > digits) throw new RangeError(`${currency} has ${digits} decimals: "${text}"`);
  const minor = BigInt(whole!) * pow10(digits) + BigInt(fraction.padEnd(digits, "0") || "0");
  return sign === "-" ? -minor : minor;
}

/**
 * What a person typed in an amount field ("1 250 000,50", "99.5") in minor units, or null
 * when it is not a non-negative amount of `currency` up to `maxMajor` major units (a typo
 * guard). Spaces, underscores and apostrophes between digit groups are ignored.
 */
export function typedAmount(text: string, currency: string, maxMajor: bigint): bigint | null {
  try {
    const minor = parseAmount(text.replace(/[\s_']/g, ""), currency);
    if (minor < ZERO || minor > maxMajor * pow10(currencyDigits(currency))) return null;
    return minor;
  } catch {
    return null;
  }
}

/** Minor units as a plain decimal string: (-123456n, "EUR") → "-1234.56" (for CSV and APIs). */
export function toDecimalString(amountMinor: bigint, currency: string): string {
  const digits = currencyDigits(currency);
  const negative = amountMinor < ZERO;
  const padded = abs(amountMinor)
    .toString()
    .padStart(digits + 1, "0");
  const whole = padded.slice(0, padded.length - digits);
  return `${negative ? "-" : ""}${whole}${digits > 0 ? `.${padded.slice(padded.length - digits)}` : ""}`;
}

/** amount × rate, rate a decimal string ("0.075" = 7.5 %), rounded once at the end. */
export function multiply(amountMinor: bigint, rate: string, mode: Rounding = "halfUp"): bigint {
  const [n, d] = parseDecimal(rate);
  return roundDiv(amountMinor * n, d, mode);
}

/** `percent` % of an amount ("12.5" → 12.5 %), rounded once. */
export function percentOf(amountMinor: bigint, percent: string, mode: Rounding = "halfUp"): bigint {
  const [n, d] = parseDecimal(percent);
  return roundDiv(amountMinor * n, d * BigInt(100), mode);
}

/** unit price × quantity, quantity a decimal string or integer (exact, no rounding for integers). */
export function lineTotal(
  unitPriceMinor: bigint,
  quantity: bigint | number | string,
  mode: Rounding = "halfUp",
): bigint {
  if (typeof quantity === "bigint") return unitPriceMinor * quantity;
  if (typeof quantity === "number") {
    if (!Number.isSafeInteger(quantity))
      throw new RangeError(`quantity must be an integer or a decimal string, got ${quantity}`);
    return unitPriceMinor * BigInt(quantity);
  }
  return multiply(unitPriceMinor, quantity, mode);
}

/**
 * Splits an amount in proportion to `weights` so the parts add up exactly (largest
 * remainder; ties go to the earlier part). allocate(100n, [1, 1, 1]) → [34n, 33n, 33n].
 */
export function allocate(amountMinor: bigint, weights: readonly (bigint | number)[]): bigint[] {
  const w = weights.map((x) => (typeof x === "bigint" ? x : BigInt(x)));
  if (w.length === 0) throw new RangeError("allocate needs at least one weight");
  if (w.some((x) => x < ZERO)) throw new RangeError("weights must not be negative");
  const total = w.reduce((a, b) => a + b, ZERO);
  if (total === ZERO) throw new RangeError("weights must not all be zero");
  const negative = amountMinor < ZERO;
  const amount = abs(amountMinor);
  const parts = w.map((x) => (amount * x) / total);
  let left = amount - parts.reduce((a, b) => a + b, ZERO);
  const order = w
    .map((x, i) => ({ i, remainder: (amount * x) % total }))
    .sort((a, b) => (a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1));
  for (const { i } of order) {
    if (left === ZERO) break;
    parts[i] = parts[i]! + ONE;
    left -= ONE;
  }
  return negative ? parts.map((p) => -p) : parts;
}

/** Sum of amounts of one currency. */
export function sum(amounts: Iterable<bigint>): bigint {
  let total = ZERO;
  for (const amount of amounts) total += amount;
  return total;
}

/** Refuses to add or compare amounts of different currencies. */
export function assertSameCurrency(...items: Money[]): string {
  const currency = items[0]?.currency;
  if (!currency || items.some((m) => m.currency !== currency)) {
    throw new RangeError(`currencies differ: ${items.map((m) => m.currency).join(", ")}`);
  }
  return currency;
}
