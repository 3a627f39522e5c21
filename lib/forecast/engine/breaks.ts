import { SEASON, isSeasonal, seasonalIndices } from "./seasonality";
import { linearFit } from "./stats";

/**
 * Structural breaks: a lasting jump or drop in level (a partner wins or loses a large
 * customer, a product is delisted). Every month k in the middle 70 % of the history is
 * tried as the start of a step in the model  y(t) = a + b·t + c·[t ≥ k]  (on the
 * deseasonalised series when it is seasonal); the step with the largest F statistic
 * counts as a break when that statistic exceeds Andrews' (1993) 1 % critical value for an
 * unknown break date (12.16 with 15 % trimming). Months before a break are then moved by
 * the step, so every method learns the current level while keeping the whole history's
 * seasonal pattern and noise. Intermittent histories are left alone: their zeros are not
 * breaks.
 */
export const BREAK_CRITICAL_F = 12.16;
const TRIM = 0.15;
const MIN_LENGTH = 12;

export type LevelShift = { at: number; step: number; statistic: number };

/** The most significant level shift of z (already deseasonalised), or null. */
export function findLevelShift(z: readonly number[]): LevelShift | null {
  const n = z.length;
  if (n < MIN_LENGTH) return null;
  const line = linearFit(z);
  const residuals = z.map((value, t) => value - line.intercept - line.slope * t);
  let restricted = 0;
  for (const value of residuals) restricted += value * value;
  if (restricted === 0) return null;
  const tMean = (n - 1) / 2;
  let sxx = 0;
  for (let t = 0; t < n; t++) sxx += (t - tMean) ** 2;

  let best: LevelShift | null = null;
  for (let k = Math.ceil(TRIM * n); k <= Math.floor((1 - TRIM) * n); k++) {
    // Frisch–Waugh: the step's coefficient from the indicator with the line taken out of it.
    const share = (n - k) / n;
    let sxd = 0;
    for (let t = k; t < n; t++) sxd += t - tMean;
    const slope = sxd / sxx;
    let cross = 0;
    let squares = 0;
    for (let t = 0; t < n; t++) {
      const indicator = (t >= k ? 1 : 0) - share - slope * (t - tMean);
      cross += indicator * residuals[t]!;
      squares += indicator * indicator;
    }
    if (squares <= 0) continue;
    const explained = (cross * cross) / squares;
    const remaining = Math.max(restricted - explained, 1e-12 * restricted);
    const statistic = explained / (remaining / (n - 3));
    if (!best || statistic > best.statistic) best = { at: k, step: cross / squares, statistic };
  }
  return best && best.statistic > BREAK_CRITICAL_F ? best : null;
}

/** The history with the months before a detected break moved to the current level. */
export function adjustForBreak(history: readonly number[]): { adjusted: number[]; shift: LevelShift | null } {
  const positive = history.every((value) => value > 0);
  const seasonal = isSeasonal(history);
  const indices = seasonal ? seasonalIndices(history, positive ? "multiplicative" : "additive") : null;
  const multiplicative = indices !== null && positive;
  const deseasonalised = indices
    ? history.map((value, t) => (multiplicative ? value / indices[t % SEASON]! : value - indices[t % SEASON]!))
    : history;
  const shift = findLevelShift(deseasonalised);
  if (!shift) return { adjusted: [...history], shift: null };
  const adjusted = history.map((value, t) => {
    if (t >= shift.at) return value;
    const step = multiplicative ? shift.step * indices![t % SEASON]! : shift.step;
    return Math.max(0, value + step);
  });
  return { adjusted, shift };
}
