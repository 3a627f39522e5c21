"use client";

import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { AXIS_TICK, GRID_STROKE, TOOLTIP_LABEL_STYLE, compactFormat } from "@/components/charts/recharts-theme";
import type { ForecastChartProps } from "./forecast-chart";

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

/** ForecastChart's drawing (recharts), loaded after the page by ./forecast-chart. */
export default function ForecastPlot({
  points,
  asOf,
  labels,
  format,
}: Omit<ForecastChartProps, "title" | "description">) {
  const compact = compactFormat(format.locale, format.currency);
  const full = new Intl.NumberFormat(format.locale, {
    maximumFractionDigits: format.currency ? 0 : 1,
    ...(format.currency ? { style: "currency", currency: format.currency } : {}),
  });
  const present = LINES.filter((line) => points.some((p) => p[line.key] !== null));
  const hasBand = points.some((p) => p.band !== null);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={GRID_STROKE} vertical={false} />
        <XAxis dataKey="period" tick={AXIS_TICK} minTickGap={16} />
        <YAxis
          tick={AXIS_TICK}
          width={56}
          tickFormatter={(value: number) => compact.format(value)}
        />
        <Tooltip
          formatter={(value, name) => [
            Array.isArray(value) ? value.map((v) => full.format(Number(v))).join(" – ") : full.format(Number(value)),
            name,
          ]}
          labelStyle={TOOLTIP_LABEL_STYLE}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {hasBand && (
          <Area
            dataKey="band"
            name={labels.band}
            stroke="none"
            fill="#93c5fd"
            fillOpacity={0.45}
            isAnimationActive={false}
            connectNulls={false}
          />
        )}
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
  );
}
