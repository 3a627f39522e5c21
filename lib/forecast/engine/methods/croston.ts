import type { Method, PointForecast } from "../types";

/** Croston's classical smoothing constant, used for both demand sizes and intervals. */
export const CROSTON_ALPHA = 0.1;

/**
 * Croston's method for intermittent demand: simple exponential smoothing of the non-zero
 * demand sizes (z) and, separately, of the intervals between them (p), both updated only
 * in months with demand; the forecast is the demand rate z / p for every future month.
 * Initialised with the first demand and the months up to it (its position + 1).
 * SBA (Syntetos–Boylan approximation) multiplies by (1 − α/2), removing Croston's known
 * upward bias. A history without demand forecasts 0.
 */
export function crostonRate(history: readonly number[], alpha = CROSTON_ALPHA): number {
  let size = 0;
  let interval = 0;
  let last = -1;
  for (let t = 0; t < history.length; t++) {
    const y = history[t]!;
    if (y <= 0) continue;
    if (last < 0) {
      size = y;
      interval = t + 1;
    } else {
      size += alpha * (y - size);
      interval += alpha * (t - last - interval);
    }
    last = t;
  }
  return last < 0 ? 0 : size / interval;
}

function constant(value: number, horizon: number, label: string): PointForecast {
  return { values: new Array<number>(horizon).fill(value), label };
}

export const croston: Method = {
  name: "croston",
  forecast: (history, horizon) => constant(crostonRate(history), horizon, "croston"),
};

export const sba: Method = {
  name: "sba",
  forecast: (history, horizon) => constant((1 - CROSTON_ALPHA / 2) * crostonRate(history), horizon, "sba"),
};
