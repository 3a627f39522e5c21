import { DEFAULT_LEVEL, forecastSeries } from "@/lib/forecast/engine/forecast";
import type { ForecastMeasure } from "@/lib/generated/prisma/enums";
import type { SeriesExplanation } from "./types";

/**
 * The statistical perspective of one series (pure, deterministic): the engine's forecast
 * with its interval, and the explanation kept with the snapshot — the method chosen, why,
 * every candidate's backtest score and the chosen one's backtest error. Revenue is
 * rounded to whole minor units (half away from zero), units to 4 decimals; values are
 * decimal strings, as the snapshot stores them.
 */
export type StatisticalResult = {
  method: string;
  explanation: SeriesExplanation;
  points: { value: string; lower: string; upper: string }[];
};

const DIGITS: Record<ForecastMeasure, number> = { REVENUE: 0, UNITS: 4 };

/** A non-negative number as a decimal string with `digits` decimals ("12.5000", "1250"). */
export function decimalText(value: number, digits: number): string {
  const factor = 10 ** digits;
  const rounded = Math.round(Math.max(0, value) * factor) / factor;
  return rounded.toFixed(digits);
}

export function statisticalForecast(history: readonly bigint[], measure: ForecastMeasure, horizon: number): StatisticalResult {
  const values = history.map((v) => Number(v));
  const allZero = values.every((v) => v === 0);
  const result = forecastSeries(values.length > 0 ? values : [0], { horizon, level: DEFAULT_LEVEL });
  const chosen = result.method.startsWith("combination") ? "combination" : result.method;
  const score = result.backtest.find((b) => chosen === b.method || chosen.startsWith(`${b.method}(`))?.score ?? null;
  const reason: SeriesExplanation["reason"] = allZero
    ? "noHistory"
    : result.backtest.length === 0
      ? "shortHistory"
      : chosen === "combination"
        ? "combination"
        : "backtest";
  const digits = DIGITS[measure];
  return {
    method: result.method,
    explanation: {
      method: result.method,
      components: result.components,
      backtest: result.backtest,
      reason,
      backtestError: score,
      intermittent: result.profile.intermittent,
      seasonal: result.profile.seasonal,
      breakAt: result.profile.breakAt,
    },
    points: result.forecast.map((value, i) => ({
      value: decimalText(value, digits),
      lower: decimalText(result.lower[i]!, digits),
      upper: decimalText(result.upper[i]!, digits),
    })),
  };
}
