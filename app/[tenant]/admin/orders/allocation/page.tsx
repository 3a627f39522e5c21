import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { PackageSearch } from "lucide-react";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AllocationQueueTable } from "@/components/orders/allocation-queue-table";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { orderPartnerOptions } from "@/lib/orders/list";
import { ALLOCATION_QUEUE_FILTERS, allocationQueueQuery } from "@/lib/orders/priority-schema";
import { listAllocationQueue } from "@/lib/orders/queue";
import { allocateByPriorityAction } from "../actions";

export const generateMetadata = vendorMetadata("orders.read", async () => {
  const t = await getTranslations("fulfilment.queue");
  return { title: t("title") };
});

/** Orders waiting for stock, highest priority score first, with "Allocate in priority order". */
export default vendorPage("orders.read", async ({ ctx, searchParams }) => {
  const query = allocationQueueQuery.parse(searchParams);
  const [t, result, partners] = await Promise.all([getTranslations("fulfilment.queue"), listAllocationQueue(ctx, query), orderPartnerOptions(ctx)]);
  const base = `/${ctx.tenant.slug}/admin/orders`;
  const link = "rounded font-medium text-brand-800 underline-offset-4 hover:underline";
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader
          title={t("title")}
          description={t("description")}
          actions={
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <Link href={base} className={link}>
                {t("orders")}
              </Link>
              {can(ctx, "orders.configure") && (
                <Link href={`${base}/priority`} className={link}>
                  {t("weights")}
                </Link>
              )}
            </div>
          }
        />
        <div className="space-y-4">
          {can(ctx, "orders.fulfil") && result.total > 0 && (
            <div className="flex flex-wrap items-center gap-3">
              <ActionButtonForm action={allocateByPriorityAction} fields={{ tenant: ctx.tenant.slug }} pendingText={t("allocating")} success={t("allocated")}>
                {t("allocate")}
              </ActionButtonForm>
              <p className="min-w-0 text-sm text-slate-700">{t("allocateHint")}</p>
            </div>
          )}
          <AllocationQueueTable
            rows={result.rows}
            state={tableState(query, result, { filters: ALLOCATION_QUEUE_FILTERS, defaultSort: allocationQueueQuery.spec.defaultSort, defaultPageSize: allocationQueueQuery.spec.defaultPageSize })}
            basePath={base}
            partners={partners}
            empty={<EmptyState icon={<PackageSearch />} title={t("empty.title")} description={t("empty.description")} />}
          />
        </div>
      </>
    </ClientMessages>
  );
});
