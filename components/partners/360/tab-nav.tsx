import Link from "@/components/ui/link";
import { cn } from "@/components/ui/cn";

export type TabLink = { id: string; label: string; href: string };

/**
 * The partner page's sections as links (each tab is a URL): the current one is marked
 * with aria-current, and the row wraps on a phone instead of scrolling sideways.
 */
export function PartnerTabNav({ tabs, current, label }: { tabs: TabLink[]; current: string; label: string }) {
  return (
    <nav aria-label={label} className="mb-6 border-b border-slate-200 pb-3">
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const active = tab.id === current;
          return (
            <li key={tab.id}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                scroll={false}
                className={cn(
                  "inline-flex min-h-10 items-center rounded-full px-4 text-sm font-medium ring-1 ring-inset transition-colors",
                  active
                    ? "bg-brand-700 text-white ring-brand-700"
                    : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50 hover:text-slate-900",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
