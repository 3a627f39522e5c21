import { addMonths, periodIndex } from "@/lib/forecast/engine/period";
import type { ForecastPerspective } from "@/lib/generated/prisma/enums";
import type { ForecastPoint, SnapshotSeries } from "./types";

/**
 * One series of a snapshot as the overview shows it: chart points (history, forecast,
 * interval, the other perspectives, actuals) and the side-by-side rows of the forecast
 * months. Pure; values stay in the series' units (minor units for revenue) until `scale`
 * divides them for the chart.
 */
export type PerspectiveRow = {
  period: string;
  statistical: number | null;
  lower: number | null;
  upper: number | null;
  pipeline: number | null;
  partner: number | null;
  commit: number | null;
  actual: number | null;
};

/** Months of history the chart shows before the forecast (the snapshot keeps 36). */
export const CHART_HISTORY_MONTHS = 24;

const valueAt = (points: ForecastPoint[] | undefined, period: string, field: "value" | "lower" | "upper" = "value") => {
  const point = points?.find((p) => p.period === period);
  const raw = point?.[field];
  return raw === null || raw === undefined ? null : Number(raw);
};

export function perspectiveRows(series: SnapshotSeries, asOf: string, horizon: number, actuals: { from: string; values: readonly bigint[] } | null, current: string): PerspectiveRow[] {
  const p = (key: ForecastPerspective) => series.perspectives[key];
  return Array.from({ length: horizon }, (_, h) => {
    const period = addMonths(asOf, h);
    const offset = actuals ? periodIndex(period)! - periodIndex(actuals.from)! : -1;
    const actual = actuals && period < current && offset >= 0 && offset < actuals.values.length ? Number(actuals.values[offset]) : null;
    return {
      period,
      statistical: valueAt(p("STATISTICAL"), period),
      lower: valueAt(p("STATISTICAL"), period, "lower"),
      upper: valueAt(p("STATISTICAL"), period, "upper"),
      pipeline: valueAt(p("PIPELINE"), period),
      partner: valueAt(p("PARTNER"), period),
      commit: valueAt(p("COMMIT"), period),
      actual,
    };
  });
}

export function chartPoints(series: SnapshotSeries, historyFrom: string, rows: PerspectiveRow[], scale: number) {
  const s = (value: number | null) => (value === null ? null : value / scale);
  const skip = Math.max(0, series.history.length - CHART_HISTORY_MONTHS);
  const history = series.history.slice(skip).map((value, i) => ({
    period: addMonths(historyFrom, skip + i),
    history: value / scale,
    actual: null,
    statistical: null,
    band: null,
    pipeline: null,
    partner: null,
    commit: null,
  }));
  const ahead = rows.map((row) => ({
    period: row.period,
    history: null,
    actual: s(row.actual),
    statistical: s(row.statistical),
    band: row.lower !== null && row.upper !== null ? ([row.lower / scale, row.upper / scale] as [number, number]) : null,
    pipeline: s(row.pipeline),
    partner: s(row.partner),
    commit: s(row.commit),
  }));
  return [...history, ...ahead];
}
