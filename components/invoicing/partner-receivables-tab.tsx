import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Landmark } from "lucide-react";
import { ClientMessages } from "@/components/i18n/client-messages";
import type { PartnerTabProps } from "@/components/partners/360/types";
import { money } from "@/components/pricing/money";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/context";
import type { ServerAction } from "@/lib/http/action-state";
import { partnerAccount } from "@/lib/invoicing/account";
import { partnerInsight } from "@/lib/orders/insight";
import { AccountInsightPanel } from "@/components/orders/account-insight";
import { partnerAging } from "@/lib/invoicing/receivables";
import { AgingTable } from "./aging-table";
import { PartnerTermsForm } from "./terms-form";

/**
 * Partner 360 "Receivables": the rep's account insight (components/orders/account-insight.tsx:
 * trailing volume, open orders near a price break, the next tier, open receivables and credit
 * headroom), its open balances by age, credit not yet applied, and its payment terms
 * (finance changes them here).
 */
export async function PartnerReceivablesTab({ ctx, partner, actions }: PartnerTabProps & { actions: { setTerms: ServerAction } }) {
  const [aging, account, insight, t, locale] = await Promise.all([
    partnerAging(ctx, partner.id),
    partnerAccount(ctx, partner.id),
    partnerInsight(ctx, partner.id),
    getTranslations("invoicing.partnerTab"),
    getLocale(),
  ]);
  const link = "rounded font-medium text-brand-800 underline underline-offset-4";
  return (
    <div className="space-y-6">
      <AccountInsightPanel insight={insight} audience="vendor" orderHref={(id) => `/${ctx.tenant.slug}/admin/orders/${id}`} />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card className="h-fit min-w-0">
          <CardHeader>
            <CardTitle>{t("terms")}</CardTitle>
            <CardDescription>{account.termsDays === null ? t("termsDefault", { days: account.defaultTermsDays }) : t("termsOwn", { days: account.termsDays })}</CardDescription>
          </CardHeader>
          <CardContent className="space-y-4">
            {account.credits.length > 0 && (
              <ul className="space-y-1 text-sm" aria-label={t("credits")}>
                {account.credits.map((c) => (
                  <li key={c.id}>{t("credit", { source: c.source, reference: c.reference, left: money(c.leftMinor, c.currency, locale) })}</li>
                ))}
              </ul>
            )}
            {can(ctx, "invoices.manage") && (
              <ClientMessages namespaces={["invoicing.terms", "invoicing.validation"]}>
                <PartnerTermsForm tenant={ctx.tenant.slug} partnerId={partner.id} termsDays={account.termsDays} defaultDays={account.defaultTermsDays} action={actions.setTerms} />
              </ClientMessages>
            )}
          </CardContent>
        </Card>
      </div>
      <Card className="min-w-0">
        <CardHeader>
          <CardTitle>{t("open")}</CardTitle>
          <CardDescription>
            <Link href={`/${ctx.tenant.slug}/admin/invoices?partner=${partner.id}`} className={link}>
              {t("allInvoices")}
            </Link>
          </CardDescription>
        </CardHeader>
        <CardContent>
          {aging.rows.length === 0 ? <EmptyState headingLevel="h3" icon={<Landmark />} title={t("empty.title")} description={t("empty.description")} /> : <AgingTable aging={aging} />}
        </CardContent>
      </Card>
    </div>
  );
}
