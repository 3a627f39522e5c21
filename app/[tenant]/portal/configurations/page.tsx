import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SlidersHorizontal } from "lucide-react";
import { SavedConfigurationsTable } from "@/components/configurator/saved-configurations-table";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { listSavedConfigurations } from "@/lib/configurator/saved";
import { SAVED_CONFIGURATION_FILTERS, savedConfigurationListQuery } from "@/lib/configurator/schema";

export const generateMetadata = partnerMetadata("ownConfigurations.read", async () => {
  const t = await getTranslations("configurator.saved");
  return { title: t("title") };
});

/** The partner's saved configurations, for quotes and orders. */
export default partnerPage("ownConfigurations.read", async ({ ctx, searchParams }) => {
  const query = savedConfigurationListQuery.parse(searchParams);
  const [t, result] = await Promise.all([getTranslations("configurator.saved"), listSavedConfigurations(ctx, query)]);
  const pristine = result.total === 0 && SAVED_CONFIGURATION_FILTERS.every((key) => query[key] === undefined);
  const base = `/${ctx.tenant.slug}/portal`;
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SavedConfigurationsTable
        rows={result.rows}
        state={tableState(query, result, { filters: SAVED_CONFIGURATION_FILTERS, defaultSort: savedConfigurationListQuery.spec.defaultSort, defaultPageSize: savedConfigurationListQuery.spec.defaultPageSize })}
        basePath={`${base}/configurations`}
        timeZone={ctx.tenant.timeZone}
        empty={<EmptyState icon={<SlidersHorizontal />} title={pristine ? t("empty") : t("noMatch.title")} description={pristine ? t("emptyHint") : t("noMatch.description")} />}
      />
    </>
    </ClientMessages>
  );
});
