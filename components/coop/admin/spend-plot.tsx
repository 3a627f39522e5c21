"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SpendPoint } from "./spend-chart";

/** SpendChart's drawing (recharts), loaded after the page by ./spend-chart. */
export default function SpendPlot({ points, locale, currency, paid }: { points: SpendPoint[]; locale: string; currency: string; paid: string }) {
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1, style: "currency", currency });
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={points} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="#e2e8f0" horizontal={false} />
        <XAxis type="number" tick={{ fontSize: 11, fill: "#475569" }} tickFormatter={(value: number) => compact.format(value)} />
        <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 11, fill: "#334155" }} />
        <Tooltip formatter={(_value, _name, item) => [(item.payload as SpendPoint).text, paid]} labelStyle={{ color: "#0f172a" }} />
        <Bar dataKey="value" name={paid} fill="#1d4ed8" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
