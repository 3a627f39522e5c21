"use client";

import dynamic from "next/dynamic";
import { ChartLoading } from "@/components/ui/chart-loading";

/** recharts (~100 KB gzip) loads after the page, into a box already sized: nothing moves. */
const SpendPlot = dynamic(() => import("./spend-plot"), { ssr: false, loading: ChartLoading });

export type SpendPoint = { label: string; /** major units, for drawing only (the tables carry exact amounts) */ value: number; text: string };

/**
 * Co-op paid by activity type, as horizontal bars (labels stay readable at 320 px). The same
 * figures are in a visually hidden table inside the figure, so a screen reader gets them as
 * data rather than as a picture.
 */
export function SpendChart({ title, description, points, locale, currency, headers }: { title: string; description: string; points: SpendPoint[]; locale: string; currency: string; headers: { type: string; paid: string } }) {
  return (
    <figure className="min-w-0" aria-label={title}>
      <figcaption className="sr-only">{description}</figcaption>
      <div className="h-64 w-full sm:h-72" data-testid="coop-spend-chart">
        <SpendPlot points={points} locale={locale} currency={currency} paid={headers.paid} />
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
