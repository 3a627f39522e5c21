import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Magnet, Plus } from "lucide-react";
import { LeadsNav } from "@/components/leads/leads-nav";
import { LeadsTable } from "@/components/leads/leads-table";
import { LeadMetricsTable } from "@/components/leads/metrics-table";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { partnerLeadMetrics } from "@/lib/leads/metrics";
import { leadPartnerOptions, listLeads } from "@/lib/leads/read";
import { LEAD_LIST_FILTERS, leadListQuery } from "@/lib/leads/schema";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = vendorMetadata("leads.read", async () => {
  const t = await getTranslations("leads");
  return { title: t("title") };
});

/** The vendor's leads: every lead with its state and holder, and how partners answer offers. */
export default vendorPage("leads.read", async ({ ctx, searchParams }) => {
  const query = leadListQuery.parse(searchParams);
  const [t, result, partners, metrics] = await Promise.all([getTranslations("leads"), listLeads(ctx, query), leadPartnerOptions(ctx), partnerLeadMetrics(ctx)]);
  const base = `/${ctx.tenant.slug}/admin/leads`;
  const manage = can(ctx, "leads.manage");
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <PageHeader
        title={t("title")}
        description={t("list.description")}
        actions={
          manage && (
            <Link href={`${base}/new`} className={buttonVariants()}>
              <Plus aria-hidden="true" />
              {t("list.new")}
            </Link>
          )
        }
      />
      <LeadsNav base={base} current="list" configure={can(ctx, "leads.configure")} manage={manage} />
      <div className="space-y-6">
        <LeadsTable
          rows={result.rows}
          state={tableState(query, result, { filters: LEAD_LIST_FILTERS, defaultSort: leadListQuery.spec.defaultSort, defaultPageSize: leadListQuery.spec.defaultPageSize })}
          basePath={base}
          timeZone={ctx.tenant.timeZone}
          vendor={{ partners }}
          empty={<EmptyState icon={<Magnet />} title={t("list.empty.title")} description={t("list.empty.description")} />}
        />
        <Card>
          <CardHeader>
            <CardTitle>{t("metrics.title")}</CardTitle>
            <CardDescription>{t("metrics.description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <LeadMetricsTable metrics={metrics} caption={t("metrics.title")} />
          </CardContent>
        </Card>
      </div>
    </ClientMessages>
  );
});
