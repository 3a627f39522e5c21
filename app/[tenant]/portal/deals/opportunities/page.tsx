import { getTranslations } from "next-intl/server";
import { Download, Target } from "lucide-react";
import { DealsNav } from "@/components/deals/deals-nav";
import { exportQueryOf } from "@/components/deals/export-query";
import { OpportunitiesTable } from "@/components/deals/opportunities-table";
import { buttonVariants } from "@/components/ui/button";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { listOwnOpportunities } from "@/lib/deals/list";
import { OWN_OPPORTUNITY_LIST_FILTERS, opportunityListQuery } from "@/lib/deals/schema";
import { listOwnStages } from "@/lib/deals/stages";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = partnerMetadata("ownDeals.read", async () => {
  const t = await getTranslations("deals.opportunities");
  return { title: t("title") };
});

/** The partner's own deals as a table, with a CSV export. */
export default partnerPage("ownDeals.read", async ({ ctx, searchParams }) => {
  const query = opportunityListQuery.parse(searchParams);
  const [t, result, stages] = await Promise.all([
    getTranslations("deals"),
    listOwnOpportunities(ctx, query),
    listOwnStages(ctx),
  ]);
  const base = `/${ctx.tenant.slug}/portal/deals`;
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader
          title={t("opportunities.title")}
          description={t("opportunities.portalDescription")}
          actions={
            <a
              href={`${base}/opportunities/export?${exportQueryOf(query, OWN_OPPORTUNITY_LIST_FILTERS)}`}
              className={buttonVariants({ variant: "secondary" })}
            >
              <Download aria-hidden="true" />
              {t("export")}
            </a>
          }
        />
        <DealsNav base={base} current="opportunities" side="partner" />
        <OpportunitiesTable
          rows={result.rows}
          state={tableState(query, result, {
            filters: OWN_OPPORTUNITY_LIST_FILTERS,
            defaultSort: opportunityListQuery.spec.defaultSort,
            defaultPageSize: opportunityListQuery.spec.defaultPageSize,
          })}
          basePath={base}
          stages={stages.map((s) => ({ value: s.id, label: s.name }))}
          empty={
            <EmptyState
              icon={<Target />}
              title={t("opportunities.empty.title")}
              description={t("opportunities.empty.portalDescription")}
            />
          }
        />
      </>
    </ClientMessages>
  );
});
