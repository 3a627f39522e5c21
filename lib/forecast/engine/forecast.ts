import { adjustForBreak } from "./breaks";
import { type BacktestErrors, backtestErrors, backtestPlan, backtestScore, nonNegative } from "./backtest";
import { combinationWeights, weightedSum } from "./combine";
import { intervalBounds, naiveSpread, spreadFromErrors } from "./intervals";
import { METHODS, croston, naive, sba, seasonalNaive } from "./methods";
import { type SeriesProfile, profileOf } from "./profile";
import { SEASON } from "./seasonality";
import type { Method, MethodName } from "./types";

/**
 * One series' forecast: the candidates suited to its history are backtested on rolling
 * origins (backtest.ts), a combination of the best three is scored the same way
 * (combine.ts), and the lowest score wins — except that the combination is kept unless a
 * single method beats it by more than COMBINATION_MARGIN: the best of several noisy
 * backtest scores flatters its method, and combinations are the safer bet (as the M3 and
 * M4 competitions found). A level shift found in the history (breaks.ts) is taken out
 * first. The winner is refitted on the whole history; its interval comes from its own
 * backtest errors (intervals.ts).
 */
export type ForecastOptions = {
  /** months ahead, 1…MAX_HORIZON */
  horizon: number;
  /** coverage of the prediction interval, 0.5…0.99 (default 0.8) */
  level?: number;
};

export const MAX_HORIZON = 36;
export const DEFAULT_LEVEL = 0.8;
export const COMBINATION_MARGIN = 0.1;

export type BacktestScore = { method: MethodName | "combination"; score: number };

export type SeriesForecast = {
  /** what produced the forecast: "ets(A,Ad,M)", "sba", "combination(theta+ets(A,N,N)+sba)"… */
  method: string;
  /** the methods behind it with their weights (one with weight 1 for a single method) */
  components: { method: string; weight: number }[];
  forecast: number[];
  lower: number[];
  upper: number[];
  /** mean absolute backtest error of every candidate, in candidate order (empty without a backtest) */
  backtest: BacktestScore[];
  profile: SeriesProfile & {
    /** position of the first month after a level shift (0 = the first month of the history), or null */
    breakAt: number | null;
  };
};

/**
 * The methods offered for this history. Where demand is intermittent, Croston and SBA
 * take the place of the naive methods, whose forecast is whichever month happened to come
 * last (or a year before): a zero or a spike.
 */
function candidatesFor(profile: SeriesProfile): Method[] {
  return METHODS.filter((method) => {
    if (method === croston || method === sba) return profile.intermittent;
    if (method === naive) return !profile.intermittent;
    if (method === seasonalNaive) return !profile.intermittent && profile.length >= SEASON;
    return true;
  });
}

function checkInput(history: readonly number[], options: ForecastOptions): number {
  const { horizon, level = DEFAULT_LEVEL } = options;
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > MAX_HORIZON)
    throw new RangeError(`horizon must be a whole number from 1 to ${MAX_HORIZON}, got ${horizon}`);
  if (!(level >= 0.5 && level <= 0.99)) throw new RangeError(`level must be from 0.5 to 0.99, got ${level}`);
  if (!history.length) throw new RangeError("a forecast needs at least one month of history");
  if (!history.every((value) => Number.isFinite(value) && value >= 0))
    throw new RangeError("history values must be finite and not negative");
  return level;
}

function single(method: Method, history: readonly number[], horizon: number) {
  const result = method.forecast(history, horizon);
  return { label: result.label, values: result.values.map((value) => Math.max(0, value)) };
}

export function forecastSeries(history: readonly number[], options: ForecastOptions): SeriesForecast {
  const level = checkInput(history, options);
  const { horizon } = options;
  const observed = profileOf(history);
  const { adjusted, shift } = observed.intermittent ? { adjusted: history, shift: null } : adjustForBreak(history);
  const profile = { ...observed, breakAt: shift?.at ?? null };
  const plan = profile.allZero ? null : backtestPlan(history.length, horizon);

  if (!plan) {
    // Nothing to compare methods on (no demand at all, or under four months): the last
    // month carries forward, with the spread of the month-to-month changes seen so far.
    const { values, label } = single(naive, history, horizon);
    const bounds = intervalBounds(values, naiveSpread(history), level);
    return {
      method: label,
      components: [{ method: label, weight: 1 }],
      forecast: values,
      ...bounds,
      backtest: [],
      profile,
    };
  }

  const candidates = candidatesFor(profile);
  const errors: BacktestErrors[] = candidates.map((method) =>
    backtestErrors(adjusted, plan, (train, steps) => nonNegative(method, train, steps)),
  );
  const scores = errors.map(backtestScore);
  const weights = combinationWeights(scores.map((score, index) => ({ index, score })));

  let chosen: { index: number; weight: number }[] = [{ index: scores.indexOf(Math.min(...scores)), weight: 1 }];
  let chosenErrors = errors[chosen[0]!.index]!;
  const backtest: BacktestScore[] = candidates.map((method, i) => ({ method: method.name, score: scores[i]! }));
  if (weights) {
    const combinedErrors = errors[0]!.map((_, origin) =>
      weightedSum(
        weights.map(({ index }) => errors[index]![origin]!),
        weights.map(({ weight }) => weight),
      ),
    );
    const combinedScore = backtestScore(combinedErrors);
    backtest.push({ method: "combination", score: combinedScore });
    if (combinedScore * (1 - COMBINATION_MARGIN) < scores[chosen[0]!.index]!) {
      chosen = weights;
      chosenErrors = combinedErrors;
    }
  }

  const parts = chosen.map(({ index, weight }) => ({ ...single(candidates[index]!, adjusted, horizon), weight }));
  const forecast = weightedSum(
    parts.map((part) => part.values),
    parts.map((part) => part.weight),
  );
  const method = parts.length === 1 ? parts[0]!.label : `combination(${parts.map((part) => part.label).join("+")})`;
  const bounds = intervalBounds(forecast, spreadFromErrors(chosenErrors), level);
  return {
    method,
    components: parts.map(({ label, weight }) => ({ method: label, weight })),
    forecast,
    ...bounds,
    backtest,
    profile,
  };
}
