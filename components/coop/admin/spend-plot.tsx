"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type SpendPoint = { label: string; /** major units, for drawing only (the tables carry exact amounts) */ value: number; text: string };

/**
 * Co-op paid by activity type, as horizontal bars (labels stay readable at 320 px). The same
 * figures are in a visually hidden table inside the figure, so a screen reader gets them as
 * data rather than as a picture.
 */
export function SpendChart({ title, description, points, locale, currency, headers }: { title: string; description: string; points: SpendPoint[]; locale: string; currency: string; headers: { type: string; paid: string } }) {
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1, style: "currency", currency });
  return (
    <figure className="min-w-0" aria-label={title}>
      <figcaption className="sr-only">{description}</figcaption>
      <div className="h-64 w-full sm:h-72" data-testid="coop-spend-chart">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={points} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#e2e8f0" horizontal={false} />
            <XAxis type="number" tick={{ fontSize: 11, fill: "#475569" }} tickFormatter={(value: number) => compact.format(value)} />
            <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 11, fill: "#334155" }} />
            <Tooltip formatter={(_value, _name, item) => [(item.payload as SpendPoint).text, headers.paid]} labelStyle={{ color: "#0f172a" }} />
            <Bar dataKey="value" name={headers.paid} fill="#1d4ed8" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{headers.type}</th>
              <th scope="col">{headers.paid}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.label}>
                <th scope="row">{p.label}</th>
                <td>{p.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
