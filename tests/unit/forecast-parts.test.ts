/**
 * The engine's building blocks around the methods: periods, reading long-format rows into
 * series with a row-level report, the rolling-origin plan and score, combination weights,
 * prediction intervals from backtest errors, level-shift detection and the seeded
 * generator. Expected values are worked out by hand in the comments.
 */
import { describe, expect, it } from "vitest";
import { backtestErrors, backtestPlan, backtestScore } from "@/lib/forecast/engine/backtest";
import { adjustForBreak, findLevelShift } from "@/lib/forecast/engine/breaks";
import { combinationWeights } from "@/lib/forecast/engine/combine";
import { collectSeries, zeroFilled } from "@/lib/forecast/engine/input";
import { intervalBounds, naiveSpread, spreadFromErrors } from "@/lib/forecast/engine/intervals";
import { addMonths, periodIndex, periodOf } from "@/lib/forecast/engine/period";
import { generateSeries, seededRandom } from "@/lib/forecast/engine/synthetic";

describe("periods", () => {
  it("count months across years and refuse anything but YYYY-MM", () => {
    expect(periodIndex("2024-03")).toBe(2024 * 12 + 2);
    expect(periodOf(2024 * 12 + 2)).toBe("2024-03");
    expect(addMonths("2024-11", 3)).toBe("2025-02");
    expect(addMonths("2025-01", -1)).toBe("2024-12");
    for (const bad of ["2024-13", "2024-00", "2024-1", "24-01", "2024/01", " 2024-01", "2024-01-01"])
      expect(periodIndex(bad)).toBeNull();
  });
});

describe("collectSeries", () => {
  it("builds each series in month order whatever the row order", () => {
    const { series, problems } = collectSeries([
      { line: 2, series: "b", period: "2024-02", value: "4" },
      { line: 3, series: "a", period: "2024-12", value: "1.5" },
      { line: 4, series: "b", period: "2024-01", value: "0" },
      { line: 5, series: "a", period: "2025-01", value: "2" },
    ]);
    expect(problems).toEqual([]);
    expect(series).toEqual([
      { key: "b", start: "2024-01", values: [0, 4] },
      { key: "a", start: "2024-12", values: [1.5, 2] },
    ]);
  });

  it.each([
    {
      row: { series: "a", period: "2024-01", value: "1", extraCells: 1 },
      code: "ROW_EXTRA_CELLS",
      params: { cells: 1 },
    },
    { row: { period: "2024-01", value: "1" }, code: "SERIES_MISSING", params: {} },
    { row: { series: "a", value: "1" }, code: "PERIOD_MISSING", params: {} },
    { row: { series: "a", period: "2024-1", value: "1" }, code: "PERIOD_INVALID", params: { period: "2024-1" } },
    { row: { series: "a", period: "2024-01" }, code: "VALUE_MISSING", params: {} },
    { row: { series: "a", period: "2024-01", value: "12,5" }, code: "VALUE_INVALID", params: { value: "12,5" } },
    { row: { series: "a", period: "2024-01", value: "1e3" }, code: "VALUE_INVALID", params: { value: "1e3" } },
    { row: { series: "a", period: "2024-01", value: "NaN" }, code: "VALUE_INVALID", params: { value: "NaN" } },
    { row: { series: "a", period: "2024-01", value: "-3" }, code: "VALUE_NEGATIVE", params: { value: "-3" } },
    {
      row: { series: "a", period: "2024-01", value: "2000000000000" },
      code: "VALUE_TOO_LARGE",
      params: { value: "2000000000000", max: 1e12 },
    },
  ])("reports $code on its row and keeps no series", ({ row, code, params }) => {
    const { series, problems } = collectSeries([
      { line: 2, series: "a", period: "2023-12", value: "5" },
      { line: 3, ...row },
    ]);
    expect(series).toEqual([]);
    expect(problems).toEqual([{ line: 3, series: row.series ?? null, code, params }]);
  });

  it("reports duplicate months and gaps on the later row, but not a gap left by a refused row", () => {
    const { problems } = collectSeries([
      { line: 2, series: "a", period: "2024-01", value: "1" },
      { line: 3, series: "a", period: "2024-04", value: "1" },
      { line: 4, series: "a", period: "2024-04", value: "2" },
      { line: 5, series: "a", period: "2024-05", value: "x" },
      { line: 6, series: "a", period: "2024-06", value: "1" },
      { line: 7, series: "b", period: "2024-01", value: "1" },
      { line: 8, series: "b", period: "2024-03", value: "1" },
    ]);
    expect(problems).toEqual([
      { line: 3, series: "a", code: "PERIOD_GAP", params: { from: "2024-02", to: "2024-03", months: 2 } },
      { line: 4, series: "a", code: "PERIOD_DUPLICATE", params: { period: "2024-04", firstLine: 3 } },
      { line: 5, series: "a", code: "VALUE_INVALID", params: { value: "x" } },
      { line: 8, series: "b", code: "PERIOD_GAP", params: { from: "2024-02", to: "2024-02", months: 1 } },
    ]);
  });

  it("fills months without orders with zeros for history read from the database", () => {
    const points = [
      { period: "2024-02", value: 5 },
      { period: "2024-02", value: 1 },
      { period: "2024-04", value: 3 },
      { period: "2023-12", value: 9 }, // before the range
    ];
    expect(zeroFilled(points, "2024-01", "2024-05")).toEqual([0, 6, 0, 3, 0]);
    expect(() => zeroFilled(points, "2024-05", "2024-01")).toThrow(RangeError);
  });
});

