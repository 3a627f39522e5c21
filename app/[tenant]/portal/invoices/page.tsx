import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ReceiptText } from "lucide-react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { OwnBalances } from "@/components/invoicing/balances";
import { InvoicesTable } from "@/components/invoicing/invoices-table";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { ownBalances } from "@/lib/invoicing/account";
import { listOwnInvoices } from "@/lib/invoicing/read";
import { OWN_INVOICE_LIST_FILTERS, invoiceListQuery } from "@/lib/invoicing/schema";

export const generateMetadata = partnerMetadata("ownInvoices.read", async () => {
  const t = await getTranslations("invoicing.portal");
  return { title: t("title") };
});

/** The partner's invoices and balance: what is open, what is overdue, its credit; the statement. */
export default partnerPage("ownInvoices.read", async ({ ctx, searchParams }) => {
  const query = invoiceListQuery.parse(searchParams);
  const [t, result, balances] = await Promise.all([getTranslations("invoicing.portal"), listOwnInvoices(ctx, query), ownBalances(ctx)]);
  const base = `/${ctx.tenant.slug}/portal/invoices`;
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader
          title={t("title")}
          description={t("description")}
          actions={
            <Link href={`${base}/statement`} className="rounded font-medium text-brand-800 underline-offset-4 hover:underline">
              {t("statementLink")}
            </Link>
          }
        />
        <div className="space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("balance")}</CardTitle>
            </CardHeader>
            <CardContent>
              <OwnBalances balances={balances} />
            </CardContent>
          </Card>
          <InvoicesTable
            rows={result.rows}
            state={tableState(query, result, {
              filters: OWN_INVOICE_LIST_FILTERS,
              defaultSort: invoiceListQuery.spec.defaultSort,
              defaultPageSize: invoiceListQuery.spec.defaultPageSize,
            })}
            basePath={base}
            empty={<EmptyState icon={<ReceiptText />} title={t("empty.title")} description={t("empty.description")} />}
          />
        </div>
      </>
    </ClientMessages>
  );
});
