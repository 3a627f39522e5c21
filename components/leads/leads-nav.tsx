import { useTranslations } from "next-intl";
import { SectionNav } from "@/components/ui/section-nav";

export type LeadsSection = "list" | "rules" | "import";

/** The back office's leads area: the list, the distribution rules and the CSV import (for those who may). */
export function LeadsNav({ base, current, configure, manage }: { base: string; current: LeadsSection; configure: boolean; manage: boolean }) {
  const t = useTranslations("leads.nav");
  const sections: LeadsSection[] = ["list", ...(configure ? (["rules"] as const) : []), ...(manage ? (["import"] as const) : [])];
  const href: Record<LeadsSection, string> = { list: base, rules: `${base}/rules`, import: `${base}/import` };
  return <SectionNav label={t("label")} links={sections.map((id) => ({ id, href: href[id], label: t(id) }))} current={current} />;
}
