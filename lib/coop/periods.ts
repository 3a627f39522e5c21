import { addDays } from "@/lib/activities/dates";

/**
 * A fund's period: the calendar quarter or year holding a day (days are "YYYY-MM-DD" in
 * the tenant's time zone), and the day the fund expires — the first day after its grace.
 * Client-safe and pure: the portal and the jobs compute the same dates.
 */

export type PeriodKind = "QUARTER" | "YEAR";

export function periodOf(day: string, kind: PeriodKind): { start: string; end: string } {
  const year = Number(day.slice(0, 4));
  if (kind === "YEAR") return { start: `${year}-01-01`, end: `${year}-12-31` };
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  const startMonth = quarter * 3 + 1;
  const start = `${year}-${String(startMonth).padStart(2, "0")}-01`;
  const nextStart = quarter === 3 ? `${year + 1}-01-01` : `${year}-${String(startMonth + 3).padStart(2, "0")}-01`;
  return { start, end: addDays(nextStart, -1) };
}

/** The first day the fund is expired: the period's last day, then `graceDays` more. */
export function expiresOnFor(periodEnd: string, graceDays: number): string {
  return addDays(periodEnd, graceDays + 1);
}

/** A claim for an activity is due `claimDays` after it ends, and never once the fund expired. */
export function claimDeadlineFor(endsOn: string, claimDays: number, fundExpiresOn: string): string {
  const due = addDays(endsOn, claimDays);
  const lastFundDay = addDays(fundExpiresOn, -1);
  return due < lastFundDay ? due : lastFundDay;
}

/** Whole days from `from` to `to` (both "YYYY-MM-DD"). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
