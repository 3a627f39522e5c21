import type { Method } from "./types";

/**
 * Rolling-origin evaluation. The history is cut at several origins near its end; at each
 * origin every candidate forecasts from the months before it and is compared with the
 * months after it, up to the backtest horizon (the requested horizon, at most a third of
 * the history). Four origins are spread over the last months — as many months as the
 * backtest horizon, and at least four, so a one-month horizon is still judged on four
 * forecasts — keeping at least three months to learn from. With 36 months and a 12-month
 * horizon: origins after 24, 27, 30 and 33 months, compared on 12, 9, 6 and 3 months.
 */
export type BacktestPlan = { horizon: number; origins: number[] };

/** Below this many months there is nothing to learn from a backtest. */
export const MIN_BACKTEST_LENGTH = 4;
const MIN_TRAINING = 3;
const ORIGINS = 4;

export function backtestPlan(length: number, horizon: number): BacktestPlan | null {
  if (length < MIN_BACKTEST_LENGTH) return null;
  const steps = Math.min(horizon, Math.max(1, Math.floor(length / 3)));
  const span = Math.min(Math.max(steps, ORIGINS), length - MIN_TRAINING);
  const count = Math.min(ORIGINS, span);
  const spacing = Math.max(1, Math.floor(span / count));
  const origins: number[] = [];
  for (let k = 0; k < count; k++) origins.push(length - span + k * spacing);
  return { horizon: steps, origins };
}

/** Errors (actual − forecast) per origin, per step ahead. */
export type BacktestErrors = number[][];

export function backtestErrors(
  history: readonly number[],
  plan: BacktestPlan,
  forecast: (train: readonly number[], horizon: number) => number[],
): BacktestErrors {
  return plan.origins.map((origin) => {
    const steps = Math.min(plan.horizon, history.length - origin);
    const predicted = forecast(history.slice(0, origin), steps);
    return predicted.map((value, i) => history[origin + i]! - value);
  });
}

/**
 * The score that ranks candidates: the mean absolute error at each step ahead (over the
 * origins that reach it), averaged over the steps — so the long horizons, which only the
 * earliest origin reaches, count as much as the short ones.
 */
export function backtestScore(errors: BacktestErrors): number {
  const totals: number[] = [];
  const counts: number[] = [];
  for (const row of errors)
    row.forEach((error, h) => {
      totals[h] = (totals[h] ?? 0) + Math.abs(error);
      counts[h] = (counts[h] ?? 0) + 1;
    });
  if (!totals.length) return 0;
  let score = 0;
  for (let h = 0; h < totals.length; h++) score += totals[h]! / counts[h]!;
  return score / totals.length;
}

/** A method's forecast, never negative (demand is not), as the backtest and the output use it. */
export function nonNegative(method: Method, train: readonly number[], horizon: number): number[] {
  return method.forecast(train, horizon).values.map((value) => Math.max(0, value));
}
