import { randomUUID } from "node:crypto";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { BalanceList } from "@/components/coop/admin/facts";
import { AdjustForm } from "@/components/coop/admin/adjust-form";
import { LedgerTable, figureOf } from "@/components/coop/admin/ledger";
import { formatDay } from "@/components/deals/format";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BackLink } from "@/components/ui/back-link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { getFund } from "@/lib/coop/read";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import { adjustCoopFundAction } from "../../actions";

export const generateMetadata = vendorMetadata("coop.read", async ({ ctx, params }) => {
  const fund = await getFund(ctx, params.coopFundId ?? "");
  return { title: `${fund.programName} · ${fund.partnerName}` };
});

/** One fund: its balances, each with the number of ledger entries behind it, the ledger, and a manual adjustment. */
export default vendorPage("coop.read", async ({ ctx, params }) => {
  const [fund, t, format] = await Promise.all([getFund(ctx, params.coopFundId), getTranslations("coopAdmin"), getFormatter()]);
  const base = `/${ctx.tenant.slug}/admin`;
  const counts = new Map<string, number>();
  for (const entry of fund.entries) counts.set(figureOf(entry), (counts.get(figureOf(entry)) ?? 0) + 1);
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "coopAdmin.adjust", "coop.validation"]}>
      <>
        <PageHeader
          eyebrow={<BackLink href={`${base}/coop/funds`}>{t("funds.back")}</BackLink>}
          title={`${fund.programName} · ${fund.partnerName}`}
          description={t("fund.summary", {
            kind: t(`funds.kinds.${fund.kind}`),
            start: formatDay(format, fund.periodStart),
            end: formatDay(format, fund.periodEnd),
            expires: formatDay(format, fund.expiresOn),
          })}
        />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <Card>
            <CardHeader>
              <CardTitle>{t("fund.balances")}</CardTitle>
            </CardHeader>
            <CardContent className="space-y-3 text-sm">
              <BalanceList balance={fund.balance} currency={fund.currency} />
              <p className="text-slate-700">{t("fund.derived", { earned: counts.get("earnedMinor") ?? 0, reserved: counts.get("reservedMinor") ?? 0, claimed: counts.get("claimedMinor") ?? 0, paid: counts.get("paidMinor") ?? 0, expired: counts.get("expiredMinor") ?? 0 })}</p>
              <p className="text-slate-700">{t("fund.formula")}</p>
              {fund.balance.availableMinor < 0n && <p className="text-red-800">{t("fund.owed", { amount: formatMoney(-fund.balance.availableMinor, fund.currency, ctx.user.locale as Locale) })}</p>}
              <p>
                <Link href={`${base}/partners/${fund.partnerId}`} className="font-medium text-brand-800 underline underline-offset-4">
                  {t("fund.partner", { name: fund.partnerName })}
                </Link>
              </p>
            </CardContent>
          </Card>
          {can(ctx, "coop.manage") && (
            <Card className="self-start">
              <CardContent className="pt-6">
                <AdjustForm tenant={ctx.tenant.slug} action={adjustCoopFundAction} submissionKey={randomUUID()} fund={{ id: fund.id, currency: fund.currency, available: formatMoney(fund.balance.availableMinor, fund.currency, ctx.user.locale as Locale) }} />
              </CardContent>
            </Card>
          )}
        </div>
        <section aria-labelledby="ledger-title" className="mt-6 space-y-3">
          <h2 id="ledger-title" className="text-lg font-semibold text-slate-900">
            {t("ledger.title")}
          </h2>
          <LedgerTable entries={fund.entries} currency={fund.currency} base={base} timeZone={ctx.tenant.timeZone} />
        </section>
      </>
    </ClientMessages>
  );
});
