import { isSeasonal } from "./seasonality";

/**
 * What the engine noticed about a history, reported with every forecast so a reader can
 * see why a method was offered. Intermittent follows Syntetos & Boylan's cut-off: an
 * average interval between successive months with demand of 1.32 months or more. Zeros
 * before the first demand or after the last do not count: a product launched late or
 * discontinued is a break in level, not intermittent demand.
 */
export type SeriesProfile = {
  length: number;
  /** months with demand (value > 0) */
  demandMonths: number;
  allZero: boolean;
  intermittent: boolean;
  seasonal: boolean;
};

export const INTERMITTENT_INTERVAL = 1.32;

export function profileOf(history: readonly number[]): SeriesProfile {
  const demandMonths = history.filter((value) => value > 0).length;
  const first = history.findIndex((value) => value > 0);
  const last = history.findLastIndex((value) => value > 0);
  return {
    length: history.length,
    demandMonths,
    allZero: demandMonths === 0,
    intermittent: demandMonths >= 2 && (last - first) / (demandMonths - 1) >= INTERMITTENT_INTERVAL,
    seasonal: isSeasonal(history),
  };
}
