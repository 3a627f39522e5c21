import { getTranslations } from "next-intl/server";
import { Send } from "lucide-react";
import { retryDeliveryAction } from "@/app/actions/notifications";
import { DeliveryStatusChips } from "@/components/notifications/delivery-status-chips";
import { DeliveryTable } from "@/components/notifications/delivery-table";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { firstValues } from "@/lib/lists/query";
import { listDeliveries } from "@/lib/notify/delivery-log";
import { DELIVERY_LIST_FILTERS, deliveryListQuery } from "@/lib/notify/schema";
import { retryDeliveriesAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = vendorMetadata("deliveries.read", async () => {
  const t = await getTranslations("notifications.deliveries");
  return { title: t("title") };
});

export default vendorPage("deliveries.read", async ({ ctx, searchParams }) => {
  const query = deliveryListQuery.parse(searchParams);
  const [t, result] = await Promise.all([getTranslations("notifications.deliveries"), listDeliveries(ctx, query)]);
  const path = `/${ctx.tenant.slug}/admin/deliveries`;

  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <PageHeader title={t("title")} description={t("description")} />
      {result.total + Object.keys(result.countsByStatus).length > 0 && (
        <DeliveryStatusChips
          query={firstValues(searchParams)}
          path={path}
          status={query.status}
          counts={result.countsByStatus}
        />
      )}
      <DeliveryTable
        rows={result.rows}
        state={tableState(query, result, {
          filters: DELIVERY_LIST_FILTERS,
          defaultSort: deliveryListQuery.spec.defaultSort,
          defaultPageSize: deliveryListQuery.spec.defaultPageSize,
        })}
        tenant={ctx.tenant.slug}
        timeZone={ctx.tenant.timeZone}
        exportHref={`${path}/export`}
        empty={<EmptyState icon={<Send />} title={t("empty.title")} description={t("empty.description")} />}
        retry={can(ctx, "deliveries.retry") ? { one: retryDeliveryAction, many: retryDeliveriesAction } : undefined}
      />
    </ClientMessages>
  );
});
