import { fTestPValue, linearFit, mean } from "./stats";

/** Months in a year: the only season length the engine handles (monthly periods). */
export const SEASON = 12;

/** Significance level of the seasonality test. */
export const SEASONALITY_P = 0.01;

/**
 * Does the history have a yearly pattern? An F-test of calendar-month effects: a straight
 * line is fitted first (so a trend is not mistaken for a season), then the months'
 * mean residuals must explain significantly more than chance would (1 % level, 11 and
 * n − 13 degrees of freedom). Needs two full years. (The autocorrelation test of the
 * original Theta method cannot fire on three years of data: r(12) shrinks by the share of
 * pairs it loses, to at most 2/3, below its own threshold for any strongly seasonal series.)
 */
export function isSeasonal(y: readonly number[]): boolean {
  const n = y.length;
  if (n < 2 * SEASON) return false;
  const { intercept, slope } = linearFit(y);
  const sums = new Array<number>(SEASON).fill(0);
  const counts = new Array<number>(SEASON).fill(0);
  let total = 0;
  for (let t = 0; t < n; t++) {
    const residual = y[t]! - intercept - slope * t;
    sums[t % SEASON]! += residual;
    counts[t % SEASON]! += 1;
    total += residual * residual;
  }
  let between = 0;
  for (let j = 0; j < SEASON; j++) between += sums[j]! ** 2 / counts[j]!;
  const within = Math.max(0, total - between);
  if (between <= 1e-12 * (total + 1)) return false;
  if (within === 0) return true;
  const d1 = SEASON - 1;
  const d2 = n - SEASON - 1;
  return fTestPValue(between / d1 / (within / d2), d1, d2) < SEASONALITY_P;
}

/**
 * Classical decomposition's seasonal figure: a centred 2×12 moving average as the trend,
 * the ratios (multiplicative) or differences (additive) of each month to it, averaged per
 * calendar position and normalised (mean 1, or mean 0). `index[t % 12]` applies to the
 * observation at position t. The moving average leaves out six months at each end; there
 * the trend is the straight line through the moving average, so every month of a short
 * history counts (three years give three estimates of each month, not two). Null when it
 * cannot be computed: fewer than two years, or a multiplicative figure over a trend that
 * is not positive.
 */
export function seasonalIndices(y: readonly number[], kind: "multiplicative" | "additive"): number[] | null {
  const n = y.length;
  const half = SEASON / 2;
  if (n < 2 * SEASON) return null;
  const smooth: number[] = [];
  for (let t = half; t < n - half; t++) {
    let trend = (y[t - half]! + y[t + half]!) / 2;
    for (let k = t - half + 1; k < t + half; k++) trend += y[k]!;
    smooth.push(trend / SEASON);
  }
  const line = linearFit(smooth);
  const trendAt = (t: number) =>
    t >= half && t < n - half ? smooth[t - half]! : line.intercept + line.slope * (t - half);
  const sums = new Array<number>(SEASON).fill(0);
  const counts = new Array<number>(SEASON).fill(0);
  for (let t = 0; t < n; t++) {
    const trend = trendAt(t);
    if (kind === "multiplicative") {
      if (!(trend > 0)) return null;
      sums[t % SEASON]! += y[t]! / trend;
    } else {
      sums[t % SEASON]! += y[t]! - trend;
    }
    counts[t % SEASON]! += 1;
  }
  const raw = sums.map((value, j) => value / counts[j]!);
  const centre = mean(raw);
  if (kind === "multiplicative") return centre > 0 ? raw.map((value) => value / centre) : null;
  return raw.map((value) => value - centre);
}
