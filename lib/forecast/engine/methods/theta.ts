import { logistic, logit, nelderMead } from "../optimize";
import { SEASON, isSeasonal, seasonalIndices } from "../seasonality";
import { linearFit } from "../stats";
import type { Method } from "../types";

/**
 * The standard Theta method (Assimakopoulos & Nikolopoulos 2000), in Hyndman & Billah's
 * form used by R's forecast::thetaf:
 *   1. if the series is seasonal (seasonality.ts: an F-test of month effects, where the
 *      original uses the lag-12 autocorrelation) and strictly positive, divide by the
 *      classical multiplicative seasonal indices;
 *   2. simple exponential smoothing (α and initial level fitted by least squares);
 *   3. add a drift of half the slope b of the straight line through the (adjusted) series:
 *        ŷ(n+h) = l(n) + b/2 · ((h − 1) + (1 − (1 − α)ⁿ) / α)
 *   4. multiply the seasonal indices back in.
 */

/** SES run from level0 with α: the last level and the sum of squared one-step errors. */
export function sesRun(y: readonly number[], alpha: number, level0: number): { level: number; sse: number } {
  let level = level0;
  let sse = 0;
  for (const value of y) {
    const error = value - level;
    sse += error * error;
    level += alpha * error;
  }
  return { level, sse };
}

const EDGE = 1e-4;
const toAlpha = (u: number) => EDGE + (1 - 2 * EDGE) * logistic(u);

/** α and initial level by least squares, from α = 0.5 and the first value. */
export function fitSes(y: readonly number[]): { alpha: number; level0: number } {
  // the level moves in units of the series, α in logit units: scale the level's step to the data
  const scale = Math.max(...y.map(Math.abs), 1);
  const best = nelderMead((u) => sesRun(y, toAlpha(u[0]!), u[1]! * scale).sse, [logit(0.5), y[0]! / scale]);
  return { alpha: toAlpha(best.point[0]!), level0: best.point[1]! * scale };
}

/** Steps 2–3 with a given α and initial level (no seasonal adjustment). */
export function thetaDrift(y: readonly number[], horizon: number, alpha: number, level0: number): number[] {
  const { level } = sesRun(y, alpha, level0);
  const halfSlope = linearFit(y).slope / 2;
  const start = (1 - (1 - alpha) ** y.length) / alpha;
  const values: number[] = [];
  for (let h = 1; h <= horizon; h++) values.push(level + halfSlope * (h - 1 + start));
  return values;
}

export const theta: Method = {
  name: "theta",
  forecast(history, horizon) {
    const n = history.length;
    const positive = history.every((value) => value > 0);
    const indices = positive && isSeasonal(history) ? seasonalIndices(history, "multiplicative") : null;
    const adjusted = indices ? history.map((value, t) => value / indices[t % SEASON]!) : history;
    const { alpha, level0 } = fitSes(adjusted);
    const values = thetaDrift(adjusted, horizon, alpha, level0);
    if (!indices) return { values, label: "theta" };
    return { values: values.map((value, i) => value * indices[(n + i) % SEASON]!), label: "theta(seasonal)" };
  },
};
