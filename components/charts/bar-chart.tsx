import { cn } from "@/components/ui/cn";

export type BarTone = "neutral" | "brand" | "info" | "success" | "warning" | "danger";

export type Bar = {
  key: string;
  label: string;
  value: number;
  /** The value as the reader's locale writes it. */
  valueLabel: string;
  tone?: BarTone;
};

export type BarChartProps = {
  /** Accessible name of the chart (also the hidden table's caption). */
  title: string;
  bars: Bar[];
  /** Column headers of the screen-reader table, e.g. ["Status", "Partners"]. */
  columns: [string, string];
  className?: string;
};

// Each fill is ≥ 3:1 against white (WCAG 1.4.11); the number beside it carries the value anyway.
const fills: Record<BarTone, string> = {
  neutral: "bg-slate-500",
  brand: "bg-brand-600",
  info: "bg-sky-600",
  success: "bg-emerald-600",
  warning: "bg-amber-600",
  danger: "bg-red-600",
};

/**
 * A dependency-free horizontal bar chart. The drawing is hidden from assistive technology
 * and the same numbers are given to it as a table, so nothing depends on seeing the bars.
 */
export function BarChart({ title, bars, columns, className }: BarChartProps) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <figure className={cn("w-full", className)}>
      <div aria-hidden="true" className="space-y-3">
        {bars.map((bar) => {
          const percent = bar.value === 0 ? 0 : Math.max(2, (bar.value / max) * 100);
          return (
            <div key={bar.key} className="grid grid-cols-[minmax(6rem,9rem)_1fr_auto] items-center gap-3 text-sm">
              <span className="truncate text-slate-700">{bar.label}</span>
              <span className="h-3 overflow-hidden rounded-full bg-slate-100">
                <span
                  className={cn("block h-full rounded-full transition-[width]", fills[bar.tone ?? "brand"])}
                  style={{ width: `${percent}%` }}
                />
              </span>
              <span className="min-w-8 text-right font-semibold text-slate-900 tabular-nums">{bar.valueLabel}</span>
            </div>
          );
        })}
      </div>
      {/* sr-only on the wrapper, not the table: a table is as wide as its cells whatever its
          width, and an absolutely placed wide table widens the page on a phone */}
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{columns[0]}</th>
              <th scope="col">{columns[1]}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.label}</th>
                <td>{bar.valueLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
