import { todayIn } from "@/lib/activities/dates";
import type { Period } from "@/lib/forecast/engine/period";

/** The current month in the tenant's time zone ("2026-12"): the first month a run forecasts. */
export function currentPeriod(timeZone: string, now: Date = new Date()): Period {
  return todayIn(timeZone, now).slice(0, 7);
}
