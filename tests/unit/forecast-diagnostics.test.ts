/**
 * The diagnostics' rules on crafted data (lib/forecasting/diagnostics.ts): each fires on
 * the problem it names, with its evidence, and stays quiet on clean data.
 */
import { describe, expect, it } from "vitest";
import {
  errorConcentration,
  partnerBias,
  pipelineCoverage,
  progressOf,
  trendBreak,
  type MonthEvidence,
} from "@/lib/forecasting/diagnostics";

const months = (pairs: [number, number][], start = 1): MonthEvidence[] =>
  pairs.map(([forecast, actual], i) => ({ period: `2026-${String(start + i).padStart(2, "0")}`, forecast, actual }));

describe("partnerBias", () => {
  it.each([
    { name: "persistently above: +50 %", pairs: [[150, 100], [160, 100], [140, 100], [150, 100]], metric: 0.5, severity: "critical" },
    { name: "persistently below: −25 %", pairs: [[75, 100], [70, 100], [80, 100], [75, 100]], metric: -0.25, severity: "warning" },
    { name: "three of four months on the bias' side", pairs: [[130, 100], [130, 100], [130, 100], [95, 100]], metric: 0.2125, severity: "warning" },
  ] as const)("fires: $name", ({ pairs, metric, severity }) => {
    const found = partnerBias("par_1", months(pairs.map((p) => [...p] as [number, number])))!;
    expect(found.kind).toBe("PARTNER_BIAS");
    expect(found.metric).toBeCloseTo(metric, 6);
    expect(found.severity).toBe(severity);
    expect(found.months).toHaveLength(pairs.length);
    expect(found.id).toBe("PARTNER_BIAS:PARTNER:par_1");
  });

  it.each([
    { name: "accurate", pairs: [[102, 100], [98, 100], [101, 100], [99, 100]] },
    { name: "large but alternating errors (not persistent)", pairs: [[200, 100], [50, 100], [200, 100], [50, 100]] },
    { name: "only two months", pairs: [[200, 100], [200, 100]] },
    { name: "no purchases to compare with", pairs: [[100, 0], [100, 0], [100, 0]] },
    { name: "just under the threshold", pairs: [[119, 100], [119, 100], [119, 100]] },
  ] as const)("stays quiet: $name", ({ pairs }) => {
    expect(partnerBias("par_1", months(pairs.map((p) => [...p] as [number, number])))).toBeNull();
  });
});

describe("pipelineCoverage", () => {
  it.each([
    { name: "a tenth covered", target: [1000, 1000, 1000], pipeline: [100, 100, 100], metric: 0.1, severity: "critical" },
    { name: "40 % covered", target: [1000, 1000, 1000], pipeline: [600, 300, 300], metric: 0.4, severity: "warning" },
  ] as const)("fires: $name", ({ target, pipeline, metric, severity }) => {
    const found = pipelineCoverage("TERRITORY", "ter_1", target.map((t, i) => ({ period: `2026-0${i + 1}`, forecast: t, actual: pipeline[i]! })))!;
    expect(found.metric).toBeCloseTo(metric, 9);
    expect(found.severity).toBe(severity);
    expect(found.totals).toEqual({ forecast: 3000, actual: pipeline.reduce((a, b) => a + b, 0) });
    expect(found.better).toBe("higher");
  });

  it.each([
    { name: "half covered", target: [1000, 1000], pipeline: [500, 500] },
    { name: "more pipeline than forecast", target: [100], pipeline: [400] },
    { name: "nothing forecast", target: [0, 0], pipeline: [0, 0] },
    { name: "no months", target: [], pipeline: [] },
  ] as const)("stays quiet: $name", ({ target, pipeline }) => {
    expect(pipelineCoverage("TOTAL", "", target.map((t, i) => ({ period: `2026-0${i + 1}`, forecast: t, actual: pipeline[i]! })))).toBeNull();
  });
});

describe("trendBreak", () => {
  const band = (actual: number[], start = 1): MonthEvidence[] =>
    actual.map((a, i) => ({ period: `2026-${String(start + i).padStart(2, "0")}`, forecast: 100, lower: 80, upper: 120, actual: a }));

  it.each([
    { name: "a drop: the last three months below the interval", actual: [100, 60, 55, 50], metric: 0.45, severity: "warning", months: 3 },
    { name: "a jump: two of the last three above, the latest too", actual: [100, 200, 110, 210], metric: 0.7333, severity: "critical", months: 3 },
  ] as const)("fires: $name", ({ actual, metric, severity, months: count }) => {
    const found = trendBreak("par_1", band([...actual]))!;
    expect(found.kind).toBe("TREND_BREAK");
    expect(found.metric).toBeCloseTo(metric, 3);
    expect(found.severity).toBe(severity);
    expect(found.months).toHaveLength(count);
  });

  it.each([
    { name: "inside the interval", actual: [90, 110, 100, 95] },
    { name: "one month outside (the latest)", actual: [100, 100, 100, 50] },
    { name: "outside earlier, back inside now", actual: [50, 50, 50, 100] },
    { name: "outside on both sides", actual: [100, 150, 100, 50] },
  ] as const)("stays quiet: $name", ({ actual }) => {
    expect(trendBreak("par_1", band([...actual]))).toBeNull();
  });

  it("stays quiet without an interval (a partner's own forecast has none)", () => {
    expect(trendBreak("par_1", months([[100, 10], [100, 10], [100, 10]]))).toBeNull();
  });
});

describe("errorConcentration", () => {
  it("fires when the top fifth of products carry most of the error, naming them", () => {
    const found = errorConcentration([
      { key: "a", error: 900 },
      { key: "b", error: 20 },
      { key: "c", error: 30 },
      { key: "d", error: 25 },
      { key: "e", error: 25 },
    ])!;
    expect(found.metric).toBeCloseTo(0.9, 9);
    expect(found.severity).toBe("critical");
    expect(found.products).toEqual([{ key: "a", error: 900, share: 0.9 }]);
  });

  it.each([
    { name: "error spread evenly", errors: [100, 100, 100, 100, 100] },
    { name: "too few products", errors: [1000, 1, 1] },
    { name: "no error at all", errors: [0, 0, 0, 0, 0] },
  ])("stays quiet: $name", ({ errors }) => {
    expect(errorConcentration(errors.map((error, i) => ({ key: `p${i}`, error })))).toBeNull();
  });
});

describe("progressOf", () => {
  it.each([
    { before: 0.5, after: null, better: "lower", measurable: true, expected: "resolved" },
    { before: 0.5, after: 0.3, better: "lower", measurable: true, expected: "improved" },
    { before: -0.5, after: -0.3, better: "lower", measurable: true, expected: "improved" },
    { before: 0.5, after: 0.7, better: "lower", measurable: true, expected: "worse" },
    { before: 0.5, after: 0.51, better: "lower", measurable: true, expected: "unchanged" },
    { before: 0.1, after: 0.3, better: "higher", measurable: true, expected: "improved" },
    { before: 0.3, after: 0.1, better: "higher", measurable: true, expected: "worse" },
    { before: 0.3, after: 0.1, better: "higher", measurable: false, expected: "pending" },
  ] as const)("$before → $after ($better is better, measurable: $measurable): $expected", ({ before, after, better, measurable, expected }) => {
    expect(progressOf(before, after, better, measurable)).toBe(expected);
  });
});
