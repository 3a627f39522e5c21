import { randomBytes } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import { ScrollText } from "lucide-react";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CreditList } from "@/components/invoicing/credit-list";
import { PaymentDialog } from "@/components/invoicing/payment-dialogs";
import { InvoicingNav } from "@/components/invoicing/invoicing-nav";
import { openInvoiceRows } from "@/components/invoicing/open-invoice-rows";
import { StatementPeriodForm } from "@/components/invoicing/statement-period-form";
import { StatementView } from "@/components/invoicing/statement-view";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { todayIn } from "@/lib/activities/dates";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { invoicePartnerOptions, openCredits, openInvoicesOf, partnerCurrencies } from "@/lib/invoicing/account";
import { partnerStatement } from "@/lib/invoicing/receivables";
import { statementQuery } from "@/lib/invoicing/schema";
import { applyCreditAction, applyPaymentAction, recordPaymentAction } from "../actions";

export const generateMetadata = vendorMetadata("invoices.read", async () => {
  const t = await getTranslations("invoicing.statement");
  return { title: t("title") };
});

/**
 * A partner's statement in the back office — the same service (`partnerStatement`, the
 * portal's `ownStatement`) and the same component as the partner's own — and, for finance,
 * a payment recorded across its open invoices or its unapplied credit spread over them.
 */
export default vendorPage("invoices.read", async ({ ctx, searchParams }) => {
  const [t, partners, locale] = await Promise.all([getTranslations("invoicing"), invoicePartnerOptions(ctx), getLocale()]);
  const asked = typeof searchParams.partner === "string" ? searchParams.partner : "";
  const partner = partners.find((p) => p.value === asked) ?? null;
  const currencies = partner ? await partnerCurrencies(ctx, partner.value) : [];
  const period = statementQuery(searchParams, todayIn(ctx.tenant.timeZone), currencies);
  const account = partner && period.currency ? { partnerId: partner.value, currency: period.currency } : null;
  const manage = can(ctx, "invoices.manage");
  const [statement, open, credits] = account
    ? await Promise.all([partnerStatement(ctx, { ...account, from: period.from, to: period.to }), manage ? openInvoicesOf(ctx, account) : [], manage ? openCredits(ctx, account) : []])
    : [null, [], []];
  const rows = account ? openInvoiceRows(open, account.currency, locale) : [];
  const base = `/${ctx.tenant.slug}/admin`;
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "invoicing.payment", "invoicing.credit", "invoicing.methods", "invoicing.validation"]}>
      <>
        <PageHeader title={t("statement.title")} description={t("statement.adminDescription")} />
        <InvoicingNav ctx={ctx} current="statement" />
        <div className="space-y-6">
          <Card>
            <CardContent className="pt-6">
              <StatementPeriodForm period={{ ...period, partner: partner?.value ?? "" }} currencies={currencies} partners={partners} />
            </CardContent>
          </Card>
          {!statement || !account || !partner ? (
            <EmptyState icon={<ScrollText />} title={t("statement.empty.title")} description={t("statement.adminEmpty")} />
          ) : (
            <>
              {manage && (
                <Card>
                  <CardHeader>
                    <CardTitle>{t("statement.open")}</CardTitle>
                    <CardDescription>{partner.label}</CardDescription>
                  </CardHeader>
                  <CardContent className="space-y-4">
                    <PaymentDialog
                      tenant={ctx.tenant.slug}
                      partnerId={partner.value}
                      partnerName={partner.label}
                      currency={account.currency}
                      amount={rows[0]?.balance ?? ""}
                      invoices={rows}
                      today={todayIn(ctx.tenant.timeZone)}
                      idempotencyKey={randomBytes(16).toString("hex")}
                      action={recordPaymentAction}
                    />
                    {credits.length > 0 && rows.length > 0 && (
                      <CreditList tenant={ctx.tenant.slug} credits={credits} currency={account.currency} invoices={rows} actions={{ applyPayment: applyPaymentAction, applyCredit: applyCreditAction }} />
                    )}
                  </CardContent>
                </Card>
              )}
              <StatementView statement={statement} invoiceHref={(id) => `${base}/invoices/${id}`} />
            </>
          )}
        </div>
      </>
    </ClientMessages>
  );
});
