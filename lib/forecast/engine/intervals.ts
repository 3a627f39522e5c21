import { normalQuantile } from "./stats";
import type { BacktestErrors } from "./backtest";

/**
 * Prediction intervals from the chosen forecast's own backtest errors, so they measure how
 * wrong this series' forecasts have actually been rather than what a model assumes. The
 * errors are taken as normal with mean zero and a spread growing as a power of the step
 * ahead, σ(h) = s · h^β. β is chosen from {0, ¼, ½, ¾, 1} (flat, through the random walk's
 * √h, to a linear growth like a missed trend) by maximum likelihood, s by its estimate for
 * that β; the power law carries the spread beyond the backtest horizon. Without a
 * backtest (fewer than four months) the naive method's: the spread of the month-to-month
 * changes, growing as √h. A perfectly predictable history gets a zero-width interval.
 */

const POWERS = [0, 0.25, 0.5, 0.75, 1];

export type Spread = { scale: number; power: number };

export function spreadFromErrors(errors: BacktestErrors): Spread {
  const points: { h: number; squared: number }[] = [];
  for (const row of errors) row.forEach((error, i) => points.push({ h: i + 1, squared: error * error }));
  if (!points.length) return { scale: 0, power: 0 };
  let best: Spread & { likelihood: number } = { scale: 0, power: 0, likelihood: Number.NEGATIVE_INFINITY };
  for (const power of POWERS) {
    let variance = 0;
    let logSteps = 0;
    for (const { h, squared } of points) {
      variance += squared / h ** (2 * power);
      logSteps += Math.log(h);
    }
    variance /= points.length;
    if (variance === 0) return { scale: 0, power: 0 };
    const likelihood = (-points.length / 2) * Math.log(variance) - power * logSteps;
    if (likelihood > best.likelihood) best = { scale: Math.sqrt(variance), power, likelihood };
  }
  return { scale: best.scale, power: best.power };
}

/** For histories too short to backtest: month-to-month changes, growing as √h. */
export function naiveSpread(history: readonly number[]): Spread {
  if (history.length < 2) return { scale: 0, power: 0 };
  let squares = 0;
  for (let t = 1; t < history.length; t++) squares += (history[t]! - history[t - 1]!) ** 2;
  return { scale: Math.sqrt(squares / (history.length - 1)), power: 0.5 };
}

/** Lower and upper bounds at `level` (0.8 = 80 %), never below zero. */
export function intervalBounds(forecast: readonly number[], spread: Spread, level: number) {
  const z = normalQuantile(0.5 + level / 2);
  const lower: number[] = [];
  const upper: number[] = [];
  forecast.forEach((value, i) => {
    const half = z * spread.scale * (i + 1) ** spread.power;
    lower.push(Math.max(0, value - half));
    upper.push(value + half);
  });
  return { lower, upper };
}
