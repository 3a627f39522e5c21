"use client";

import dynamic from "next/dynamic";
import { ChartLoading } from "@/components/ui/chart-loading";

/** recharts (~100 KB gzip) loads after the page, into a box already sized: nothing moves. */
const ExpiryPlot = dynamic(() => import("./expiry-plot"), { ssr: false, loading: ChartLoading });

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
  return (
    <figure className="min-w-0" aria-label={title}>
      <figcaption className="sr-only">{description}</figcaption>
      <div className="h-56 w-full" data-testid="coop-expiry-chart">
        <ExpiryPlot bars={bars} locale={locale} currency={currency} />
      </div>
    </figure>
  );
}
