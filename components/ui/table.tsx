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
  /** Classes of the outer bordered container. */
  containerClassName?: string;
};

/**
 * A small static table (a settings matrix) in a bordered container that scrolls horizontally
 * when too wide. Lists use DataTable (./data-table), which adds paging, sorting and phone rows.
 */
export function Table({
  label,
  caption,
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
        // relative: visually hidden (absolute) labels inside cells scroll with the table instead of widening the page
        "relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
        containerClassName,
      )}
    >
      <table
        className={cn("w-full border-collapse text-left text-sm", className)}
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
  align?: "left" | "right" | "center";
};

export function TableCell({ className, align = "left", ...props }: TableCellProps) {
  return (
    <td
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
