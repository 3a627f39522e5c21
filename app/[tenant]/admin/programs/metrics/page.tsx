import { getTranslations } from "next-intl/server";
import { MetricsTable } from "@/components/programs/metrics-table";
import { ProgramsTabs } from "@/components/programs/programs-tabs";
import { tableState } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { listRecordedMetrics } from "@/lib/programs/list";
import { METRIC_LIST_FILTERS, metricListQuery } from "@/lib/programs/schema";
import { deleteMetricAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = vendorMetadata("programs.read", async () => {
  const t = await getTranslations("programs.metrics");
  return { title: t("title") };
});

export default vendorPage("programs.read", async ({ ctx, searchParams }) => {
  const query = metricListQuery.parse(searchParams);
  const [t, result] = await Promise.all([getTranslations("programs.metrics"), listRecordedMetrics(ctx, query)]);
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <ProgramsTabs tenant={ctx.tenant.slug} current="metrics" />
      <MetricsTable
        rows={result.rows}
        state={tableState(query, result, {
          filters: METRIC_LIST_FILTERS,
          defaultSort: metricListQuery.spec.defaultSort,
          defaultPageSize: metricListQuery.spec.defaultPageSize,
        })}
        basePath={`/${ctx.tenant.slug}/admin/programs/metrics`}
        partnersPath={`/${ctx.tenant.slug}/admin/partners`}
        tenant={ctx.tenant.slug}
        {...(can(ctx, "metrics.record") ? { remove: deleteMetricAction } : {})}
      />
    </ClientMessages>
  );
});
