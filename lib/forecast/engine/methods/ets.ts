import { logistic, logit, nelderMead } from "../optimize";
import { SEASON, isSeasonal, seasonalIndices } from "../seasonality";
import { linearFit, mean } from "../stats";
import type { Method } from "../types";
import { type EtsParams, type EtsSpec, type EtsState, etsForecast, etsRun } from "./ets-model";

/**
 * Exponential smoothing with an optional damped trend and additive or multiplicative
 * seasonality. Every admissible form is fitted and the one with the lowest AICc is used
 * (as R's forecast::ets does):
 *   - trend: none or damped (an undamped trend extrapolated a year or more overshoots);
 *   - seasonality: additive or multiplicative (only for strictly positive series) when the
 *     seasonality test finds a yearly pattern (seasonality.ts), none otherwise. The AICc
 *     alone would rarely admit twelve seasonal states on two or three years of data.
 * Initial states follow Hyndman et al.'s heuristic (classical decomposition for the
 * seasonal states, a straight line through the first deseasonalised months for level and
 * trend); the smoothing parameters are fitted by least squares with Nelder–Mead from a
 * fixed start, inside the usual region 0 < α < 1, 0 < β < α, 0 < γ < 1 − α, 0.8 ≤ φ ≤ 0.98.
 * The AICc counts the smoothing parameters and the initial states.
 */

type Fit = { spec: EtsSpec; params: EtsParams; state: EtsState; aicc: number };

const START = { alpha: 0.3, betaShare: 0.1, gammaShare: 0.1, phi: 0.9 };
const PHI_MIN = 0.8;
const PHI_RANGE = 0.18;
/** keeps α strictly inside (0, 1): at the edges the recursion stops learning or forgets everything */
const EDGE = 1e-4;

function initialState(y: readonly number[], spec: EtsSpec): EtsState | null {
  let adjusted = y;
  let season = new Array<number>(SEASON).fill(spec.season === "multiplicative" ? 1 : 0);
  if (spec.season !== "none") {
    const indices = seasonalIndices(y, spec.season);
    if (!indices) return null;
    season = indices;
    adjusted = y.map((value, t) =>
      spec.season === "multiplicative" ? value / indices[t % SEASON]! : value - indices[t % SEASON]!,
    );
  }
  const head = adjusted.slice(0, Math.min(spec.season === "none" ? 10 : 2 * SEASON, adjusted.length));
  if (!spec.trend) return { level: mean(head), trend: 0, season };
  const line = linearFit(head);
  // the states just before the first month, whose one-step forecast is the line at t = 0
  return { level: line.intercept - line.slope, trend: line.slope, season };
}

function toParams(u: readonly number[], spec: EtsSpec): EtsParams {
  const alpha = EDGE + (1 - 2 * EDGE) * logistic(u[0]!);
  let next = 1;
  let beta = 0;
  let phi = 1;
  let gamma = 0;
  if (spec.trend) {
    beta = alpha * logistic(u[next++]!);
    phi = PHI_MIN + PHI_RANGE * logistic(u[next++]!);
  }
  if (spec.season !== "none") gamma = (1 - alpha) * logistic(u[next]!);
  return { alpha, beta, gamma, phi };
}

function startPoint(spec: EtsSpec): number[] {
  const point = [logit((START.alpha - EDGE) / (1 - 2 * EDGE))];
  if (spec.trend) point.push(logit(START.betaShare), logit((START.phi - PHI_MIN) / PHI_RANGE));
  if (spec.season !== "none") point.push(logit(START.gammaShare));
  return point;
}

function aicc(sse: number, n: number, k: number): number {
  if (n - k - 1 <= 0) return Number.POSITIVE_INFINITY;
  // a perfect fit (constant series) compares by its penalty alone
  return n * Math.log(Math.max(sse / n, 1e-300)) + 2 * k + (2 * k * (k + 1)) / (n - k - 1);
}

export function fitEts(y: readonly number[], spec: EtsSpec): Fit | null {
  const initial = initialState(y, spec);
  if (!initial) return null;
  const objective = (u: readonly number[]) =>
    etsRun(y, spec, toParams(u, spec), initial)?.sse ?? Number.POSITIVE_INFINITY;
  const best = nelderMead(objective, startPoint(spec));
  if (!Number.isFinite(best.value)) return null;
  const params = toParams(best.point, spec);
  const run = etsRun(y, spec, params, initial)!;
  const smoothing = best.point.length;
  const states = 1 + (spec.trend ? 1 : 0) + (spec.season !== "none" ? SEASON - 1 : 0);
  return { spec, params, state: run.state, aicc: aicc(run.sse, y.length, smoothing + states) };
}

/** The forms worth fitting to this history, simplest first (ties in AICc keep the simpler). */
export function etsCandidates(y: readonly number[]): EtsSpec[] {
  const seasons: EtsSpec["season"][] = ["none"];
  if (isSeasonal(y))
    seasons.splice(0, 1, "additive", ...(y.every((value) => value > 0) ? ["multiplicative" as const] : []));
  const specs: EtsSpec[] = [];
  for (const season of seasons) for (const trend of [false, true]) specs.push({ trend, season });
  return specs;
}

export function label(spec: EtsSpec): string {
  const season = { none: "N", additive: "A", multiplicative: "M" }[spec.season];
  return `ets(A${spec.trend ? "Ad" : "N"}${season})`;
}

export const ets: Method = {
  name: "ets",
  forecast(history, horizon) {
    let best: Fit | null = null;
    for (const spec of etsCandidates(history)) {
      const fit = fitEts(history, spec);
      if (fit && (!best || fit.aicc < best.aicc)) best = fit;
    }
    // A single month (or a fit that failed everywhere) has nothing to smooth: repeat it.
    if (!best) return { values: new Array<number>(horizon).fill(history[history.length - 1]!), label: "ets(ANN)" };
    return {
      values: etsForecast(best.state, best.spec, best.params.phi, history.length, horizon),
      label: label(best.spec),
    };
  },
};
