import { SEASON } from "./seasonality";

/**
 * Accuracy of forecasts against actuals:
 *   - MASE: mean absolute error divided by the in-sample MAE of the seasonal naive method
 *     (lag 12) over the history the forecast was made from — or of the naive method (lag 1)
 *     when the history is shorter than two years or the seasonal naive fitted it perfectly.
 *     Below 1: better than those one-step in-sample forecasts. Comparable across series.
 *   - WAPE: Σ|forecast − actual| / Σ|actual| (a share; 0.12 = 12 %).
 *   - bias: Σ(forecast − actual) / Σ|actual|; positive = forecasts too high.
 * A measure that cannot be computed (no scale, no actual volume) is null, never NaN.
 */

export type Accuracy = { count: number; mase: number | null; wape: number | null; bias: number | null };

/** One forecast month compared with its actual; `scale` from maseScale of its history. */
export type ErrorPoint = { actual: number; forecast: number; horizon: number; scale: number | null };

function laggedMae(history: readonly number[], lag: number): number | null {
  if (history.length <= lag) return null;
  let total = 0;
  for (let t = lag; t < history.length; t++) total += Math.abs(history[t]! - history[t - lag]!);
  return total / (history.length - lag);
}

/** The MASE denominator for forecasts made from `history` (null: the history is constant or too short). */
export function maseScale(history: readonly number[], season = SEASON): number | null {
  const seasonal = history.length >= 2 * season ? laggedMae(history, season) : null;
  if (seasonal) return seasonal;
  const naive = laggedMae(history, 1);
  return naive ? naive : null;
}

export function accuracy(points: readonly ErrorPoint[]): Accuracy {
  let scaled = 0;
  let scaledCount = 0;
  let absolute = 0;
  let signed = 0;
  let volume = 0;
  for (const { actual, forecast, scale } of points) {
    const error = forecast - actual;
    absolute += Math.abs(error);
    signed += error;
    volume += Math.abs(actual);
    if (scale) {
      scaled += Math.abs(error) / scale;
      scaledCount++;
    }
  }
  return {
    count: points.length,
    mase: scaledCount ? scaled / scaledCount : null,
    wape: volume ? absolute / volume : null,
    bias: volume ? signed / volume : null,
  };
}

/** Accuracy per horizon (1 = the month after the forecast was made), in horizon order. */
export function accuracyByHorizon(points: readonly ErrorPoint[]): { horizon: number; accuracy: Accuracy }[] {
  const groups = new Map<number, ErrorPoint[]>();
  for (const point of points) {
    const group = groups.get(point.horizon);
    if (group) group.push(point);
    else groups.set(point.horizon, [point]);
  }
  return [...groups].sort(([a], [b]) => a - b).map(([horizon, group]) => ({ horizon, accuracy: accuracy(group) }));
}

/** The error points of one forecast (h = 1…) made from `history`, against the actuals that followed. */
export function errorPoints(
  history: readonly number[],
  forecast: readonly number[],
  actuals: readonly number[],
): ErrorPoint[] {
  const scale = maseScale(history);
  const count = Math.min(forecast.length, actuals.length);
  const points: ErrorPoint[] = [];
  for (let i = 0; i < count; i++) points.push({ actual: actuals[i]!, forecast: forecast[i]!, horizon: i + 1, scale });
  return points;
}
