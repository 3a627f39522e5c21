import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { ChevronRight } from "lucide-react";

export type QuickLink = { href: string; label: string; description: string; icon: ReactNode };

/** Shortcuts to the tasks people come to the back office for. */
export function QuickLinks({ links }: { links: QuickLink[] }) {
  return (
    <ul className="space-y-1">
      {links.map((link) => (
        <li key={link.href}>
          <Link
            href={link.href}
            className="group flex min-h-11 items-center gap-3 rounded-lg px-2 py-2 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600"
          >
            <span
              aria-hidden="true"
              className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-slate-100 text-slate-700 group-hover:bg-brand-50 group-hover:text-brand-700 [&_svg]:size-4"
            >
              {link.icon}
            </span>
            <span className="min-w-0 flex-1">
              <span className="block text-sm font-medium text-slate-900">{link.label}</span>
              <span className="block text-xs text-slate-600">{link.description}</span>
            </span>
            <ChevronRight aria-hidden="true" className="size-4 shrink-0 text-slate-500" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
