import { useTranslations } from "next-intl";
import { SectionNav } from "@/components/ui/section-nav";

export type ForecastSection = "overview" | "commit" | "accuracy" | "diagnostics" | "plans";

const PATHS: Record<ForecastSection, string> = { overview: "", commit: "/commit", accuracy: "/accuracy", diagnostics: "/diagnostics", plans: "/plans" };

/** The forecasting area's own navigation. */
export function ForecastNav({ base, current }: { base: string; current: ForecastSection }) {
  const t = useTranslations("forecasting.nav");
  const links = (Object.keys(PATHS) as ForecastSection[]).map((id) => ({ id, href: `${base}${PATHS[id]}`, label: t(id) }));
  return <SectionNav label={t("label")} links={links} current={current} />;
}
