import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ShieldCheck } from "lucide-react";
import type { PartnerTabProps } from "@/components/partners/360/types";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { claimsPage, unitsPage } from "@/lib/warranties/list";
import { claimNumberText } from "@/lib/warranties/schema";
import { ClaimStatusBadge } from "./badges";

/** Partner 360 "Warranties": the partner's units (registered or not) and its latest claims. */
export async function PartnerWarrantiesTab({ ctx, partner }: PartnerTabProps) {
  const [units, registered, claims, t] = await Promise.all([
    unitsPage(ctx, { partner: partner.id, pageSize: 10 }),
    unitsPage(ctx, { partner: partner.id, registered: "yes", pageSize: 10 }),
    claimsPage(ctx, { partner: partner.id, pageSize: 10 }),
    getTranslations("warranties"),
  ]);
  const base = `/${ctx.tenant.slug}/admin/warranties`;
  const link = "rounded font-medium text-brand-800 underline underline-offset-4";
  if (units.total === 0 && claims.total === 0) return <EmptyState icon={<ShieldCheck />} title={t("tab.title")} description={t("tab.none")} />;
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <Card className="h-fit min-w-0">
        <CardHeader>
          <CardTitle>{t("tab.units")}</CardTitle>
          <CardDescription>
            <Link href={`${base}/units?partner=${partner.id}`} className={link}>
              {t("tab.all")}
            </Link>
          </CardDescription>
        </CardHeader>
        <CardContent>
          <dl className="grid grid-cols-2 gap-4 text-sm">
            <div>
              <dt className="text-slate-700">{t("tab.units")}</dt>
              <dd className="text-2xl font-semibold text-slate-900">{units.total}</dd>
            </div>
            <div>
              <dt className="text-slate-700">{t("table.filters.yes")}</dt>
              <dd className="text-2xl font-semibold text-slate-900">{registered.total}</dd>
            </div>
          </dl>
        </CardContent>
      </Card>
      <Card className="h-fit min-w-0">
        <CardHeader>
          <CardTitle>{t("tab.claims")}</CardTitle>
        </CardHeader>
        <CardContent>
          <ul className="divide-y divide-slate-100">
            {claims.rows.map((claim) => (
              <li key={claim.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <Link href={`${base}/claims/${claim.id}`} className={link}>
                  {claimNumberText(claim.number)} · {claim.serial}
                </Link>
                <ClaimStatusBadge status={claim.status} />
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
    </div>
  );
}
