/**
 * Each forecasting method of lib/forecast/engine against values computed by hand (the
 * arithmetic is written out beside each expectation), plus the numeric helpers they use.
 */
import { describe, expect, it } from "vitest";
import { croston, ets, naive, sba, seasonalNaive, theta } from "@/lib/forecast/engine/methods";
import { crostonRate } from "@/lib/forecast/engine/methods/croston";
import { etsForecast, etsRun } from "@/lib/forecast/engine/methods/ets-model";
import { fitSes, sesRun, thetaDrift } from "@/lib/forecast/engine/methods/theta";
import { nelderMead } from "@/lib/forecast/engine/optimize";
import { isSeasonal, seasonalIndices } from "@/lib/forecast/engine/seasonality";
import { fTestPValue, incompleteBeta, linearFit, logGamma, normalQuantile } from "@/lib/forecast/engine/stats";

/** A yearly pattern with mean 1 (hand-picked), and 100 units a month times it. */
const PATTERN = [0.7, 0.8, 0.9, 1.0, 1.1, 1.3, 1.4, 1.2, 1.0, 0.9, 0.8, 0.9];
const seasonalHistory = (years: number) => Array.from({ length: 12 * years }, (_, t) => 100 * PATTERN[t % 12]!);

describe("naive and seasonal naive", () => {
  it("naive repeats the last month", () => {
    expect(naive.forecast([3, 5, 7], 3).values).toEqual([7, 7, 7]);
  });

  it("seasonal naive repeats the same month of the last year, wrapping past 12 months", () => {
    const history = Array.from({ length: 14 }, (_, t) => t + 1); // months 1…14
    // h = 1 is month 15, a year after month 3 (value 3); h = 13 is month 27, again month 3's position
    const values = seasonalNaive.forecast(history, 13).values;
    expect(values.slice(0, 3)).toEqual([3, 4, 5]);
    expect(values[11]).toBe(14);
    expect(values[12]).toBe(3);
  });

  it("seasonal naive is the naive method with less than a year of history", () => {
    expect(seasonalNaive.forecast([4, 8, 6], 2)).toEqual({ values: [6, 6], label: "naive" });
  });
});

describe("Croston and SBA", () => {
  it("smooth demand sizes and intervals separately (α = 0.1)", () => {
    // demands: 3 at month 2 (interval 2), 6 at month 5 (interval 3), 2 at month 7 (interval 2)
    //   start: z = 3, p = 2
    //   month 5: z = 3 + 0.1·(6 − 3) = 3.3,    p = 2 + 0.1·(3 − 2) = 2.1
    //   month 7: z = 3.3 + 0.1·(2 − 3.3) = 3.17, p = 2.1 + 0.1·(2 − 2.1) = 2.09
    //   Croston = 3.17 / 2.09 = 1.5167464…;  SBA = (1 − 0.05) · 1.5167464… = 1.4409090…
    const history = [0, 3, 0, 0, 6, 0, 2];
    expect(crostonRate(history)).toBeCloseTo(3.17 / 2.09, 12);
    expect(croston.forecast(history, 2).values).toEqual([3.17 / 2.09, 3.17 / 2.09].map((v) => expect.closeTo(v, 12)));
    expect(sba.forecast(history, 1).values[0]).toBeCloseTo(0.95 * (3.17 / 2.09), 12);
    expect(sba.forecast(history, 1).values[0]).toBeCloseTo(1.440909, 6);
  });

  it("start from the first demand and its position; forecast 0 without demand", () => {
    expect(crostonRate([0, 0, 4, 0])).toBeCloseTo(4 / 3, 12); // z = 4, p = 3
    expect(crostonRate([0, 0, 0])).toBe(0);
  });
});

