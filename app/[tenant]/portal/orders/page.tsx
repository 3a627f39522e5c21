import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Plus, ShoppingCart } from "lucide-react";
import { OrdersTable } from "@/components/orders/orders-table";
import { buttonVariants } from "@/components/ui/button";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { listOwnOrders } from "@/lib/orders/list";
import { OWN_ORDER_LIST_FILTERS, orderListQuery } from "@/lib/orders/schema";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = partnerMetadata("ownOrders.read", async () => {
  const t = await getTranslations("orders.portal");
  return { title: t("title") };
});

/** The partner's orders and carts: where each stands, and "New order". */
export default partnerPage("ownOrders.read", async ({ ctx, searchParams }) => {
  const query = orderListQuery.parse(searchParams);
  const [t, result] = await Promise.all([getTranslations("orders.portal"), listOwnOrders(ctx, query)]);
  const base = `/${ctx.tenant.slug}/portal/orders`;
  const manage = can(ctx, "ownOrders.manage");
  const create = manage && (
    <Link href={`${base}/new`} className={buttonVariants({})}>
      <Plus aria-hidden="true" />
      {t("new")}
    </Link>
  );
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader title={t("title")} description={t("description")} actions={create || undefined} />
        <OrdersTable
          rows={result.rows}
          state={tableState(query, result, {
            filters: OWN_ORDER_LIST_FILTERS,
            defaultSort: orderListQuery.spec.defaultSort,
            defaultPageSize: orderListQuery.spec.defaultPageSize,
          })}
          basePath={base}
          timeZone={ctx.tenant.timeZone}
          empty={
            <EmptyState
              icon={<ShoppingCart />}
              title={t("empty.title")}
              description={manage ? t("empty.description") : t("empty.readOnly")}
              {...(create ? { action: create } : {})}
            />
          }
        />
      </>
    </ClientMessages>
  );
});
