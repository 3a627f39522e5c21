import { isSeasonal } from "./seasonality";

/**
 * What the engine noticed about a history, reported with every forecast so a reader can
 * see why a method was offered. Intermittent follows Syntetos & Boylan's cut-off: an
 * average inter-demand interval (months per month with demand) of 1.32 or more.
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
  return {
    length: history.length,
    demandMonths,
    allZero: demandMonths === 0,
    intermittent: demandMonths >= 2 && history.length / demandMonths >= INTERMITTENT_INTERVAL,
    seasonal: isSeasonal(history),
  };
}
