/**
 * What every recharts plot shares (the plots are loaded after their page; see
 * components/coop/expiry-plot.tsx): a light grid, axis ticks in slate-600 (≥ 4.5:1 on
 * white), the tooltip's label in the text colour, and the axes' compact numbers.
 */
export const GRID_STROKE = "#e2e8f0";
export const AXIS_TICK = { fontSize: 11, fill: "#475569" } as const;
export const TOOLTIP_LABEL_STYLE = { color: "#0f172a" } as const;

/** "1.2K", "€3.4M": an axis's numbers in the reader's locale, as money when a currency is given. */
export function compactFormat(locale: string, currency?: string): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, {
    notation: "compact",
    maximumFractionDigits: 1,
    ...(currency ? { style: "currency", currency } : {}),
  });
}
