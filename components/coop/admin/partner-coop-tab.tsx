import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Wallet } from "lucide-react";
import { ClientMessages } from "@/components/i18n/client-messages";
import type { PartnerTabProps } from "@/components/partners/360/types";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { fundsPage } from "@/lib/coop/queues";
import { liabilityReport } from "@/lib/coop/reports";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import { FundsTable } from "./funds-table";

/** Partner 360 "Co-op": what the vendor owes this partner, its funds with their balances, and links to its claims and requests. */
export async function PartnerCoopTab({ ctx, partner }: PartnerTabProps) {
  const [funds, liability, t] = await Promise.all([fundsPage(ctx, { partner: partner.id, pageSize: 50 }), liabilityReport(ctx, { partnerId: partner.id }), getTranslations("coopAdmin.partnerTab")]);
  const base = `/${ctx.tenant.slug}/admin/coop`;
  const money = (minor: bigint, currency: string) => formatMoney(minor, currency, ctx.user.locale as Locale);
  const link = "rounded font-medium text-brand-800 underline underline-offset-4";
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>{t("owed")}</CardTitle>
        </CardHeader>
        <CardContent className="space-y-3 text-sm">
          {liability.totals.length === 0 ? (
            <p className="text-slate-700">{t("nothingOwed")}</p>
          ) : (
            <ul className="space-y-1 text-slate-800">
              {liability.totals.map((total) => (
                <li key={total.currency}>{t("total", { liability: money(total.liabilityMinor, total.currency), committed: money(total.committedMinor, total.currency), unclaimed: money(total.unclaimedMinor, total.currency), expiring: money(total.expiringSoonMinor, total.currency) })}</li>
              ))}
            </ul>
          )}
          <p className="flex flex-wrap gap-x-4 gap-y-1">
            <Link href={`${base}?partner=${partner.id}`} className={link}>
              {t("claims")}
            </Link>
            <Link href={`${base}/requests?partner=${partner.id}`} className={link}>
              {t("requests")}
            </Link>
          </p>
        </CardContent>
      </Card>
      <ClientMessages namespaces={["dataTable"]}>
        <FundsTable rows={funds.rows} basePath={`${base}/funds`} showPartner={false} empty={<EmptyState icon={<Wallet />} title={t("empty.title")} description={t("empty.description")} />} />
      </ClientMessages>
    </div>
  );
}
