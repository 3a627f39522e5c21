import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

export type DealsSection = "registrations" | "pipeline" | "opportunities" | "settings";

/**
 * The deals area's own navigation (registrations, pipeline board, pipeline table and, for
 * those who configure it, the methodology): links with `aria-current`, wrapping on phones.
 * The back office opens registrations as its review queue, on the pending ones.
 */
export function DealsNav({ base, current, side, configure = false }: { base: string; current: DealsSection; side: "vendor" | "partner"; configure?: boolean }) {
  const t = useTranslations("deals.nav");
  const sections: DealsSection[] = ["registrations", "pipeline", "opportunities", ...(configure ? (["settings"] as const) : [])];
  const href: Record<DealsSection, string> = {
    registrations: side === "vendor" ? `${base}?status=PENDING` : base,
    pipeline: `${base}/pipeline`,
    opportunities: `${base}/opportunities`,
    settings: `${base}/settings`,
  };
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
