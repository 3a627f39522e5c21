import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

export type WarrantySection = "claims" | "units" | "policies" | "lookup" | "analytics";

/** The back office's warranty sections, as links (the current one marked for assistive technology). */
export function WarrantySectionNav({ tenant, current }: { tenant: string; current: WarrantySection }) {
  const t = useTranslations("warranties.nav");
  const base = `/${tenant}/admin/warranties`;
  const links: [WarrantySection, string][] = [
    ["claims", base],
    ["units", `${base}/units`],
    ["policies", `${base}/policies`],
    ["lookup", `${base}/lookup`],
    ["analytics", `${base}/analytics`],
  ];
  return (
    <nav aria-label={t("label")} className="mb-6 overflow-x-auto">
      <ul className="flex min-w-max gap-1 border-b border-slate-200">
        {links.map(([key, href]) => (
          <li key={key}>
            <Link
              href={href}
              aria-current={key === current ? "page" : undefined}
              className={cn(
                "inline-block rounded-t px-3 py-2 text-sm font-medium underline-offset-4 hover:underline",
                key === current ? "border-b-2 border-brand-700 text-brand-800" : "text-slate-700",
              )}
            >
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
