import { useTranslations } from "next-intl";
import { SectionNav } from "@/components/ui/section-nav";

export type DealsSection = "registrations" | "pipeline" | "opportunities" | "settings";

/**
 * The deals area's own navigation (registrations, pipeline board, pipeline table and, for
 * those who configure it, the methodology). The back office opens registrations as its
 * review queue, on the pending ones.
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
  return <SectionNav label={t("label")} links={sections.map((id) => ({ id, href: href[id], label: t(id) }))} current={current} />;
}
