import { getTranslations } from "next-intl/server";
import { FileDown } from "lucide-react";
import { InvoiceCards } from "@/components/invoicing/invoice-view";
import { InvoiceStatusBadge } from "@/components/invoicing/status-badge";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { getOwnInvoice } from "@/lib/invoicing/read";
import { invoiceNumberText } from "@/lib/invoicing/schema";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = partnerMetadata("ownInvoices.read", async ({ ctx, params }) => {
  const invoice = await getOwnInvoice(ctx, params.invoiceId ?? "");
  return { title: invoiceNumberText(invoice.number) };
});

/** One of the partner's invoices: lines and totals, payments and credit notes, the PDF. */
export default partnerPage("ownInvoices.read", async ({ ctx, params }) => {
  const [invoice, t] = await Promise.all([getOwnInvoice(ctx, params.invoiceId), getTranslations("invoicing")]);
  const base = `/${ctx.tenant.slug}/portal`;
  return (
    <>
      <PageHeader
        eyebrow={
          <BackLink href={`${base}/invoices`}>{t("portal.back")}</BackLink>
        }
        title={invoiceNumberText(invoice.number)}
        description={<InvoiceStatusBadge status={invoice.status} />}
        actions={
          <a href={`${base}/invoices/${invoice.id}/pdf`} className={buttonVariants({ variant: "secondary" })} data-invoice-pdf="">
            <FileDown aria-hidden="true" />
            {t("detail.pdf")}
          </a>
        }
      />
      <div className="space-y-6">
        <InvoiceCards invoice={invoice} orderHref={`${base}/orders/${invoice.orderId}`} />
      </div>
    </>
  );
});
