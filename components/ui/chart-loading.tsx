/**
 * What a chart's box shows while recharts loads (charts come with `next/dynamic`, after the
 * page: see docs/architecture.md, "Client cost"). It fills the box the chart will fill, so
 * nothing moves when the chart arrives; it is decorative — the chart's <figure> keeps its
 * name and caption, and the figures are in the table each chart page carries for screen
 * readers, loaded or not.
 */
export function ChartLoading() {
  return <div aria-hidden="true" className="h-full w-full animate-pulse rounded-md bg-slate-100" />;
}
