"use client";

import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { spriteIcon } from "@/components/ui/sprite-icon";
import type { NavItem } from "./types";

/** The item whose href is the longest prefix of the current path (so "Home" is not always on). */
export function activeHref(items: NavItem[], pathname: string): string | null {
  let best: string | null = null;
  for (const { href } of items) {
    const matches = pathname === href || pathname.startsWith(href.endsWith("/") ? href : `${href}/`);
    if (matches && (best === null || href.length > best.length)) best = href;
  }
  return best;
}

/**
 * The links' and icons' classes, written out whole (no two of them conflict, so there is
 * nothing to merge): the shell's first render in the browser then never starts
 * tailwind-merge (components/ui/cn.ts).
 */
const LINK_BASE =
  "group flex min-h-11 items-center gap-3 rounded-lg px-3 text-sm font-medium transition-colors lg:min-h-10 " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";
const LINK_CLASS = {
  active: `${LINK_BASE} bg-brand-50 text-brand-900`,
  idle: `${LINK_BASE} text-slate-700 hover:bg-slate-100 hover:text-slate-900`,
};
const ICON_CLASS = {
  active: "size-5 shrink-0 text-brand-700",
  idle: "size-5 shrink-0 text-slate-500 group-hover:text-slate-700",
};

export type NavLinksProps = {
  items: NavItem[];
  /** Called after a link is clicked (the mobile drawer closes itself with it). */
  onNavigate?: () => void;
};

export function NavLinks({ items, onNavigate }: NavLinksProps) {
  const pathname = usePathname() ?? "";
  const current = activeHref(items, pathname);
  return (
    <ul role="list" className="space-y-1">
      {items.map((item) => {
        const active = item.href === current;
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              onClick={onNavigate}
              className={active ? LINK_CLASS.active : LINK_CLASS.idle}
            >
              {spriteIcon(item.icon, active ? ICON_CLASS.active : ICON_CLASS.idle)}
              <span className="truncate">{item.label}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
