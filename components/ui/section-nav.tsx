import Link from "@/components/ui/link";
import { cn } from "./cn";

export type SectionLink = { id: string; href: string; label: string };

/**
 * A module's own navigation between its pages (deals, leads, invoicing, warranties,
 * forecasting…): links, the current one marked for assistive technology, wrapping on phones.
 */
export function SectionNav({ label, links, current }: { label: string; links: SectionLink[]; current: string }) {
  return (
    <nav aria-label={label} className="mb-6 border-b border-slate-200 pb-3">
      <ul className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.id}>
            <Link
              href={link.href}
              aria-current={link.id === current ? "page" : undefined}
              className={cn(
                "inline-block rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900",
                link.id === current && "bg-brand-50 text-brand-900 ring-1 ring-brand-200 ring-inset",
              )}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
