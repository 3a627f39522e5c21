/**
 * The whole engine (forecastSeries): the rolling-origin backtest picks methods that fit
 * the shape of synthetic series built to have it, short and odd histories stay sensible,
 * nothing is ever NaN or infinite, and the same input gives the same output to the byte.
 */
import { describe, expect, it } from "vitest";
import { type SeriesForecast, forecastSeries } from "@/lib/forecast/engine/forecast";
import { naive, seasonalNaive } from "@/lib/forecast/engine/methods";
import { accuracy, errorPoints } from "@/lib/forecast/engine/metrics";
import { SHAPES, generateSeries, seededRandom } from "@/lib/forecast/engine/synthetic";

const PATTERN = [0.7, 0.8, 0.9, 1.0, 1.1, 1.3, 1.4, 1.2, 1.0, 0.9, 0.8, 0.9];
const random = seededRandom(2024);
/** standard normal noise from the seeded generator (Box–Muller) */
const noise = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const build = (value: (t: number) => number, length = 36) =>
  Array.from({ length }, (_, t) => Math.max(0, Math.round(value(t))));
/** ten series of a shape, three years each */
const ten = (value: (t: number) => number) => Array.from({ length: 10 }, () => build(value));

const weightOf = (result: SeriesForecast, pattern: RegExp) =>
  result.components.filter((c) => pattern.test(c.method)).reduce((total, c) => total + c.weight, 0);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe("the backtest picks methods that fit the shape", () => {
  it("a trend: damped-trend smoothing or Theta, following the line", () => {
    for (const history of ten((t) => 100 + 4 * t + 4 * noise())) {
      const result = forecastSeries(history, { horizon: 12 });
      expect(weightOf(result, /^(ets\(AAd|theta)/)).toBeCloseTo(1, 12);
      // the line reaches 100 + 4·47 = 288 a year ahead; a damped trend may fall a little short
      expect(result.forecast[11]).toBeGreaterThan(0.9 * 288);
      expect(result.forecast[11]).toBeLessThan(1.1 * 288);
    }
  });

  it("seasonality: only seasonal methods, peaking in the pattern's month", () => {
    for (const history of ten((t) => 100 * PATTERN[t % 12]! * (1 + 0.05 * noise()))) {
      const result = forecastSeries(history, { horizon: 12 });
      expect(result.profile.seasonal).toBe(true);
      expect(weightOf(result, /^(seasonal_naive|ets\(A(N|Ad)(A|M)\)|theta\(seasonal\))$/)).toBeCloseTo(1, 12);
      // forecast month i is calendar position (36 + i) % 12 = i: the peak (1.4) is position 6
      expect(result.forecast.indexOf(Math.max(...result.forecast))).toBe(6);
    }
  });

  it("intermittent demand: Croston or SBA takes part, the naive methods are not offered", () => {
    for (const history of ten(() => (random() < 0.2 ? 1 + Math.floor(random() * 8) : 0))) {
      const result = forecastSeries(history, { horizon: 12 });
      expect(result.profile.intermittent).toBe(true);
      expect(weightOf(result, /^(croston|sba)$/)).toBeGreaterThan(0);
      expect(result.backtest.map((b) => b.method)).not.toContain("naive");
      expect(result.backtest.map((b) => b.method)).not.toContain("seasonal_naive");
      // a demand rate: between nothing and the average month with demand
      for (const value of result.forecast) expect(value).toBeLessThan(4.5);
    }
  });

  it("a break: found in its month, and the forecast follows the new level", () => {
    for (const history of ten((t) => (t >= 24 ? 160 : 100) * (1 + 0.05 * noise()))) {
      const result = forecastSeries(history, { horizon: 12 });
      expect(result.profile.breakAt).toBeGreaterThanOrEqual(23);
      expect(result.profile.breakAt).toBeLessThanOrEqual(25);
      expect(mean(result.forecast)).toBeGreaterThan(0.9 * 160);
      expect(mean(result.forecast)).toBeLessThan(1.1 * 160);
    }
  });

  it("noise around a level: smoothing leads, not the last month", () => {
    for (const history of ten(() => 100 * (1 + 0.2 * noise()))) {
      const result = forecastSeries(history, { horizon: 12 });
      const leader = [...result.components].sort((a, b) => b.weight - a.weight)[0]!;
      expect(leader.method).toMatch(/^(ets\(ANN\)|theta)$/);
      expect(mean(result.forecast)).toBeGreaterThan(85);
      expect(mean(result.forecast)).toBeLessThan(115);
    }
  });

  it("beats naive and seasonal naive in mean MASE over a 12-month holdout on every shape", () => {
    for (const shape of SHAPES) {
      const shapeRandom = seededRandom(77 + SHAPES.indexOf(shape));
      const totals = { engine: 0, naive: 0, seasonalNaive: 0 };
      for (let i = 0; i < 100; i++) {
        const series = generateSeries(shape, shapeRandom, { length: 48, known: 36 });
        const [history, actuals] = [series.slice(0, 36), series.slice(36)];
        const mase = (forecast: number[]) => accuracy(errorPoints(history, forecast, actuals)).mase ?? 0;
        totals.engine += mase(forecastSeries(history, { horizon: 12 }).forecast);
        totals.naive += mase(naive.forecast(history, 12).values);
        totals.seasonalNaive += mase(seasonalNaive.forecast(history, 12).values);
      }
      expect(totals.engine, shape).toBeLessThan(totals.naive);
      expect(totals.engine, shape).toBeLessThan(totals.seasonalNaive);
    }
  });
});

describe("short and odd histories", () => {
  it("one month: carried forward, with no spread to go on", () => {
    expect(forecastSeries([7], { horizon: 3 })).toMatchObject({
      method: "naive",
      forecast: [7, 7, 7],
      lower: [7, 7, 7],
      upper: [7, 7, 7],
      backtest: [],
    });
  });

  it("under four months: naive, with an interval from the month-to-month changes growing as √h", () => {
    const result = forecastSeries([10, 12, 9], { horizon: 2 });
    expect(result.method).toBe("naive");
    expect(result.forecast).toEqual([9, 9]);
    const half = 1.2815515655446 * Math.sqrt(6.5); // changes +2, −3
    expect(result.upper[0]).toBeCloseTo(9 + half, 10);
    expect(result.upper[1]).toBeCloseTo(9 + half * Math.SQRT2, 10);
  });

  it("under a year: backtested, without the seasonal naive method", () => {
    const result = forecastSeries([10, 12, 11, 13, 12, 14, 13, 15], { horizon: 6 });
    expect(result.backtest.length).toBeGreaterThan(0);
    expect(result.backtest.map((b) => b.method)).not.toContain("seasonal_naive");
  });

  it("no demand at all: zero, with a zero-width interval", () => {
    const result = forecastSeries(new Array(30).fill(0), { horizon: 4 });
    expect(result).toMatchObject({ forecast: [0, 0, 0, 0], lower: [0, 0, 0, 0], upper: [0, 0, 0, 0] });
    expect(result.profile.allZero).toBe(true);
  });

  it("a discontinued product and a late launch: breaks in level, not intermittent demand", () => {
    const discontinued = forecastSeries([...new Array(24).fill(100), ...new Array(12).fill(0)], { horizon: 3 });
    expect(discontinued.profile).toMatchObject({ intermittent: false, breakAt: 24 });
    expect(discontinued.forecast).toEqual([0, 0, 0]);
    const launched = forecastSeries([...new Array(30).fill(0), 48, 52, 50, 49, 51, 50], { horizon: 3 });
    expect(launched.profile).toMatchObject({ intermittent: false, breakAt: 30 });
    for (const value of launched.forecast) expect(value).toBeCloseTo(50, -1);
    // zeros between demands are what makes demand intermittent
    expect(forecastSeries([0, 4, 0, 0, 3, 0, 5, 0, 0, 2, 0, 6], { horizon: 1 }).profile.intermittent).toBe(true);
  });

  it("refuses a horizon outside 1…36, a level outside 50…99 %, and history that is empty, negative or not finite", () => {
    for (const horizon of [0, 37, 1.5, Number.NaN])
      expect(() => forecastSeries([1, 2], { horizon })).toThrow(RangeError);
    for (const level of [0.3, 1, Number.NaN])
      expect(() => forecastSeries([1, 2], { horizon: 1, level })).toThrow(RangeError);
    for (const history of [[], [1, -1], [1, Number.NaN], [Number.POSITIVE_INFINITY]])
      expect(() => forecastSeries(history, { horizon: 1 })).toThrow(RangeError);
  });

  it("never produces NaN or infinity, and keeps 0 ≤ lower ≤ forecast ≤ upper", () => {
    const oddRandom = seededRandom(99);
    const histories: number[][] = [
      new Array(36).fill(5),
      [...new Array(35).fill(0), 40],
      [40, ...new Array(35).fill(0)],
      [...new Array(24).fill(100), ...new Array(12).fill(0)],
      Array.from({ length: 36 }, (_, t) => (t % 12 === 0 ? 1e12 : 0)),
      Array.from({ length: 36 }, (_, t) => 1e12 - t * 1e9),
      Array.from({ length: 36 }, (_, t) => 1e-9 * (t + 1)),
      Array.from({ length: 36 }, (_, t) => Math.max(0, 300 - 10 * t)), // falls to zero and stays there
      Array.from({ length: 30 }, (_, t) => (t % 2 ? 0 : 1)),
      [0, 0, 3],
      [1e12],
      ...Array.from({ length: 60 }, (_, i) =>
        generateSeries(SHAPES[i % SHAPES.length]!, oddRandom, { length: 1 + Math.floor(oddRandom() * 60) }),
      ),
    ];
    for (const history of histories) {
      for (const horizon of [1, 12, 36]) {
        const result = forecastSeries(history, { horizon, level: 0.95 });
        expect(result.forecast).toHaveLength(horizon);
        for (let i = 0; i < horizon; i++) {
          const [lower, value, upper] = [result.lower[i]!, result.forecast[i]!, result.upper[i]!];
          for (const number of [lower, value, upper]) expect(Number.isFinite(number)).toBe(true);
          expect(lower).toBeGreaterThanOrEqual(0);
          expect(lower).toBeLessThanOrEqual(value);
          expect(value).toBeLessThanOrEqual(upper);
        }
        for (const { score } of result.backtest) expect(Number.isFinite(score)).toBe(true);
        for (const { weight } of result.components) expect(Number.isFinite(weight)).toBe(true);
      }
    }
  });
});

describe("reproducibility", () => {
  it("gives byte-identical results for the same input, whatever ran before", () => {
    const histories = SHAPES.map((shape, i) => generateSeries(shape, seededRandom(500 + i), { length: 36 }));
    const first = JSON.stringify(histories.map((history) => forecastSeries(history, { horizon: 12 })));
    // other work in between, then the same series in reverse order
    forecastSeries(generateSeries("noise", seededRandom(1), { length: 40 }), { horizon: 36 });
    const again = histories
      .toReversed()
      .map((history) => forecastSeries(history, { horizon: 12 }))
      .toReversed();
    expect(JSON.stringify(again)).toBe(first);
  });
});
