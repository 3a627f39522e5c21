import { currencyDigits, toDecimalString } from "@/lib/money";
import type { Locale } from "./config";

/**
 * Locale-aware formatting that works the same on server and client. Money is never a
 * float: amounts are integer minor units (cents) and are handed to Intl as exact decimal
 * strings, so 1999 EUR-cents prints "19,99 €" in Spanish without rounding surprises.
 */

type MinorUnits = number | bigint | string;

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

type MoneyOptions = {
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
  return format.format(toDecimalString(toBigInt(amount), currency) as Intl.StringNumericLiteral);
}

/** Plain number with grouping (integers or decimals given as numbers). */
export function formatNumber(value: number | bigint, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, options).format(value);
}

/** A ratio as a percentage: 0.045 → "4.5 %" / "4,5 %". */
export function formatPercent(ratio: number, locale: Locale, maximumFractionDigits = 1): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits }).format(ratio);
}
