"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** One expiry date: the money still available in the funds expiring that day, in major units (drawing only). */
export type ExpiryBar = { date: string; label: string; amount: number };

/**
 * Available co-op by the day its fund expires (recharts). A picture of the table the page
 * puts right after it (sr-only), which carries the exact amounts; colours ≥ 3:1 on white.
 */
export function ExpiryChart({
  title,
  description,
  bars,
  locale,
  currency,
}: {
  title: string;
  description: string;
  bars: ExpiryBar[];
  locale: string;
  currency: string;
}) {
  const compact = new Intl.NumberFormat(locale, {
    notation: "compact",
    maximumFractionDigits: 1,
    style: "currency",
    currency,
  });
  const full = new Intl.NumberFormat(locale, { style: "currency", currency });
  return (
    <figure className="min-w-0" aria-label={title}>
      <figcaption className="sr-only">{description}</figcaption>
      <div className="h-56 w-full" data-testid="coop-expiry-chart">
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
      </div>
    </figure>
  );
}
