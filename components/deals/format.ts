import type { useFormatter } from "next-intl";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";

type Formatter = Pick<ReturnType<typeof useFormatter>, "dateTime">;

/** A calendar day ("YYYY-MM-DD") in the reader's words, never moved across time zones. */
export function formatDay(format: Formatter, day: string): string {
  return format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
}

/** A deal amount (minor units) in the reader's words. */
export function formatAmount(amountMinor: bigint, currency: string, locale: string): string {
  return formatMoney(amountMinor, currency, locale as Locale);
}