describe("rolling-origin backtest", () => {
  it.each([
    // 36 months, 12 ahead: four origins three months apart, the first reaching 12 months
    { length: 36, horizon: 12, plan: { horizon: 12, origins: [24, 27, 30, 33] } },
    // one month ahead: still four origins, one month apart
    { length: 36, horizon: 1, plan: { horizon: 1, origins: [32, 33, 34, 35] } },
    // the backtest horizon is at most a third of the history; at least three months to learn from
    { length: 6, horizon: 12, plan: { horizon: 2, origins: [3, 4, 5] } },
    { length: 100, horizon: 6, plan: { horizon: 6, origins: [94, 95, 96, 97] } },
    { length: 4, horizon: 3, plan: { horizon: 1, origins: [3] } },
    { length: 3, horizon: 3, plan: null },
  ])("plans $length months, horizon $horizon", ({ length, horizon, plan }) => {
    expect(backtestPlan(length, horizon)).toEqual(plan);
  });

  it("collects errors per origin and step, and scores every step alike", () => {
    // forecast = last training value; history 1…6, origins 4 and 5, two steps
    const errors = backtestErrors([1, 2, 3, 4, 5, 6], { horizon: 2, origins: [4, 5] }, (train, steps) =>
      new Array<number>(steps).fill(train[train.length - 1]!),
    );
    expect(errors).toEqual([[1, 2], [1]]);
    // step 1: (1 + 1)/2 = 1; step 2: 2 → mean 1.5
    expect(backtestScore(errors)).toBe(1.5);
    // [[1, −2, 3], [2]]: step 1 (|1| + |2|)/2 = 1.5, step 2: 2, step 3: 3 → 6.5/3
    expect(backtestScore([[1, -2, 3], [2]])).toBeCloseTo(6.5 / 3, 12);
  });

  it("weights the best three by inverse score", () => {
    // scores 2, 1, 4, 8 → best three 1, 2, 4 → inverses 1, 0.5, 0.25 over 1.75
    expect(combinationWeights([2, 1, 4, 8].map((score, index) => ({ index, score })))).toEqual([
      { index: 1, weight: expect.closeTo(1 / 1.75, 12) },
      { index: 0, weight: expect.closeTo(0.5 / 1.75, 12) },
      { index: 2, weight: expect.closeTo(0.25 / 1.75, 12) },
    ]);
    expect(
      combinationWeights([
        { index: 0, score: 0 },
        { index: 1, score: 3 },
      ]),
    ).toBeNull();
    expect(combinationWeights([{ index: 0, score: 3 }])).toBeNull();
  });
});

