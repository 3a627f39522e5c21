import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";

/** "Programs | Tier history | Recorded values" under the programs area's titles. */
export async function ProgramsTabs({ tenant, current }: { tenant: string; current: "programs" | "history" | "metrics" }) {
  const t = await getTranslations("programs.tabs");
  const base = `/${tenant}/admin/programs`;
  const tabs = [
    { id: "programs", href: base, label: t("programs") },
    { id: "history", href: `${base}/history`, label: t("history") },
    { id: "metrics", href: `${base}/metrics`, label: t("metrics") },
  ] as const;
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-200">
      <ul role="list" className="-mb-px flex gap-1 overflow-x-auto">
        {tabs.map((tab) => (
          <li key={tab.id}>
            <Link
              href={tab.href}
              aria-current={tab.id === current ? "page" : undefined}
              className={cn(
                "inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-medium whitespace-nowrap transition-colors",
                tab.id === current ? "border-brand-700 text-brand-900" : "border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
