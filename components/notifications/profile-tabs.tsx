"use client";

import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

/**
 * "Details | Notifications" under the profile's title. The profile lives at
 * /[tenant]/admin/profile and /[tenant]/portal/profile, so the links are derived from the
 * current path and the same component serves both areas.
 */
export function ProfileTabs() {
  const t = useTranslations("notifications.profileTabs");
  const pathname = usePathname() ?? "";
  const base = pathname.match(/^(\/[^/]+\/(?:admin|portal)\/profile)(?:\/|$)/)?.[1];
  if (!base) return null;
  const tabs = [
    { href: base, label: t("details") },
    { href: `${base}/notifications`, label: t("notifications") },
  ];
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-200">
      <ul role="list" className="-mb-px flex gap-1 overflow-x-auto">
        {tabs.map((tab) => {
          const current = pathname === tab.href;
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-medium whitespace-nowrap transition-colors",
                  current
                    ? "border-brand-700 text-brand-900"
                    : "border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900",
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
