import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Send } from "lucide-react";
import { retryDeliveryAction } from "@/app/actions/notifications";
import { DeliveryFilters } from "@/components/notifications/delivery-filters";
import { DeliveryTable } from "@/components/notifications/delivery-table";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/context";
import { vendorPage, type SearchParams } from "@/lib/auth/wrappers";
import { deliveryListQuerySchema } from "@/lib/notify/schema";
import { listDeliveries } from "@/lib/notify/service";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications.deliveries");
  return { title: t("title") };
}

const first = (value: SearchParams[string]) => (Array.isArray(value) ? value[0] : value);

export default vendorPage("deliveries.read", async ({ ctx, searchParams }) => {
  // The schema falls back to page 1 / no filter for anything it does not recognise.
  const query = deliveryListQuerySchema.parse({
    page: first(searchParams.page),
    status: first(searchParams.status) || undefined,
    channel: first(searchParams.channel) || undefined,
  });
  const [t, result] = await Promise.all([getTranslations("notifications.deliveries"), listDeliveries(ctx, query)]);
  const path = `/${ctx.tenant.slug}/admin/deliveries`;
  const filtered = Boolean(query.status || query.channel || query.page > 1);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <DeliveryFilters path={path} status={query.status} channel={query.channel} counts={result.countsByStatus} />
      {result.rows.length === 0 ? (
        <EmptyState
          icon={<Send />}
          title={filtered ? t("empty.filteredTitle") : t("empty.title")}
          description={filtered ? t("empty.filteredDescription") : t("empty.description")}
          action={
            filtered ? (
              <Link href={path} className={buttonVariants({ variant: "secondary" })}>
                {t("empty.clear")}
              </Link>
            ) : undefined
          }
        />
      ) : (
        <DeliveryTable
          rows={result.rows}
          tenant={ctx.tenant.slug}
          timeZone={ctx.tenant.timeZone}
          retry={can(ctx, "deliveries.retry") ? retryDeliveryAction : undefined}
        />
      )}
      <Pagination
        page={result.page}
        totalItems={result.total}
        pageSize={result.pageSize}
        searchParams={{ status: query.status, channel: query.channel }}
        pathname={path}
      />
    </>
  );
});