describe("Theta", () => {
  it("adds half the regression slope to simple exponential smoothing (Hyndman & Billah's form)", () => {
    // y = 10, 12, 11, 13, 15; α = 0.5, l0 = 10
    //   SES levels: 10 → 10 (e 0) → 11 (e 2) → 11 (e 0) → 12 (e 2) → 13.5 (e 3)
    //   slope of y on t = 0…4: Σ(t − 2)(y − 12.2) / Σ(t − 2)² = 11 / 10 = 1.1, half = 0.55
    //   (1 − (1 − α)⁵) / α = (1 − 0.03125) / 0.5 = 1.9375
    //   ŷ(h) = 13.5 + 0.55 · ((h − 1) + 1.9375) → 14.565625, 15.115625, 15.665625
    const y = [10, 12, 11, 13, 15];
    expect(sesRun(y, 0.5, 10)).toEqual({ level: 13.5, sse: 17 });
    const values = thetaDrift(y, 3, 0.5, 10);
    [14.565625, 15.115625, 15.665625].forEach((expected, i) => expect(values[i]).toBeCloseTo(expected, 12));
  });

  it("fits α and the initial level by least squares", () => {
    const y = [10, 12, 11, 13, 15, 14, 16, 18, 17, 19];
    const { alpha, level0 } = fitSes(y);
    const best = sesRun(y, alpha, level0).sse;
    // no point of a fine grid around it does better
    for (let a = 0.05; a < 1; a += 0.05)
      for (let l = 5; l <= 15; l += 0.5) expect(sesRun(y, a, l).sse).toBeGreaterThanOrEqual(best - 1e-6);
    const forecast = theta.forecast(y, 2);
    expect(forecast.label).toBe("theta");
    expect(forecast.values).toEqual(thetaDrift(y, 2, alpha, level0));
  });

  it("deseasonalises with classical multiplicative indices when the series is seasonal", () => {
    // a constant level of 100 times a fixed pattern: the adjusted series is flat (slope 0),
    // SES stays at 100, and the pattern is multiplied back — next year equals this year
    const history = seasonalHistory(3);
    const forecast = theta.forecast(history, 12);
    expect(forecast.label).toBe("theta(seasonal)");
    forecast.values.forEach((value, i) => expect(value).toBeCloseTo(history[24 + i]!, 6));
  });
});

describe("exponential smoothing", () => {
  it("runs the damped-trend recursion (error-correction form) as computed by hand", () => {
    // ETS(A,Ad,N), α 0.5, β 0.1, φ 0.9, l0 10, b0 1, y = 12, 13
    //   t1: base 10 + 0.9·1 = 10.9, e 1.1, l 10.9 + 0.55 = 11.45, b 0.9 + 0.11 = 1.01
    //   t2: base 11.45 + 0.909 = 12.359, e 0.641, l 12.359 + 0.3205 = 12.6795, b 0.909 + 0.0641 = 0.9731
    //   SSE 1.21 + 0.410881 = 1.620881
    //   ŷ(1) = 12.6795 + 0.9·0.9731 = 13.55529; ŷ(2) = 12.6795 + 1.71·0.9731 = 14.343501
    const spec = { trend: true, season: "none" } as const;
    const params = { alpha: 0.5, beta: 0.1, gamma: 0, phi: 0.9 };
    const run = etsRun([12, 13], spec, params, { level: 10, trend: 1, season: new Array(12).fill(0) })!;
    expect(run.sse).toBeCloseTo(1.620881, 12);
    expect(run.state.level).toBeCloseTo(12.6795, 12);
    expect(run.state.trend).toBeCloseTo(0.9731, 12);
    const values = etsForecast(run.state, spec, 0.9, 2, 2);
    expect(values[0]).toBeCloseTo(13.55529, 10);
    expect(values[1]).toBeCloseTo(14.343501, 10);
  });

  it("updates a multiplicative seasonal state by the error over the level", () => {
    // ETS(A,N,M), α 0.2, γ 0.1, l0 100, s(month 1) 1.2, y = 126
    //   ŷ = 100·1.2 = 120, e = 6, l = 100 + 0.2·6/1.2 = 101, s = 1.2 + 0.1·6/100 = 1.206
    //   a year ahead (h = 12, the same calendar month): 101·1.206 = 121.806; h = 1: 101·s(month 2)
    const spec = { trend: false, season: "multiplicative" } as const;
    const season = [1.2, 0.8, ...new Array(10).fill(1)];
    const run = etsRun([126], spec, { alpha: 0.2, beta: 0, gamma: 0.1, phi: 1 }, { level: 100, trend: 0, season })!;
    expect(run.state.level).toBeCloseTo(101, 12);
    expect(run.state.season[0]).toBeCloseTo(1.206, 12);
    const values = etsForecast(run.state, spec, 1, 1, 12);
    expect(values[0]).toBeCloseTo(80.8, 10);
    expect(values[11]).toBeCloseTo(121.806, 10);
  });

  it("updates an additive seasonal state by the error", () => {
    // ETS(A,N,A), α 0.5, γ 0.2, l0 50, s(month 1) +10, y = 64: ŷ 60, e 4, l 52, s 10.8
    const spec = { trend: false, season: "additive" } as const;
    const season = [10, ...new Array(11).fill(0)];
    const run = etsRun([64], spec, { alpha: 0.5, beta: 0, gamma: 0.2, phi: 1 }, { level: 50, trend: 0, season })!;
    expect(run.state.level).toBeCloseTo(52, 12);
    expect(run.state.season[0]).toBeCloseTo(10.8, 12);
  });

  it("refuses a multiplicative model whose level leaves the positive numbers", () => {
    const spec = { trend: false, season: "multiplicative" } as const;
    expect(
      etsRun(
        [1],
        spec,
        { alpha: 0.5, beta: 0, gamma: 0, phi: 1 },
        { level: 0, trend: 0, season: new Array(12).fill(1) },
      ),
    ).toBeNull();
  });

  it("picks a seasonal form for a seasonal history and repeats an exact pattern", () => {
    const history = seasonalHistory(3);
    const forecast = ets.forecast(history, 12);
    expect(forecast.label).toMatch(/^ets\(AN(A|M)\)$/);
    forecast.values.forEach((value, i) => expect(value).toBeCloseTo(history[24 + i]!, 6));
  });

  it("follows a straight line with a damped trend, and a flat series with none", () => {
    const line = Array.from({ length: 24 }, (_, t) => 10 + 2 * t);
    const forecast = ets.forecast(line, 1);
    expect(forecast.label).toBe("ets(AAdN)");
    expect(forecast.values[0]).toBeCloseTo(58, 0); // the line's next point is 10 + 2·24
    expect(ets.forecast(new Array(10).fill(5), 3)).toEqual({ values: [5, 5, 5], label: "ets(ANN)" });
  });
});

