"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

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

// Colours ≥ 3:1 against white (WCAG 1.4.11), and each forecast line has its own dash
// pattern, so no line is told apart by colour alone.
const LINES = [
  { key: "history", color: "#334155", dash: undefined, width: 2 },
  { key: "actual", color: "#0f172a", dash: undefined, width: 2.5 },
  { key: "statistical", color: "#1d4ed8", dash: undefined, width: 2 },
  { key: "pipeline", color: "#b45309", dash: "6 3", width: 2 },
  { key: "partner", color: "#047857", dash: "2 3", width: 2 },
  { key: "commit", color: "#7e22ce", dash: "10 4", width: 2 },
] as const;

/**
 * History, the statistical forecast with its prediction interval, the other perspectives
 * and the actuals that followed, on one time axis (recharts). Readable at 320 px: compact
 * axis numbers, the legend wraps under the plot. The same figures are in the table the
 * page puts after it (`description` points there).
 */
export function ForecastChart({ title, description, points, asOf, labels, format }: ForecastChartProps) {
  const compact = new Intl.NumberFormat(format.locale, {
    notation: "compact",
    maximumFractionDigits: 1,
    ...(format.currency ? { style: "currency", currency: format.currency } : {}),
  });
  const full = new Intl.NumberFormat(format.locale, {
    maximumFractionDigits: format.currency ? 0 : 1,
    ...(format.currency ? { style: "currency", currency: format.currency } : {}),
  });
  const present = LINES.filter((line) => points.some((p) => p[line.key] !== null));
  const hasBand = points.some((p) => p.band !== null);
  return (
    <figure className="min-w-0" aria-label={title}>
      <figcaption className="sr-only">{description}</figcaption>
      <div className="h-72 w-full sm:h-80" data-testid="forecast-chart">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis dataKey="period" tick={{ fontSize: 11, fill: "#475569" }} minTickGap={16} />
            <YAxis tick={{ fontSize: 11, fill: "#475569" }} width={56} tickFormatter={(value: number) => compact.format(value)} />
            <Tooltip
              formatter={(value, name) => [Array.isArray(value) ? value.map((v) => full.format(Number(v))).join(" – ") : full.format(Number(value)), name]}
              labelStyle={{ color: "#0f172a" }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {hasBand && <Area dataKey="band" name={labels.band} stroke="none" fill="#93c5fd" fillOpacity={0.45} isAnimationActive={false} connectNulls={false} />}
            {present.map((line) => (
              <Line
                key={line.key}
                dataKey={line.key}
                name={labels[line.key]}
                stroke={line.color}
                strokeWidth={line.width}
                strokeDasharray={line.dash}
                dot={false}
                isAnimationActive={false}
                connectNulls={false}
              />
            ))}
            <ReferenceLine x={asOf} stroke="#64748b" strokeDasharray="3 3" />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
