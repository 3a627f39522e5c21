import { getTranslations } from "next-intl/server";
import { Download, Target } from "lucide-react";
import { DealsNav } from "@/components/deals/deals-nav";
import { OpportunitiesTable } from "@/components/deals/opportunities-table";
import { buttonVariants } from "@/components/ui/button";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { listOpportunities } from "@/lib/deals/list";
import { dealFilterOptions } from "@/lib/deals/options";
import { OPPORTUNITY_LIST_FILTERS, opportunityListQuery } from "@/lib/deals/schema";
import { listStages } from "@/lib/deals/stages";
import { exportQueryOf } from "@/components/deals/export-query";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = vendorMetadata("deals.read", async () => {
  const t = await getTranslations("deals.opportunities");
  return { title: t("title") };
});

/** Every deal of the tenant as a table: filters by status, stage, partner, territory and rep; CSV export. */
export default vendorPage("deals.read", async ({ ctx, searchParams }) => {
  const query = opportunityListQuery.parse(searchParams);
  const [t, result, options, stages] = await Promise.all([
    getTranslations("deals"),
    listOpportunities(ctx, query),
    dealFilterOptions(ctx),
    listStages(ctx),
  ]);
  const base = `/${ctx.tenant.slug}/admin/deals`;
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader
          title={t("opportunities.title")}
          description={t("opportunities.description")}
          actions={
            <a
              href={`${base}/opportunities/export?${exportQueryOf(query, OPPORTUNITY_LIST_FILTERS)}`}
              className={buttonVariants({ variant: "secondary" })}
            >
              <Download aria-hidden="true" />
              {t("export")}
            </a>
          }
        />
        <DealsNav base={base} current="opportunities" side="vendor" configure={can(ctx, "deals.configure")} />
        <OpportunitiesTable
          rows={result.rows}
          state={tableState(query, result, {
            filters: OPPORTUNITY_LIST_FILTERS,
            defaultSort: opportunityListQuery.spec.defaultSort,
            defaultPageSize: opportunityListQuery.spec.defaultPageSize,
          })}
          basePath={base}
          stages={stages.map((s) => ({ value: s.id, label: s.name }))}
          vendor={options}
          empty={
            <EmptyState
              icon={<Target />}
              title={t("opportunities.empty.title")}
              description={t("opportunities.empty.description")}
            />
          }
        />
      </>
    </ClientMessages>
  );
});