describe("numeric helpers", () => {
  it("Nelder–Mead finds the minimum of a smooth bowl from a fixed start", () => {
    const { point, value } = nelderMead(([x, y]) => (x! - 3) ** 2 + 2 * (y! + 1) ** 2, [0, 0], { maxEvaluations: 400 });
    expect(point[0]).toBeCloseTo(3, 3);
    expect(point[1]).toBeCloseTo(-1, 3);
    expect(value).toBeLessThan(1e-6);
  });

  it("fits a line, the normal quantile, ln Γ, the incomplete beta and the F test", () => {
    expect(linearFit([10, 12, 11, 13, 15])).toEqual({
      intercept: expect.closeTo(9.999999999, 6),
      slope: expect.closeTo(1.1, 12),
    });
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655446004, 14);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.3263478740408408, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(incompleteBeta(0.5, 2, 3)).toBeCloseTo(11 / 16, 12); // Σ_{k≥2} C(4,k)/16
    // with 2 numerator degrees of freedom P(F > f) = (1 + 2f/d2)^(−d2/2): (1.6)^(−5)
    expect(fTestPValue(3, 2, 10)).toBeCloseTo(1.6 ** -5, 10);
  });

  it("finds the seasonal figure of an exact pattern and no season in a line or in too little data", () => {
    const history = seasonalHistory(3);
    expect(isSeasonal(history)).toBe(true);
    seasonalIndices(history, "multiplicative")!.forEach((index, j) => expect(index).toBeCloseTo(PATTERN[j]!, 10));
    seasonalIndices(history, "additive")!.forEach((index, j) => expect(index).toBeCloseTo(100 * PATTERN[j]! - 100, 8));
    expect(isSeasonal(Array.from({ length: 36 }, (_, t) => 5 + t))).toBe(false);
    expect(isSeasonal(seasonalHistory(1))).toBe(false);
    expect(seasonalIndices(seasonalHistory(1), "additive")).toBeNull();
  });
});
