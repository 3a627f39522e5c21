import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { ShoppingCart } from "lucide-react";
import { OrdersTable } from "@/components/orders/orders-table";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { listOrders, orderPartnerOptions } from "@/lib/orders/list";
import { ORDER_LIST_FILTERS, orderListQuery } from "@/lib/orders/schema";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { SavedViews } from "@/components/lists/saved-views";
import { listQueueViews } from "@/lib/orders/views";
import { deleteOrderViewAction, saveOrderViewAction } from "./actions";

export const generateMetadata = vendorMetadata("orders.read", async () => {
  const t = await getTranslations("orders.admin");
  return { title: t("title") };
});

/** The order queue: every submitted order (never a cart), by status, partner, number, requested day or backorder; saved views and the CSV of what is filtered. */
export default vendorPage("orders.read", async ({ ctx, searchParams }) => {
  const query = orderListQuery.parse(searchParams);
  const [t, queue, result, partners, views] = await Promise.all([
    getTranslations("orders.admin"),
    getTranslations("fulfilment.queue"),
    listOrders(ctx, query),
    orderPartnerOptions(ctx),
    listQueueViews(ctx),
  ]);
  const basePath = `/${ctx.tenant.slug}/admin/orders`;
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "admin.confirm", "dataTable", "savedViews"]}>
      <>
        <PageHeader
          title={t("title")}
          description={t("description")}
          actions={
            <Link href={`/${ctx.tenant.slug}/admin/orders/allocation`} className="rounded font-medium text-brand-800 underline-offset-4 hover:underline">
              {queue("title")}
            </Link>
          }
        />
        <SavedViews tenant={ctx.tenant.slug} basePath={basePath} views={views} save={saveOrderViewAction} remove={deleteOrderViewAction} />
        <OrdersTable
          rows={result.rows}
          state={tableState(query, result, {
            filters: ORDER_LIST_FILTERS,
            defaultSort: orderListQuery.spec.defaultSort,
            defaultPageSize: orderListQuery.spec.defaultPageSize,
          })}
          basePath={basePath}
          timeZone={ctx.tenant.timeZone}
          vendor={{ partners, exportHref: `${basePath}/export` }}
          empty={<EmptyState icon={<ShoppingCart />} title={t("empty.title")} description={t("empty.description")} />}
        />
      </>
    </ClientMessages>
  );
});
