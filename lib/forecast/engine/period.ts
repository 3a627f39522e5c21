/**
 * Monthly periods written `YYYY-MM`. Internally a period is a month index
 * (year × 12 + month − 1), so "how many months apart" and "the next month" are plain
 * integer arithmetic with no time zones or day-of-month edge cases involved.
 */
export type Period = string;

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "2024-03" → 24290; null for anything that is not a month written YYYY-MM. */
export function periodIndex(period: string): number | null {
  const match = PERIOD.exec(period);
  if (!match) return null;
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/** 24290 → "2024-03". */
export function periodOf(index: number): Period {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

/** "2024-11" + 3 → "2025-02". The period must be valid. */
export function addMonths(period: Period, months: number): Period {
  const index = periodIndex(period);
  if (index === null) throw new RangeError(`Not a YYYY-MM period: ${period}`);
  return periodOf(index + months);
}
