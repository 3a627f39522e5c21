import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { cn } from "@/components/ui/cn";

export type StatCardProps = {
  label: string;
  /** Already formatted for the reader's locale. */
  value: string;
  hint?: string;
  icon: ReactNode;
  /** Makes the whole card a link to the list behind the number. */
  href?: string;
};

/** One key figure on the dashboard. */
export function StatCard({ label, value, hint, icon, href }: StatCardProps) {
  const body = (
    <>
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm font-medium text-slate-600">{label}</p>
        <span
          aria-hidden="true"
          className="flex size-9 items-center justify-center rounded-lg bg-brand-50 text-brand-700 [&_svg]:size-5"
        >
          {icon}
        </span>
      </div>
      <p className="mt-2 text-3xl font-semibold tracking-tight text-slate-900 tabular-nums">{value}</p>
      {hint && <p className="mt-1 text-xs text-slate-600">{hint}</p>}
    </>
  );
  const classes = "block rounded-xl border border-slate-200 bg-white p-5 shadow-sm";
  if (!href) return <div className={classes}>{body}</div>;
  return (
    <Link
      href={href}
      className={cn(
        classes,
        "transition-colors hover:border-brand-300 hover:bg-brand-50/40 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
      )}
    >
      {body}
    </Link>
  );
}
