import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

export type ForecastSection = "overview" | "commit" | "accuracy" | "diagnostics" | "plans";

const PATHS: Record<ForecastSection, string> = { overview: "", commit: "/commit", accuracy: "/accuracy", diagnostics: "/diagnostics", plans: "/plans" };

/** The forecasting area's own navigation: links with `aria-current`, wrapping on phones. */
export function ForecastNav({ base, current }: { base: string; current: ForecastSection }) {
  const t = useTranslations("forecasting.nav");
  return (
    <nav aria-label={t("label")} className="mb-6 flex flex-wrap gap-2 border-b border-slate-200 pb-3">
      {(Object.keys(PATHS) as ForecastSection[]).map((section) => (
        <Link
          key={section}
          href={`${base}${PATHS[section]}`}
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
