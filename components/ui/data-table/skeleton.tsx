import { Skeleton } from "../skeleton";

/**
 * The loading state of a list page (its `loading.tsx`): page title, toolbar, rows and pager
 * outlines, so the layout does not jump when the list arrives.
 */
export function DataTableSkeleton({ rows = 8, label }: { rows?: number; label: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">{label}</span>
      <div className="mb-6 space-y-3">
        <Skeleton className="h-8 w-56 max-w-full" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      <div className="flex items-center justify-between gap-3">
        <Skeleton className="h-5 w-32" />
        <Skeleton className="h-9 w-28" />
      </div>
      <Skeleton className="h-20 w-full rounded-xl" />
      <div className="space-y-px overflow-hidden rounded-xl border border-slate-200 bg-white">
        {Array.from({ length: rows }, (_, index) => (
          <div key={index} className="flex items-center gap-4 px-4 py-3">
            <Skeleton className="h-4 w-1/3" />
            <Skeleton className="h-4 w-1/5" />
            <Skeleton className="hidden h-4 w-1/6 sm:block" />
          </div>
        ))}
      </div>
    </div>
  );
}
