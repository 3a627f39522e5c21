import * as React from "react";
import { cn } from "./cn";

export type TableProps = React.TableHTMLAttributes<HTMLTableElement> & {
  /**
   * Accessible name of the scroll region (e.g. "Partners"). Required because the wrapper is
   * a focusable region so keyboard users can scroll a wide table.
   */
  label: string;
  /** Visible caption; defaults to a visually hidden caption with `label`. */
  caption?: React.ReactNode;
  /**
   * On phones (< 640px) show each row as a card with "column: value" lines instead of
   * scrolling sideways. Give every TableCell a `label` (its column name) when using this.
   */
  stacked?: boolean;
  /** Classes of the outer bordered container. */
  containerClassName?: string;
};

/** A data table in a bordered container that scrolls horizontally when too wide. */
export function Table({
  label,
  caption,
  stacked = false,
  className,
  containerClassName,
  children,
  ...props
}: TableProps) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={cn(
        "overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
        containerClassName,
      )}
    >
      <table
        className={cn("w-full border-collapse text-left text-sm", stacked && "canal-table-stacked", className)}
        {...props}
      >
        <caption className={caption ? "px-4 py-3 text-left text-sm font-medium text-slate-700" : "sr-only"}>
          {caption ?? label}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function TableHeader({ className, ...props }: React.HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className={cn("border-b border-slate-200 bg-slate-50", className)} {...props} />;
}

export function TableBody({ className, ...props }: React.HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={cn("divide-y divide-slate-200", className)} {...props} />;
}

export function TableRow({ className, ...props }: React.HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cn("transition-colors hover:bg-slate-50/70", className)} {...props} />;
}

export type TableHeadProps = React.ThHTMLAttributes<HTMLTableCellElement> & { align?: "left" | "right" | "center" };

/** A column header (<th scope="col">). */
export function TableHead({ className, align = "left", scope = "col", ...props }: TableHeadProps) {
  return (
    <th
      scope={scope}
      className={cn(
        "px-4 py-3 text-xs font-semibold tracking-wide whitespace-nowrap text-slate-700 uppercase",
        align === "right" && "text-right",
        align === "center" && "text-center",
        className,
      )}
      {...props}
    />
  );
}

export type TableCellProps = React.TdHTMLAttributes<HTMLTableCellElement> & {
  /** Column name, shown before the value when the table is `stacked` on phones. */
  label?: string;
  align?: "left" | "right" | "center";
};

export function TableCell({ className, label, align = "left", ...props }: TableCellProps) {
  return (
    <td
      data-label={label}
      className={cn(
        "px-4 py-3 align-middle text-slate-800",
        align === "right" && "text-right tabular-nums",
        align === "center" && "text-center",
        className,
      )}
      {...props}
    />
  );
}
