/**
 * Seeded generators of monthly demand of a known shape, for the tests, the accuracy
 * report of `npm run bench -- forecast` and demo data: the same seed always gives the same
 * series. Values are whole units, never negative.
 */
export const SHAPES = ["trend", "seasonal", "trend+seasonal", "intermittent", "break", "noise"] as const;
export type Shape = (typeof SHAPES)[number];

/** mulberry32: a small, fast 32-bit generator; uniform on [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const uniform = (random: Random, low: number, high: number) => low + (high - low) * random();

/** Standard normal by Box–Muller (one of the pair; the generator stays simple). */
function normal(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function poisson(random: Random, lambda: number): number {
  const limit = Math.exp(-lambda);
  let count = 0;
  let product = random();
  while (product > limit) {
    count++;
    product *= random();
  }
  return count;
}

/** A smooth yearly pattern around 1 (two harmonics with random phases), amplitude 20–40 %. */
function yearlyPattern(random: Random): number[] {
  const amplitude = uniform(random, 0.2, 0.4);
  const phase1 = uniform(random, 0, 12);
  const phase2 = uniform(random, 0, 12);
  return Array.from(
    { length: 12 },
    (_, month) =>
      1 +
      amplitude * Math.sin((2 * Math.PI * (month + phase1)) / 12) +
      0.4 * amplitude * Math.sin((4 * Math.PI * (month + phase2)) / 12),
  );
}

export type GenerateOptions = {
  length: number;
  /**
   * Months the forecaster will see (default: all). A break happens 6 to 18 months before
   * their end, never in the months held out to judge the forecast.
   */
  known?: number;
};

export function generateSeries(shape: Shape, random: Random, { length, known = length }: GenerateOptions): number[] {
  const level = uniform(random, 50, 150);
  const noise = uniform(random, 0.05, 0.12);
  const slope = level * uniform(random, 0.01, 0.03) * (random() < 0.8 ? 1 : -0.5);
  const pattern = shape === "seasonal" || shape === "trend+seasonal" ? yearlyPattern(random) : null;
  const breakAt = Math.round(uniform(random, known - 18, known - 6));
  const shift = random() < 0.5 ? uniform(random, 0.5, 0.7) : uniform(random, 1.4, 1.8);
  const rate = uniform(random, 0.15, 0.5);
  const size = uniform(random, 1, 8);
  const spread = uniform(random, 0.15, 0.3);

  const values: number[] = [];
  for (let t = 0; t < length; t++) {
    let value: number;
    switch (shape) {
      case "trend":
        value = (level + slope * t) * (1 + noise * normal(random));
        break;
      case "seasonal":
        value = level * pattern![t % 12]! * (1 + noise * normal(random));
        break;
      case "trend+seasonal":
        value = (level + slope * t) * pattern![t % 12]! * (1 + noise * normal(random));
        break;
      case "intermittent":
        value = random() < rate ? 1 + poisson(random, size) : 0;
        break;
      case "break":
        value = level * (t >= breakAt ? shift : 1) * (1 + noise * normal(random));
        break;
      case "noise":
        value = level * (1 + spread * normal(random));
        break;
    }
    values.push(Math.max(0, Math.round(value)));
  }
  return values;
}