describe("prediction intervals", () => {
  it("fit the growth of the backtest errors with the horizon by maximum likelihood", () => {
    // errors at steps 1, 2, 1: 1, −2, −1 → for σ(h) = s·h^β:
    //   β 0:    s² = (1 + 4 + 1)/3 = 2,          log-likelihood −1.5·ln 2                 = −1.0397
    //   β 0.5:  s² = (1 + 4/2 + 1)/3 = 4/3,      −1.5·ln(4/3) − 0.5·ln 2                  = −0.7781
    //   β 1:    s² = (1 + 4/4 + 1)/3 = 1,        −1.5·ln 1 − 1·ln 2                       = −0.6931 (best)
    expect(spreadFromErrors([[1, -2], [-1]])).toEqual({ scale: 1, power: 1 });
    // 80 %: z = 1.2815516; half-widths z·1·h
    const { lower, upper } = intervalBounds([10, 10, 10], { scale: 1, power: 1 }, 0.8);
    [1, 2, 3].forEach((h, i) => {
      expect(upper[i]).toBeCloseTo(10 + 1.2815515655446 * h, 10);
      expect(lower[i]).toBeCloseTo(10 - 1.2815515655446 * h, 10);
    });
  });

  it("are flat for errors that do not grow, zero-width for none, and never below zero", () => {
    expect(
      spreadFromErrors([
        [2, -2, 2],
        [-2, 2],
      ]),
    ).toEqual({ scale: 2, power: 0 });
    expect(spreadFromErrors([[0, 0], [0]])).toEqual({ scale: 0, power: 0 });
    expect(spreadFromErrors([])).toEqual({ scale: 0, power: 0 });
    expect(intervalBounds([1], { scale: 10, power: 0 }, 0.9).lower).toEqual([0]);
  });

  it("use the month-to-month changes, growing as √h, for histories too short to backtest", () => {
    // changes +2, −3 → √((4 + 9)/2)
    expect(naiveSpread([10, 12, 9])).toEqual({ scale: Math.sqrt(6.5), power: 0.5 });
    expect(naiveSpread([10])).toEqual({ scale: 0, power: 0 });
  });
});

describe("level shifts", () => {
  // ±1 alternating noise around 100, then 130 from month 20 on
  const stepped = Array.from({ length: 36 }, (_, t) => (t >= 20 ? 130 : 100) + (t % 2 ? 1 : -1));

  it("finds a jump in level and its month", () => {
    const shift = findLevelShift(stepped)!;
    expect(shift.at).toBe(20);
    expect(shift.step).toBeCloseTo(30, 0);
  });

  it("do not take a straight trend, a flat series or a short one for a break", () => {
    expect(findLevelShift(Array.from({ length: 36 }, (_, t) => 50 + 3 * t + (t % 2 ? 2 : -2)))).toBeNull();
    expect(findLevelShift(new Array(36).fill(7))).toBeNull();
    expect(findLevelShift(stepped.slice(14, 25))).toBeNull();
  });

  it("move the months before a break to the current level", () => {
    const { adjusted, shift } = adjustForBreak(stepped);
    expect(shift?.at).toBe(20);
    adjusted.slice(0, 20).forEach((value, t) => expect(value).toBeCloseTo(stepped[t]! + shift!.step, 10));
    expect(adjusted.slice(20)).toEqual(stepped.slice(20));
  });
});

describe("seeded series", () => {
  it("are the same for the same seed, whole and never negative", () => {
    const a = generateSeries("intermittent", seededRandom(5), { length: 48 });
    expect(generateSeries("intermittent", seededRandom(5), { length: 48 })).toEqual(a);
    expect(generateSeries("intermittent", seededRandom(6), { length: 48 })).not.toEqual(a);
    for (const value of [...a, ...generateSeries("trend", seededRandom(7), { length: 48 })]) {
      expect(Number.isInteger(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
    }
  });
});
