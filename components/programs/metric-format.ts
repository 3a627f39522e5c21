import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { METRIC_UNIT, type ProgramMetricValue } from "@/lib/programs/metric-names";

/** A metric's value (decimal string: minor units for revenue) in the reader's language. */
export function metricValue(metric: ProgramMetricValue, value: string, currency: string, locale: string): string {
  const lang = (locale === "es" ? "es" : "en") as Locale;
  return METRIC_UNIT[metric] === "money" ? formatMoney(BigInt(value), currency, lang) : formatNumber(BigInt(value), lang);
}
