/**
 * Calendar days of activities (occurredOn, dueOn, remindOn) are dates without a time:
 * "YYYY-MM-DD", stored as PostgreSQL `date` (a Date at UTC midnight in JavaScript). What
 * "today" is depends on the tenant's time zone, so a task due on the 3rd is overdue from
 * the 4th where the vendor works, not in UTC.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

// one formatter per time zone: making an Intl.DateTimeFormat costs far more than using one
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in `timeZone` ("2026-12-01"). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })));
  const parts = format.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** A "YYYY-MM-DD" day as the Date Prisma stores in a `date` column. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** A `date` column's value back as "YYYY-MM-DD". */
export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `day` moved by `days` (negative = earlier). */
export function addDays(day: string, days: number): string {
  return dateToDay(new Date(dayToDate(day).getTime() + days * DAY_MS));
}

/** Whether "YYYY-MM-DD" names a real calendar day (2026-02-30 does not). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = dayToDate(value);
  return !Number.isNaN(date.getTime()) && dateToDay(date) === value;
}
