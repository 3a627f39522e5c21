"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ExpiryBar } from "./expiry-chart";

/** ExpiryChart's drawing (recharts), loaded after the page by ./expiry-chart. */
export default function ExpiryPlot({ bars, locale, currency }: { bars: ExpiryBar[]; locale: string; currency: string }) {
  const compact = new Intl.NumberFormat(locale, {
    notation: "compact",
    maximumFractionDigits: 1,
    style: "currency",
    currency,
  });
  const full = new Intl.NumberFormat(locale, { style: "currency", currency });
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={bars} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#475569" }} minTickGap={8} />
        <YAxis
          tick={{ fontSize: 11, fill: "#475569" }}
          width={56}
          tickFormatter={(value: number) => compact.format(value)}
        />
        <Tooltip formatter={(value) => full.format(Number(value))} labelStyle={{ color: "#0f172a" }} />
        <Bar dataKey="amount" fill="#1d4ed8" isAnimationActive={false} maxBarSize={48} />
      </BarChart>
    </ResponsiveContainer>
  );
}
