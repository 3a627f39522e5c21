import { useTranslations } from "next-intl";
import { SectionNav } from "@/components/ui/section-nav";

export type CoopSection = "claims" | "requests" | "funds" | "programs" | "reports" | "settings";

const PATHS: Record<CoopSection, string> = { claims: "", requests: "/requests", funds: "/funds", programs: "/programs", reports: "/reports", settings: "/settings" };

/** The back office's co-op sections. */
export function CoopSectionNav({ tenant, current }: { tenant: string; current: CoopSection }) {
  const t = useTranslations("coopAdmin.nav");
  const base = `/${tenant}/admin/coop`;
  const links = (Object.keys(PATHS) as CoopSection[]).map((id) => ({ id, href: `${base}${PATHS[id]}`, label: t(id) }));
  return <SectionNav label={t("label")} links={links} current={current} />;
}
