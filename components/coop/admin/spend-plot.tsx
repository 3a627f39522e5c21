"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, GRID_STROKE, TOOLTIP_LABEL_STYLE, compactFormat } from "@/components/charts/recharts-theme";
import type { SpendPoint } from "./spend-chart";

/** SpendChart's drawing (recharts), loaded after the page by ./spend-chart. */
export default function SpendPlot({ points, locale, currency, paid }: { points: SpendPoint[]; locale: string; currency: string; paid: string }) {
  const compact = compactFormat(locale, currency);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={points} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
        <XAxis type="number" tick={AXIS_TICK} tickFormatter={(value: number) => compact.format(value)} />
        <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 11, fill: "#334155" }} />
        <Tooltip formatter={(_value, _name, item) => [(item.payload as SpendPoint).text, paid]} labelStyle={TOOLTIP_LABEL_STYLE} />
        <Bar dataKey="value" name={paid} fill="#1d4ed8" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
