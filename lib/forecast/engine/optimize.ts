/**
 * Nelder–Mead simplex minimisation with a fixed start and fixed steps: no randomness, so
 * the same series always gets the same parameters (and the same forecast, to the byte).
 * Parameters are searched in an unconstrained space; each method maps them onto its
 * admissible region (logistic transforms), so no penalty terms are needed.
 */
export type Minimum = { point: number[]; value: number };

export function nelderMead(
  objective: (point: readonly number[]) => number,
  start: readonly number[],
  { step = 0.5, maxEvaluations = 60 + 40 * start.length, tolerance = 1e-9 } = {},
): Minimum {
  const dims = start.length;
  let evaluations = 0;
  const evaluate = (point: number[]): { point: number[]; value: number } => {
    evaluations++;
    const value = objective(point);
    return { point, value: Number.isFinite(value) ? value : Number.POSITIVE_INFINITY };
  };
  const simplex = [evaluate([...start])];
  for (let i = 0; i < dims; i++) {
    const point = [...start];
    point[i]! += step;
    simplex.push(evaluate(point));
  }
  const combine = (a: readonly number[], b: readonly number[], t: number) =>
    a.map((value, i) => value + t * (b[i]! - value));

  while (evaluations < maxEvaluations) {
    // Stable order: ties keep their previous positions, so the walk is reproducible.
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0]!;
    const worst = simplex[dims]!;
    const spread = Math.abs(worst.value - best.value);
    if (spread <= tolerance * (Math.abs(best.value) + tolerance)) break;

    const centroid = new Array<number>(dims).fill(0);
    for (let i = 0; i < dims; i++) for (let k = 0; k < dims; k++) centroid[k]! += simplex[i]!.point[k]! / dims;

    const reflected = evaluate(combine(centroid, worst.point, -1));
    if (reflected.value < best.value) {
      const expanded = evaluate(combine(centroid, worst.point, -2));
      simplex[dims] = expanded.value < reflected.value ? expanded : reflected;
      continue;
    }
    if (reflected.value < simplex[dims - 1]!.value) {
      simplex[dims] = reflected;
      continue;
    }
    const outside = reflected.value < worst.value;
    const contracted = evaluate(combine(centroid, outside ? reflected.point : worst.point, 0.5));
    if (contracted.value < (outside ? reflected.value : worst.value)) {
      simplex[dims] = contracted;
      continue;
    }
    // Shrink towards the best point.
    for (let i = 1; i <= dims; i++) simplex[i] = evaluate(combine(best.point, simplex[i]!.point, 0.5));
  }
  simplex.sort((a, b) => a.value - b.value);
  return simplex[0]!;
}

export const logistic = (u: number) => 1 / (1 + Math.exp(-u));
export const logit = (p: number) => Math.log(p / (1 - p));
