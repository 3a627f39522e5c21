import { DEFAULT_TIME_ZONE, type Locale } from "./config";

/**
 * Locale-aware formatting that works the same on server and client. Money is never a
 * float: amounts are integer minor units (cents) and are handed to Intl as exact decimal
 * strings, so 1999 EUR-cents prints "19,99 €" in Spanish without rounding surprises.
 */

export type MinorUnits = number | bigint | string;

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

function toBigInt(amount: MinorUnits): bigint {
  if (typeof amount === "bigint") return amount;
  if (typeof amount === "number") {
    if (!Number.isSafeInteger(amount)) throw new RangeError(`Money amounts must be integer minor units, got ${amount}`);
    return BigInt(amount);
  }
  if (!/^-?\d+$/.test(amount)) throw new RangeError(`Money amounts must be integer minor units, got "${amount}"`);
  return BigInt(amount);
}

/** Number of minor-unit digits of a currency per ISO 4217 (USD 2, JPY 0, KWD 3). */
export function currencyDigits(currency: string): number {
  return numberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Exact decimal string of an amount in minor units: (-123456, 2) → "-1234.56". */
export function minorToDecimalString(amount: MinorUnits, digits: number): string {
  const value = toBigInt(amount);
  const negative = value < BigInt(0);
  const abs = (negative ? -value : value).toString().padStart(digits + 1, "0");
  const whole = abs.slice(0, abs.length - digits);
  const fraction = digits > 0 ? `.${abs.slice(abs.length - digits)}` : "";
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

export type MoneyOptions = {
  /** "symbol" (€), "code" (EUR) or "name" (euros). Default "symbol". */
  display?: "symbol" | "narrowSymbol" | "code" | "name";
  /** Show a "+" on positive amounts (ledger movements). */
  signed?: boolean;
  /** "accounting" shows negatives in parentheses in locales that do so. */
  sign?: "standard" | "accounting";
};

/** Formats integer minor units of `currency` (ISO 4217) for `locale`. */
export function formatMoney(amount: MinorUnits, currency: string, locale: Locale, options: MoneyOptions = {}): string {
  const digits = currencyDigits(currency);
  const format = numberFormat(locale, {
    style: "currency",
    currency,
    currencyDisplay: options.display ?? "symbol",
    currencySign: options.sign ?? "standard",
    signDisplay: options.signed ? "exceptZero" : "auto",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return format.format(minorToDecimalString(amount, digits) as Intl.StringNumericLiteral);
}

/** Plain number with grouping (integers or decimals given as numbers). */
export function formatNumber(value: number | bigint, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, options).format(value);
}

/** A ratio as a percentage: 0.045 → "4.5 %" / "4,5 %". */
export function formatPercent(ratio: number, locale: Locale, maximumFractionDigits = 1): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits }).format(ratio);
}

export type DateInput = Date | string | number;

function toDate(value: DateInput): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`);
  return date;
}

/**
 * A calendar date ("Mar 4, 2026" / "4 mar 2026"). Pass the user's or tenant's IANA time
 * zone; defaults to UTC so server and browser render the same text.
 */
export function formatDate(
  value: DateInput,
  locale: Locale,
  timeZone: string = DEFAULT_TIME_ZONE,
  style: "short" | "medium" | "long" = "medium",
): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone }).format(toDate(value));
}

/** Date and time ("Mar 4, 2026, 2:05 PM" / "4 mar 2026, 14:05"). */
export function formatDateTime(
  value: DateInput,
  locale: Locale,
  timeZone: string = DEFAULT_TIME_ZONE,
  style: "short" | "medium" | "long" = "medium",
): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeStyle: "short", timeZone }).format(toDate(value));
}

/** ISO date (YYYY-MM-DD) of an instant in a time zone, e.g. for <input type="date">. */
export function isoDateIn(value: DateInput, timeZone: string = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    toDate(value),
  );
}

/** "3 days ago" / "hace 3 días", picking the largest sensible unit. */
export function formatRelative(value: DateInput, locale: Locale, now: DateInput = Date.now()): string {
  const seconds = Math.round((toDate(value).getTime() - toDate(now).getTime()) / 1000);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ["year", 31_536_000],
    ["month", 2_592_000],
    ["week", 604_800],
    ["day", 86_400],
    ["hour", 3_600],
    ["minute", 60],
  ];
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(seconds, "second");
}
