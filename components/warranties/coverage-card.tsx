import Link from "@/components/ui/link";
import { useLocale, useTranslations } from "next-intl";
import { FileDown } from "lucide-react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { explainCoverage, formatDay, type CoverageTranslate } from "@/lib/warranties/explain";
import type { UnitCoverage } from "@/lib/warranties/types";
import { CoverageBadge } from "./badges";

export type CoverageCardProps = {
  unit: UnitCoverage;
  /** the certificate's download path, when the unit is registered */
  certificateHref?: string | undefined;
  /** a link to the unit's own page (lookup results) */
  unitHref?: string | undefined;
  /** show the owning partner (back office) */
  showPartner?: boolean;
};

/** A unit's coverage: covered or not, until when, under which policy and why, with the unit's facts. */
export function CoverageCard({ unit, certificateHref, unitHref, showPartner = false }: CoverageCardProps) {
  const t = useTranslations("warranties.lookup");
  const coverageT = useTranslations("warranties.coverage");
  const cert = useTranslations("warranties.certificate");
  const locale = useLocale();
  const policy = unit.coverage.policy;
  const row = (label: string, value: React.ReactNode) =>
    value ? (
      <div className="grid gap-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-slate-700">{label}</dt>
        <dd className="text-slate-900">{value}</dd>
      </div>
    ) : null;
  const covers = policy ? [policy.coversParts && t("parts"), policy.coversLabour && t("labour"), policy.coversOnSite && t("onSite")].filter(Boolean).join(" · ") : "";
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2" className="flex flex-wrap items-center gap-2">
          <span className="break-all">{t("result", { serial: unit.serial })}</span>
          <CoverageBadge status={unit.coverage.status} />
        </CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        <p className="text-slate-900" data-testid="coverage-explanation">
          {explainCoverage(coverageT as unknown as CoverageTranslate, locale, unit.coverage)}
        </p>
        <dl className="space-y-2 text-sm">
          {row(t("product"), `${unit.product.sku} · ${locale === "es" ? unit.product.nameEs : unit.product.nameEn}`)}
          {showPartner && row(t("partner"), unit.partner.name)}
          {row(t("shipped"), formatDay(unit.shippedOn, locale))}
          {row(t("policy"), policy?.name)}
          {row(t("covers"), covers || null)}
          {row(t("customer"), unit.registration?.endCustomerName)}
          {row(t("site"), unit.registration?.installationSite)}
          {row(t("sold"), unit.registration?.saleOn ? formatDay(unit.registration.saleOn, locale) : null)}
          {row(t("registered"), unit.registration?.registeredOn ? formatDay(unit.registration.registeredOn, locale) : null)}
        </dl>
        <div className="flex flex-wrap gap-4">
          {certificateHref && unit.registration && (
            <a href={certificateHref} className="inline-flex items-center gap-1 rounded font-medium text-brand-800 underline-offset-4 hover:underline">
              <FileDown aria-hidden="true" className="size-4" />
              {cert("download")}
            </a>
          )}
          {unitHref && (
            <Link href={unitHref} className="rounded font-medium text-brand-800 underline-offset-4 hover:underline">
              {t("openUnit")}
            </Link>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
