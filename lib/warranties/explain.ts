import type { Coverage } from "./coverage";

/**
 * The coverage in words, in the reader's language, from the stored facts ("Gold VAR policy,
 * 36 months from registration on Mar 2, 2026. Covered until Mar 1, 2029 (the last day
 * included)."). Nothing rendered is ever stored: a Spanish reader and an English one see
 * the same coverage each in their own words. `t` is the `warranties.coverage` translator.
 */

export type CoverageTranslate = (key: string, values?: Record<string, string | number>) => string;

export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${day}T00:00:00.000Z`));
}

export function explainCoverage(t: CoverageTranslate, locale: string, coverage: Coverage): string {
  const { policy } = coverage;
  if (!policy) return t("noPolicy");
  const day = (value: string | null) => (value ? formatDay(value, locale) : "");
  const base = {
    policy: policy.name,
    custom: policy.partnerName ? "yes" : "no",
    partner: policy.partnerName ?? "",
    months: policy.months,
    extension: coverage.extensionMonths,
    latest: policy.latestStartMonths ?? 0,
  };
  const parts: string[] = [];
  if (coverage.startOn === null) {
    parts.push(t("awaiting", { ...base, rule: policy.startRule }));
  } else {
    parts.push(t("terms", { ...base, basis: coverage.startBasis ?? "SHIPMENT", start: day(coverage.startOn) }));
    if (coverage.status === "COVERED") parts.push(t("until", { lastDay: day(coverage.lastDay) }));
    else if (coverage.status === "EXPIRED") parts.push(t("expired", { lastDay: day(coverage.lastDay) }));
    else parts.push(t("notStarted", { start: day(coverage.startOn), lastDay: day(coverage.lastDay) }));
  }
  if (coverage.continuesSerial) parts.push(t("continues", { serial: coverage.continuesSerial }));
  return parts.join(" ");
}
