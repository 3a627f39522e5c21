import * as React from "react";
import { cn } from "./cn";

export type BadgeTone = "neutral" | "brand" | "info" | "success" | "warning" | "danger";

// Text on its tinted background is ≥ 7:1 for every tone.
const tones: Record<BadgeTone, { badge: string; dot: string }> = {
  neutral: { badge: "bg-slate-100 text-slate-800 ring-slate-300", dot: "bg-slate-500" },
  brand: { badge: "bg-brand-50 text-brand-900 ring-brand-200", dot: "bg-brand-600" },
  info: { badge: "bg-sky-50 text-sky-900 ring-sky-200", dot: "bg-sky-600" },
  success: { badge: "bg-emerald-50 text-emerald-900 ring-emerald-200", dot: "bg-emerald-600" },
  warning: { badge: "bg-amber-50 text-amber-900 ring-amber-300", dot: "bg-amber-500" },
  danger: { badge: "bg-red-50 text-red-900 ring-red-200", dot: "bg-red-600" },
};

export type BadgeProps = React.HTMLAttributes<HTMLSpanElement> & {
  tone?: BadgeTone;
  /** A small colored dot before the text (the text, not the color, carries the meaning). */
  dot?: boolean;
};

/** A short status label such as "Active" or "Suspended". */
export function Badge({ tone = "neutral", dot = false, className, children, ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        tones[tone].badge,
        className,
      )}
      {...props}
    >
      {dot && <span aria-hidden="true" className={cn("size-1.5 rounded-full", tones[tone].dot)} />}
      {children}
    </span>
  );
}
