import { useLocale, useTranslations } from "next-intl";
import { countryName } from "@/components/backoffice/country";
import type { TerritoryRuleItem } from "@/lib/territories/types";

/** How a rule reads: "Country Mexico · Region Nuevo León · priority 2". */
export function RuleText({
  rule,
}: {
  rule: Pick<TerritoryRuleItem, "country" | "region" | "postalPrefix" | "industry" | "priority">;
}) {
  const t = useTranslations("territories.rules");
  const industries = useTranslations("enums.industry");
  const locale = useLocale();
  const parts = [
    rule.country && t("countryIs", { country: countryName(rule.country, locale) ?? rule.country }),
    rule.region && t("regionIs", { region: rule.region }),
    rule.postalPrefix && t("postalIs", { prefix: rule.postalPrefix }),
    rule.industry && t("industryIs", { industry: industries(rule.industry as never) }),
  ].filter(Boolean);
  return (
    <span>
      {parts.join(" · ")}
      {rule.priority !== 0 && <span className="text-slate-600"> · {t("priorityIs", { priority: rule.priority })}</span>}
    </span>
  );
}
