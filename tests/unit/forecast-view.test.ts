/**
 * A snapshot series as the overview shows it (lib/forecasting/view.ts): perspectives side by
 * side per forecast month, actuals only for months that have ended, and chart points in
 * major units with the interval as a band.
 */
import { describe, expect, it } from "vitest";
import type { SnapshotSeries } from "@/lib/forecasting/types";
import { chartPoints, perspectiveRows } from "@/lib/forecasting/view";

const series: SnapshotSeries = {
  id: "fcs_1",
  level: "PARTNER",
  key: "par_1",
  measure: "REVENUE",
  currency: "USD",
  history: [1000, 2000, 3000],
  method: "naive",
  explanation: { method: "naive", components: [], backtest: [], reason: "shortHistory", backtestError: null, intermittent: false, seasonal: false, breakAt: null },
  partnerCoverage: null,
  perspectives: {
    STATISTICAL: [
      { period: "2026-04", horizon: 1, value: "3000", lower: "2500", upper: "3500" },
      { period: "2026-05", horizon: 2, value: "3000", lower: "2200", upper: "3800" },
    ],
    PIPELINE: [{ period: "2026-05", horizon: 2, value: "700", lower: null, upper: null }],
    PARTNER: [{ period: "2026-04", horizon: 1, value: "4000", lower: null, upper: null }],
  },
};

describe("perspectiveRows", () => {
  it("puts the perspectives side by side, with actuals for ended months only", () => {
    const rows = perspectiveRows(series, "2026-04", 3, { from: "2026-04", values: [3100n, 2900n] }, "2026-05");
    expect(rows).toEqual([
      { period: "2026-04", statistical: 3000, lower: 2500, upper: 3500, pipeline: null, partner: 4000, commit: null, actual: 3100 },
      { period: "2026-05", statistical: 3000, lower: 2200, upper: 3800, pipeline: 700, partner: null, commit: null, actual: null },
      { period: "2026-06", statistical: null, lower: null, upper: null, pipeline: null, partner: null, commit: null, actual: null },
    ]);
  });

  it("has no actuals when none are given (the current run)", () => {
    expect(perspectiveRows(series, "2026-04", 1, null, "2026-09")[0]!.actual).toBeNull();
  });
});

describe("chartPoints", () => {
  it("scales minor units to major ones and draws the interval as a band after the history", () => {
    const rows = perspectiveRows(series, "2026-04", 2, null, "2026-04");
    const points = chartPoints(series, "2026-01", rows, 100);
    expect(points.map((p) => p.period)).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]);
    expect(points.slice(0, 3).map((p) => p.history)).toEqual([10, 20, 30]);
    expect(points[3]).toMatchObject({ history: null, statistical: 30, band: [25, 35], partner: 40, pipeline: null });
    expect(points[4]).toMatchObject({ statistical: 30, band: [22, 38], pipeline: 7 });
  });
});
