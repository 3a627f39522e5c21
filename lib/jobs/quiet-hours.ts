/** A user's SMS quiet hours: minutes after local midnight in their time zone. */
export type QuietHours = { timeZone: string; start: number | null; end: number | null };

const MINUTES_PER_DAY = 24 * 60;

/** Minutes (with fractions) since local midnight in `timeZone`; UTC for an unknown zone. */
function localMinutes(now: Date, timeZone: string): number {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
  } catch {
    // A zone this runtime does not know must not block delivery for good.
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: "UTC",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
  }
  const part = (type: string) => Number(format.formatToParts(now).find((p) => p.type === type)?.value ?? 0);
  return part("hour") * 60 + part("minute") + (part("second") + now.getUTCMilliseconds() / 1000) / 60;
}

/**
 * When `now` falls in the quiet hours, the instant they end; otherwise null. A start
 * after the end spans midnight (22:00–07:00); equal start and end means none. The end is
 * computed as "local end minus local now" added to now, which is off by the DST shift
 * on the one night a year the clocks change inside the window — acceptable for a
 * courtesy delay.
 */
export function quietHoursEnd(now: Date, quiet: QuietHours): Date | null {
  const { start, end } = quiet;
  if (start === null || end === null || start === end) return null;
  const minutes = localMinutes(now, quiet.timeZone);
  const inside = start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
  if (!inside) return null;
  const untilEnd = (((end - minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return new Date(now.getTime() + Math.ceil(untilEnd * 60_000));
}
