import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** Label/value pairs (company facts, account details) as an accessible description list. */
export function Facts({ items, className }: { items: { label: string; value: ReactNode }[]; className?: string }) {
  return (
    <dl className={cn("divide-y divide-slate-100", className)}>
      {items.map((item) => (
        <div
          key={item.label}
          className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-baseline sm:gap-4"
        >
          <dt className="text-sm text-slate-600 sm:w-40 sm:shrink-0">{item.label}</dt>
          <dd className="min-w-0 text-sm font-medium break-words text-slate-900">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
