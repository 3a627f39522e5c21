/**
 * Accuracy measures of lib/forecast/engine/metrics.ts, table-driven with values worked
 * out by hand: MASE (against the in-sample seasonal naive or naive error), WAPE, bias.
 */
import { describe, expect, it } from "vitest";
import { type ErrorPoint, accuracy, accuracyByHorizon, errorPoints, maseScale } from "@/lib/forecast/engine/metrics";

const points = (actual: number[], forecast: number[], scale: number | null): ErrorPoint[] =>
  actual.map((value, i) => ({ actual: value, forecast: forecast[i]!, horizon: i + 1, scale }));

describe("maseScale", () => {
  const year = [5, 9, 4, 7, 8, 6, 3, 9, 2, 8, 5, 7];
  it.each([
    // |12−10| + |11−12| + |15−11| = 7 over 3 changes
    { name: "under two years: the naive method's in-sample error", history: [10, 12, 11, 15], scale: 7 / 3 },
    // every month is 12 more than a year before
    {
      name: "two years or more: the seasonal naive method's",
      history: Array.from({ length: 24 }, (_, t) => t),
      scale: 12,
    },
    // the same year twice: seasonal naive is perfect, so the naive error instead. Changes within
    // `year`: 4+5+3+1+2+3+6+7+6+3+2 = 42, twice, plus |5 − 7| = 2 from December to January: 86 over 23
    { name: "a perfect seasonal naive fit: back to the naive error", history: [...year, ...year], scale: 86 / 23 },
    { name: "a constant history: no scale", history: [4, 4, 4, 4], scale: null },
    { name: "a single month: no scale", history: [4], scale: null },
  ])("$name", ({ history, scale }) => {
    const result = maseScale(history);
    if (scale === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(scale, 12);
  });
});

describe("accuracy", () => {
  it.each([
    {
      // errors f − a: +2, −2, +3 → Σ|e| 7, Σe 3, Σa 60; MASE (7/3)/2
      name: "mixed errors",
      input: points([10, 20, 30], [12, 18, 33], 2),
      expected: { count: 3, mase: 7 / 6, wape: 7 / 60, bias: 3 / 60 },
    },
    {
      // errors −20, −10 → Σ|e| 30 over Σa 200; MASE (30/2)/10
      name: "forecasts too low: negative bias",
      input: points([100, 100], [80, 90], 10),
      expected: { count: 2, mase: 1.5, wape: 0.15, bias: -0.15 },
    },
    {
      name: "a perfect forecast",
      input: points([5, 7], [5, 7], 3),
      expected: { count: 2, mase: 0, wape: 0, bias: 0 },
    },
    {
      // no actual volume: WAPE and bias have no denominator
      name: "actuals all zero",
      input: points([0, 0], [1, 2], 1),
      expected: { count: 2, mase: 1.5, wape: null, bias: null },
    },
    {
      name: "no MASE scale (constant history)",
      input: points([10, 10], [12, 10], null),
      expected: { count: 2, mase: null, wape: 0.1, bias: 0.1 },
    },
    { name: "nothing to compare", input: [], expected: { count: 0, mase: null, wape: null, bias: null } },
    {
      // per-point scales (two series): |e|/scale = 2/2 and 6/3 → mean 1.5
      name: "points from two series with their own scales",
      input: [
        { actual: 10, forecast: 12, horizon: 1, scale: 2 },
        { actual: 30, forecast: 24, horizon: 1, scale: 3 },
      ],
      expected: { count: 2, mase: 1.5, wape: 8 / 40, bias: -4 / 40 },
    },
  ])("$name", ({ input, expected }) => {
    const result = accuracy(input);
    expect(result.count).toBe(expected.count);
    for (const key of ["mase", "wape", "bias"] as const) {
      if (expected[key] === null) expect(result[key]).toBeNull();
      else expect(result[key]).toBeCloseTo(expected[key], 12);
    }
  });

  it("groups by horizon, in horizon order", () => {
    const input: ErrorPoint[] = [
      { actual: 10, forecast: 11, horizon: 2, scale: 1 },
      { actual: 10, forecast: 8, horizon: 1, scale: 1 },
      { actual: 10, forecast: 13, horizon: 2, scale: 1 },
    ];
    expect(accuracyByHorizon(input)).toEqual([
      { horizon: 1, accuracy: { count: 1, mase: 2, wape: 0.2, bias: -0.2 } },
      { horizon: 2, accuracy: { count: 2, mase: 2, wape: 0.2, bias: 0.2 } },
    ]);
  });

  it("builds one forecast's points from its history, as far as actuals go", () => {
    expect(errorPoints([10, 12, 11, 15], [16, 17, 18], [14, 20])).toEqual([
      { actual: 14, forecast: 16, horizon: 1, scale: 7 / 3 },
      { actual: 20, forecast: 17, horizon: 2, scale: 7 / 3 },
    ]);
  });
});
