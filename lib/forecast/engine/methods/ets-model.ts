import { SEASON } from "../seasonality";

/**
 * Exponential smoothing in state-space (error-correction) form with additive errors —
 * ETS(A,N|Ad,N|A|M) in Hyndman et al.'s taxonomy. States: level l, trend b (damped by φ),
 * and one seasonal state per calendar position (index t % 12). One step:
 *
 *   base = l + φ·b
 *   none:           ŷ = base;        l = base + α·e;       b = φ·b + β·e
 *   additive:       ŷ = base + s;    l = base + α·e;       b = φ·b + β·e;       s += γ·e
 *   multiplicative: ŷ = base · s;    l = base + α·e / s;   b = φ·b + β·e / s;   s += γ·e / base
 *
 * where e = y − ŷ. The h-step forecast is l + (φ + φ² + … + φʰ)·b, plus or times the
 * seasonal state of that calendar position.
 */
export type EtsSpec = { trend: boolean; season: "none" | "additive" | "multiplicative" };
export type EtsParams = { alpha: number; beta: number; gamma: number; phi: number };
export type EtsState = { level: number; trend: number; season: number[] };

/** Runs the recursion over y from `initial`; null when a multiplicative model leaves its domain. */
export function etsRun(
  y: readonly number[],
  spec: EtsSpec,
  params: EtsParams,
  initial: EtsState,
): { sse: number; state: EtsState } | null {
  const { alpha, beta, gamma } = params;
  const phi = spec.trend ? params.phi : 0;
  let level = initial.level;
  let trend = spec.trend ? initial.trend : 0;
  const season = initial.season.slice();
  let sse = 0;
  for (let t = 0; t < y.length; t++) {
    const base = level + phi * trend;
    const position = t % SEASON;
    let error: number;
    if (spec.season === "multiplicative") {
      const s = season[position]!;
      if (!(base > 0) || !(s > 0)) return null;
      error = y[t]! - base * s;
      level = base + (alpha * error) / s;
      trend = phi * trend + (beta * error) / s;
      season[position] = s + (gamma * error) / base;
    } else {
      const s = spec.season === "additive" ? season[position]! : 0;
      error = y[t]! - base - s;
      level = base + alpha * error;
      trend = phi * trend + beta * error;
      if (spec.season === "additive") season[position] = s + gamma * error;
    }
    sse += error * error;
  }
  return Number.isFinite(sse) ? { sse, state: { level, trend, season } } : null;
}

/** Forecasts h = 1…horizon after `n` observations ended in `state`. */
export function etsForecast(state: EtsState, spec: EtsSpec, phi: number, n: number, horizon: number): number[] {
  const values: number[] = [];
  let damped = 0;
  let power = 1;
  for (let h = 1; h <= horizon; h++) {
    if (spec.trend) {
      power *= phi;
      damped += power;
    }
    const base = state.level + damped * state.trend;
    const s = state.season[(n - 1 + h) % SEASON]!;
    values.push(spec.season === "multiplicative" ? base * s : spec.season === "additive" ? base + s : base);
  }
  return values;
}
