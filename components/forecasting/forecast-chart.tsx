"use client";

import dynamic from "next/dynamic";
import { ChartLoading } from "@/components/ui/chart-loading";

/** recharts (~100 KB gzip) loads after the page, into a box already sized: nothing moves. */
const ForecastPlot = dynamic(() => import("./forecast-plot"), { ssr: false, loading: ChartLoading });

/** One month of the chart, in major units (revenue) or units; null where a line has no value. */
export type ChartPoint = {
  period: string;
  history: number | null;
  actual: number | null;
  statistical: number | null;
  band: [number, number] | null;
  pipeline: number | null;
  partner: number | null;
  commit: number | null;
};

export type ForecastChartProps = {
  /** the chart's accessible name (also its caption) */
  title: string;
  /** what the table below says, for screen readers: the chart itself is a picture of it */
  description: string;
  points: ChartPoint[];
  /** the first forecast month (a vertical rule marks it) */
  asOf: string;
  labels: Record<Exclude<keyof ChartPoint, "period">, string>;
  /** `Intl.NumberFormat` options for the axis and tooltip (a currency, or plain units) */
  format: { locale: string; currency?: string };
};

/**
 * History, the statistical forecast with its prediction interval, the other perspectives
 * and the actuals that followed, on one time axis (recharts). Readable at 320 px: compact
 * axis numbers, the legend wraps under the plot. The same figures are in the table the
 * page puts after it (`description` points there).
 */
export function ForecastChart({ title, description, ...plot }: ForecastChartProps) {
  return (
    <figure className="min-w-0" aria-label={title}>
      <figcaption className="sr-only">{description}</figcaption>
      <div className="h-72 w-full sm:h-80" data-testid="forecast-chart">
        <ForecastPlot {...plot} />
      </div>
    </figure>
  );
}
