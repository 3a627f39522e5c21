/**
 * Small numeric helpers shared by the methods. Every function returns finite numbers for
 * finite input (empty input gives 0, never NaN), so callers need no special cases.
 */

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

export function mean(values: readonly number[]): number {
  return values.length ? sum(values) / values.length : 0;
}

/** Ordinary least squares of y on t = 0, 1, 2…: { intercept at t = 0, slope }. */
export function linearFit(y: readonly number[]): { intercept: number; slope: number } {
  const n = y.length;
  if (n < 2) return { intercept: n ? y[0]! : 0, slope: 0 };
  const tMean = (n - 1) / 2;
  const yMean = mean(y);
  let sxy = 0;
  let sxx = 0;
  for (let t = 0; t < n; t++) {
    sxy += (t - tMean) * (y[t]! - yMean);
    sxx += (t - tMean) * (t - tMean);
  }
  const slope = sxy / sxx;
  return { intercept: yMean - slope * tMean, slope };
}

const polynomial = (coefficients: readonly number[], x: number) => coefficients.reduce((total, c) => total * x + c, 0);

/**
 * Inverse of the standard normal distribution function, by Wichura's algorithm AS 241
 * (PPND16, about 16 significant digits), for e^−25 ≤ p ≤ 1 − e^−25 — far beyond the
 * interval levels the engine offers. Coefficients from highest degree to lowest.
 */
export function normalQuantile(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    const numerator = polynomial(
      [
        2509.0809287301226727, 33430.575583588128105, 67265.770927008700853, 45921.953931549871457,
        13731.693765509461125, 1971.5909503065514427, 133.14166789178437745, 3.387132872796366608,
      ],
      r,
    );
    const denominator = polynomial(
      [
        5226.495278852854561, 28729.085735721942674, 39307.89580009271061, 21213.794301586595867, 5394.1960214247511077,
        687.1870074920579083, 42.313330701600911252, 1,
      ],
      r,
    );
    return (q * numerator) / denominator;
  }
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  if (!(r <= 5)) throw new RangeError(`normalQuantile needs e^-25 <= p <= 1 - e^-25, got ${p}`);
  const x = r - 1.6;
  const value =
    polynomial(
      [
        7.7454501427834140764e-4, 2.27238449892691845833e-2, 2.4178072517745061177e-1, 1.27045825245236838258,
        3.64784832476320460504, 5.7694972214606914055, 4.6303378461565452959, 1.42343711074968357734,
      ],
      x,
    ) /
    polynomial(
      [
        1.05075007164441684324e-9, 5.475938084995344946e-4, 1.51986665636164571966e-2, 1.4810397642748007459e-1,
        6.8976733498510000455e-1, 1.6763848301838038494, 2.05319162663775882187, 1,
      ],
      x,
    );
  return q < 0 ? -value : value;
}

/** ln Γ(x) for x > 0 (Lanczos approximation, g = 7, 9 terms; ~15 significant digits). */
export function logGamma(x: number): number {
  const g = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let series = g[0]!;
  for (let i = 1; i < 9; i++) series += g[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(series);
}

/** Regularised incomplete beta I_x(a, b), by its continued fraction (modified Lentz). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  // the fraction converges fast only below the mean; use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a) above it
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  const front = Math.exp(a * Math.log(x) + b * Math.log(1 - x) - logGamma(a) - logGamma(b) + logGamma(a + b)) / a;
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let result = d;
  for (let m = 1; m <= 300; m++) {
    for (const numerator of [
      (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)),
      -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1)),
    ]) {
      d = 1 + numerator * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + numerator / c;
      if (Math.abs(c) < tiny) c = tiny;
      result *= c * d;
    }
    if (Math.abs(c * d - 1) < 1e-15) break;
  }
  return front * result;
}

/** P(F > f) for an F distribution with d1 and d2 degrees of freedom. */
export function fTestPValue(f: number, d1: number, d2: number): number {
  if (!(f > 0)) return 1;
  return incompleteBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
}
