import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { PartnerTabProps } from "@/components/partners/360/types";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { partnerLeadMetrics } from "@/lib/leads/metrics";
import { LeadMetricsTable } from "./metrics-table";

/** Partner 360 "Leads": how this partner answers the leads offered to it, and a link to them. */
export async function PartnerLeadsTab({ ctx, partner }: PartnerTabProps) {
  const [metrics, t] = await Promise.all([partnerLeadMetrics(ctx, { partnerId: partner.id }), getTranslations("leads")]);
  const answered = metrics[0]?.acceptance.answered ?? 0;
  return (
    <Card className="min-w-0">
      <CardHeader>
        <CardTitle>{t("metrics.title")}</CardTitle>
        <CardDescription>
          <Link href={`/${ctx.tenant.slug}/admin/leads?partner=${partner.id}`} className="rounded font-medium text-brand-800 underline underline-offset-4">
            {t("partnerTab.openLeads")}
          </Link>
        </CardDescription>
      </CardHeader>
      <CardContent>
        {answered === 0 ? <p className="text-sm text-slate-700">{t("partnerTab.none")}</p> : <LeadMetricsTable metrics={metrics} caption={t("metrics.title")} />}
      </CardContent>
    </Card>
  );
}
