import { useTranslations } from "next-intl";
import { SectionNav } from "@/components/ui/section-nav";

export type WarrantySection = "claims" | "units" | "policies" | "lookup" | "analytics";

const PATHS: Record<WarrantySection, string> = { claims: "", units: "/units", policies: "/policies", lookup: "/lookup", analytics: "/analytics" };

/** The back office's warranty sections. */
export function WarrantySectionNav({ tenant, current }: { tenant: string; current: WarrantySection }) {
  const t = useTranslations("warranties.nav");
  const base = `/${tenant}/admin/warranties`;
  const links = (Object.keys(PATHS) as WarrantySection[]).map((id) => ({ id, href: `${base}${PATHS[id]}`, label: t(id) }));
  return <SectionNav label={t("label")} links={links} current={current} />;
}
