import { randomBytes } from "node:crypto";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FileDown } from "lucide-react";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CreditNoteDialog } from "@/components/invoicing/invoice-dialogs";
import { CreditList } from "@/components/invoicing/credit-list";
import { PaymentDialog } from "@/components/invoicing/payment-dialogs";
import { openInvoiceRows } from "@/components/invoicing/open-invoice-rows";
import { InvoiceCards } from "@/components/invoicing/invoice-view";
import { InvoiceStatusBadge } from "@/components/invoicing/status-badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { todayIn } from "@/lib/activities/dates";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { openCredits, openInvoicesOf } from "@/lib/invoicing/account";
import { getInvoice } from "@/lib/invoicing/read";
import { invoiceNumberText } from "@/lib/invoicing/schema";
import { toDecimalString } from "@/lib/money";
import { applyCreditAction, applyPaymentAction, issueCreditNoteAction, recordPaymentAction } from "../actions";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("invoices.read", async ({ ctx, params }) => {
  const invoice = await getInvoice(ctx, params.invoiceId ?? "");
  return { title: `${invoiceNumberText(invoice.number)} · ${invoice.partner.name}` };
});

/**
 * One invoice in the back office: its facts, lines and the arithmetic of its totals, what
 * settled it, the PDF, and for finance: record a payment, apply the partner's unapplied
 * credit, issue a credit note.
 */
export default vendorPage("invoices.read", async ({ ctx, params }) => {
  const [invoice, t, locale] = await Promise.all([
    getInvoice(ctx, params.invoiceId),
    getTranslations("invoicing"),
    getLocale(),
  ]);
  const finance = can(ctx, "invoices.manage");
  const manage = finance && invoice.balanceMinor > 0n;
  // a paid invoice may still be credited, on the partner's account, up to what it was worth
  const creditable = finance && invoice.creditNotes.reduce((left, n) => left - n.totalMinor, invoice.totalMinor) > 0n;
  const account = { partnerId: invoice.partner.id, currency: invoice.currency };
  const [credits, open] = manage
    ? await Promise.all([openCredits(ctx, account), openInvoicesOf(ctx, account)])
    : [[], []];
  const openRows = openInvoiceRows(open, invoice.currency, locale);
  const base = `/${ctx.tenant.slug}/admin`;
  const number = invoiceNumberText(invoice.number);
  const decimal = (minor: bigint) => toDecimalString(minor, invoice.currency);
  const credited = new Map<string, number>();
  for (const note of invoice.creditNotes)
    for (const line of note.lines)
      credited.set(line.invoiceLineId, (credited.get(line.invoiceLineId) ?? 0) + line.quantity);
  return (
    <ClientMessages
      namespaces={[
        ...FORM_MESSAGES,
        "invoicing.payment",
        "invoicing.credit",
        "invoicing.methods",
        "invoicing.creditNote",
        "invoicing.validation",
      ]}
    >
      <>
        <PageHeader
          eyebrow={<BackLink href={`${base}/invoices`}>{t("admin.back")}</BackLink>}
          title={number}
          description={
            <span className="flex flex-wrap items-center gap-2">
              <InvoiceStatusBadge status={invoice.status} />
              <Link
                href={`${base}/partners/${invoice.partner.id}?tab=receivables`}
                className="rounded font-medium text-brand-800 underline-offset-4 hover:underline"
              >
                {invoice.partner.name}
              </Link>
            </span>
          }
          actions={
            <div className="flex flex-wrap gap-2">
              <a
                href={`${base}/invoices/${invoice.id}/pdf`}
                className={buttonVariants({ variant: "secondary" })}
                data-invoice-pdf=""
              >
                <FileDown aria-hidden="true" />
                {t("detail.pdf")}
              </a>
              {manage && (
                <PaymentDialog
                  tenant={ctx.tenant.slug}
                  partnerId={invoice.partner.id}
                  partnerName={invoice.partner.name}
                  currency={invoice.currency}
                  amount={decimal(invoice.balanceMinor)}
                  invoices={openRows}
                  today={todayIn(ctx.tenant.timeZone)}
                  idempotencyKey={randomBytes(16).toString("hex")}
                  action={recordPaymentAction}
                />
              )}
              {creditable && (
                <CreditNoteDialog
                  tenant={ctx.tenant.slug}
                  invoice={{ id: invoice.id, currency: invoice.currency, balance: decimal(invoice.balanceMinor) }}
                  lines={invoice.lines.map((l) => ({
                    id: l.id,
                    sku: l.sku,
                    name: l.name,
                    left: l.quantity - (credited.get(l.id) ?? 0),
                  }))}
                  action={issueCreditNoteAction}
                />
              )}
            </div>
          }
        />
        <div className="space-y-6">
          {credits.length > 0 && (
            <Card>
              <CardHeader>
                <CardTitle>{t("credit.title")}</CardTitle>
                <CardDescription>{t("credit.description")}</CardDescription>
              </CardHeader>
              <CardContent>
                <CreditList
                  tenant={ctx.tenant.slug}
                  credits={credits}
                  currency={invoice.currency}
                  invoices={openRows}
                  here={{ invoiceId: invoice.id, balanceMinor: invoice.balanceMinor }}
                  actions={{ applyPayment: applyPaymentAction, applyCredit: applyCreditAction }}
                />
              </CardContent>
            </Card>
          )}
          <InvoiceCards invoice={invoice} orderHref={`${base}/orders/${invoice.orderId}`} />
        </div>
      </>
    </ClientMessages>
  );
});
