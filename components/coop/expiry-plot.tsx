"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, GRID_STROKE, TOOLTIP_LABEL_STYLE, compactFormat } from "@/components/charts/recharts-theme";
import type { ExpiryBar } from "./expiry-chart";

/** ExpiryChart's drawing (recharts), loaded after the page by ./expiry-chart. */
export default function ExpiryPlot({ bars, locale, currency }: { bars: ExpiryBar[]; locale: string; currency: string }) {
  const compact = compactFormat(locale, currency);
  const full = new Intl.NumberFormat(locale, { style: "currency", currency });
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={bars} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={GRID_STROKE} vertical={false} />
        <XAxis dataKey="label" tick={AXIS_TICK} minTickGap={8} />
        <YAxis
          tick={AXIS_TICK}
          width={56}
          tickFormatter={(value: number) => compact.format(value)}
        />
        <Tooltip formatter={(value) => full.format(Number(value))} labelStyle={TOOLTIP_LABEL_STYLE} />
        <Bar dataKey="amount" fill="#1d4ed8" isAnimationActive={false} maxBarSize={48} />
      </BarChart>
    </ResponsiveContainer>
  );
}
