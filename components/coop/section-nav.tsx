import { useTranslations } from "next-intl";
import { SectionNav } from "@/components/ui/section-nav";

export type CoopSection = "overview" | "requests" | "claims";

const PATHS: Record<CoopSection, string> = { overview: "", requests: "/requests", claims: "/claims" };

/** The portal's co-op sections. */
export function CoopSectionNav({ tenant, current }: { tenant: string; current: CoopSection }) {
  const t = useTranslations("coopPortal.nav");
  const base = `/${tenant}/portal/coop`;
  const links = (Object.keys(PATHS) as CoopSection[]).map((id) => ({ id, href: `${base}${PATHS[id]}`, label: t(id) }));
  return <SectionNav label={t("label")} links={links} current={current} />;
}
