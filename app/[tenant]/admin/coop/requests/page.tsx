import { getTranslations } from "next-intl/server";
import { PiggyBank } from "lucide-react";
import { CoopSectionNav } from "@/components/coop/admin/nav";
import { RequestQueueTable } from "@/components/coop/admin/queue-tables";
import { ClientMessages } from "@/components/i18n/client-messages";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { REQUEST_QUEUE_FILTERS, coopOptions, requestQueue, requestQueueQuery } from "@/lib/coop/queues";

export const generateMetadata = vendorMetadata("coop.read", async () => {
  const t = await getTranslations("coopAdmin.requests");
  return { title: t("title") };
});

/** Requests for pre-approval: oldest first, with their wait against the review target. */
export default vendorPage("coop.read", async ({ ctx, searchParams }) => {
  const query = requestQueueQuery.parse(searchParams);
  const [t, result, options] = await Promise.all([getTranslations("coopAdmin"), requestQueue(ctx, query), coopOptions(ctx)]);
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <CoopSectionNav tenant={ctx.tenant.slug} current="requests" />
        <h2 className="mb-1 text-lg font-semibold text-slate-900">{t("requests.title")}</h2>
        <p className="mb-3 text-sm text-slate-700">{t("requests.summary", { waiting: result.waiting, hours: result.targetHours })}</p>
        <RequestQueueTable
          rows={result.rows}
          targetHours={result.targetHours}
          state={tableState(query, result, { filters: REQUEST_QUEUE_FILTERS, defaultSort: requestQueueQuery.spec.defaultSort, defaultPageSize: requestQueueQuery.spec.defaultPageSize })}
          basePath={`/${ctx.tenant.slug}/admin/coop/requests`}
          timeZone={ctx.tenant.timeZone}
          options={options}
          empty={<EmptyState icon={<PiggyBank />} title={t("requests.empty.title")} description={t("requests.empty.description")} />}
        />
      </>
    </ClientMessages>
  );
});
