import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

export type CoopSection = "claims" | "requests" | "funds" | "programs" | "reports";

/** The back office's co-op sections, as links (the current one marked for assistive technology). */
export function CoopSectionNav({ tenant, current }: { tenant: string; current: CoopSection }) {
  const t = useTranslations("coopAdmin.nav");
  const base = `/${tenant}/admin/coop`;
  const links: [CoopSection, string][] = [
    ["claims", base],
    ["requests", `${base}/requests`],
    ["funds", `${base}/funds`],
    ["programs", `${base}/programs`],
    ["reports", `${base}/reports`],
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
