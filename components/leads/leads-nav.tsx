import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

export type LeadsSection = "list" | "rules" | "import";

/** The back office's leads area: the list, the distribution rules and the CSV import (for those who may). */
export function LeadsNav({ base, current, configure, manage }: { base: string; current: LeadsSection; configure: boolean; manage: boolean }) {
  const t = useTranslations("leads.nav");
  const sections: LeadsSection[] = ["list", ...(configure ? (["rules"] as const) : []), ...(manage ? (["import"] as const) : [])];
  const href: Record<LeadsSection, string> = { list: base, rules: `${base}/rules`, import: `${base}/import` };
  return (
    <nav aria-label={t("label")} className="mb-6 flex flex-wrap gap-2 border-b border-slate-200 pb-3">
      {sections.map((section) => (
        <Link
          key={section}
          href={href[section]}
          aria-current={section === current ? "page" : undefined}
          className={cn(
            "rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900",
            section === current && "bg-brand-50 text-brand-900 ring-1 ring-brand-200 ring-inset",
          )}
        >
          {t(section)}
        </Link>
      ))}
    </nav>
  );
}
