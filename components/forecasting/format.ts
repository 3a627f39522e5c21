import type { Locale } from "@/lib/i18n/config";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import { currencyDigits } from "@/lib/money";

/** A series value in the reader's words: revenue (minor units, rounded) with its currency, or units. */
export function valueFormatter(measure: "REVENUE" | "UNITS", currency: string, locale: string): (value: number | null) => string {
  return (value) => {
    if (value === null || !Number.isFinite(value)) return "—";
    return measure === "REVENUE" ? formatMoney(BigInt(Math.round(value)), currency, locale as Locale) : formatNumber(value, locale as Locale, { maximumFractionDigits: 1 });
  };
}

/** What divides a series' values for the chart (minor units → major units). */
export const chartScale = (measure: "REVENUE" | "UNITS", currency: string) => (measure === "REVENUE" ? 10 ** currencyDigits(currency) : 1);

/** A ratio as a percentage ("−12.5 %"), or a dash when it could not be computed. */
export function percent(value: number | null, locale: string, signed = false): string {
  if (value === null || !Number.isFinite(value)) return "—";
  return formatNumber(value, locale as Locale, { style: "percent", maximumFractionDigits: 1, ...(signed ? { signDisplay: "exceptZero" } : {}) });
}

/** A plain figure with up to `digits` decimals (MASE), or a dash. */
export function decimal(value: number | null, locale: string, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return "—";
  return formatNumber(value, locale as Locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
