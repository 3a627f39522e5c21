import { getTranslations } from "next-intl/server";
import { ProgramsTabs } from "@/components/programs/programs-tabs";
import { TierHistoryTable } from "@/components/programs/tier-history-table";
import { tableState } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { listTierHistory } from "@/lib/programs/list";
import { TIER_HISTORY_FILTERS, tierHistoryQuery } from "@/lib/programs/schema";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = vendorMetadata("programs.read", async () => {
  const t = await getTranslations("programs.history");
  return { title: t("title") };
});

export default vendorPage("programs.read", async ({ ctx, searchParams }) => {
  const query = tierHistoryQuery.parse(searchParams);
  const [t, result] = await Promise.all([getTranslations("programs.history"), listTierHistory(ctx, query)]);
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <ProgramsTabs tenant={ctx.tenant.slug} current="history" />
      <TierHistoryTable
        rows={result.rows}
        state={tableState(query, result, {
          filters: TIER_HISTORY_FILTERS,
          defaultSort: tierHistoryQuery.spec.defaultSort,
          defaultPageSize: tierHistoryQuery.spec.defaultPageSize,
        })}
        basePath={`/${ctx.tenant.slug}/admin/programs/history`}
        partnersPath={`/${ctx.tenant.slug}/admin/partners`}
        timeZone={ctx.tenant.timeZone}
      />
    </ClientMessages>
  );
});
