/**
 * The combination candidate: the best three single methods of the backtest, weighted by
 * the inverse of their backtest scores (a method twice as accurate weighs twice as much).
 * Forecasts and backtest errors combine with the same weights, so the combination is
 * scored on the same origins as the methods it combines and competes with them.
 */
export const COMBINED = 3;

export type Scored = { index: number; score: number };

/** Weights (summing to 1) for the best COMBINED candidates; null when there is nothing to combine. */
export function combinationWeights(scored: readonly Scored[]): { index: number; weight: number }[] | null {
  const best = [...scored]
    .filter(({ score }) => Number.isFinite(score))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, COMBINED);
  // A perfect backtest (score 0) needs no help; fewer than two methods is no combination.
  if (best.length < 2 || best[0]!.score === 0) return null;
  const inverse = best.map(({ score }) => 1 / score);
  const total = inverse.reduce((a, b) => a + b, 0);
  return best.map(({ index }, i) => ({ index, weight: inverse[i]! / total }));
}

/** Σ weight · rows, element by element (rows of equal shape). */
export function weightedSum(rows: readonly (readonly number[])[], weights: readonly number[]): number[] {
  const result = new Array<number>(rows[0]!.length).fill(0);
  rows.forEach((row, r) => row.forEach((value, i) => (result[i]! += weights[r]! * value)));
  return result;
}
