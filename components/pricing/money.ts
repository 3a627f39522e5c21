import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";

/** Minor units (bigint or a minor-unit string from a stored finding) in the reader's language. */
export function money(amount: bigint | string, currency: string, locale: string): string {
  return formatMoney(amount, currency, locale as Locale);
}

/** A percentage adjustment as people read it: "−12.5 %", "+7.5 %". */
export function signedPercent(text: string, locale: string): string {
  const value = Number(text);
  return new Intl.NumberFormat(locale, { signDisplay: "exceptZero", maximumFractionDigits: 4 }).format(value) + "\u00a0%";
}
