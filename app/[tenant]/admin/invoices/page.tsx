import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ReceiptText } from "lucide-react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InvoicesTable } from "@/components/invoicing/invoices-table";
import { InvoicingNav } from "@/components/invoicing/invoicing-nav";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { invoicePartnerOptions } from "@/lib/invoicing/account";
import { listInvoices } from "@/lib/invoicing/read";
import { INVOICE_LIST_FILTERS, invoiceListQuery } from "@/lib/invoicing/schema";

export const generateMetadata = vendorMetadata("invoices.read", async () => {
  const t = await getTranslations("invoicing.admin");
  return { title: t("title") };
});

/** Every invoice of the tenant: by number, partner, status (overdue included), issue or due date. */
export default vendorPage("invoices.read", async ({ ctx, searchParams }) => {
  const query = invoiceListQuery.parse(searchParams);
  const [t, result, partners] = await Promise.all([getTranslations("invoicing.admin"), listInvoices(ctx, query), invoicePartnerOptions(ctx)]);
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <InvoicingNav ctx={ctx} current="invoices" />
        <InvoicesTable
          rows={result.rows}
          state={tableState(query, result, {
            filters: INVOICE_LIST_FILTERS,
            defaultSort: invoiceListQuery.spec.defaultSort,
            defaultPageSize: invoiceListQuery.spec.defaultPageSize,
          })}
          basePath={`/${ctx.tenant.slug}/admin/invoices`}
          vendor={{ partners }}
          empty={
            <EmptyState
              icon={<ReceiptText />}
              title={t("empty.title")}
              description={t("empty.description")}
              action={
                <Link href={`/${ctx.tenant.slug}/admin/orders`} className="rounded font-medium text-brand-800 underline underline-offset-4">
                  {t("empty.orders")}
                </Link>
              }
            />
          }
        />
      </>
    </ClientMessages>
  );
});
