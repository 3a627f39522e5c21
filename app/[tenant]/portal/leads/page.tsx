import { getTranslations } from "next-intl/server";
import { Inbox, Magnet } from "lucide-react";
import { LeadsTable } from "@/components/leads/leads-table";
import { OfferedLeads } from "@/components/leads/offered-leads";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { listOfferedLeads, listOwnLeads } from "@/lib/leads/read";
import { OWN_LEAD_LIST_FILTERS, ownLeadListQuery } from "@/lib/leads/schema";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = partnerMetadata("ownLeads.read", async () => {
  const t = await getTranslations("leads");
  return { title: t("title") };
});

/** Leads offered to the partner (answer before the deadline) and the ones it accepted. */
export default partnerPage("ownLeads.read", async ({ ctx, searchParams }) => {
  const query = ownLeadListQuery.parse(searchParams);
  const [t, offers, result] = await Promise.all([getTranslations("leads"), listOfferedLeads(ctx), listOwnLeads(ctx, query)]);
  const base = `/${ctx.tenant.slug}/portal/leads`;
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable", "leads.sla"]}>
      <PageHeader title={t("title")} description={t("portal.description")} />
      <div className="space-y-8">
        <section aria-labelledby="offered-heading" className="space-y-4">
          <h2 id="offered-heading" className="text-lg font-semibold text-slate-900">
            {t("portal.offered")}
          </h2>
          {offers.length ? (
            <OfferedLeads offers={offers} basePath={base} now={new Date().toISOString()} />
          ) : (
            <EmptyState icon={<Inbox />} title={t("portal.noOffers.title")} description={t("portal.noOffers.description")} />
          )}
        </section>
        <section aria-labelledby="accepted-heading" className="space-y-4">
          <h2 id="accepted-heading" className="text-lg font-semibold text-slate-900">
            {t("portal.accepted")}
          </h2>
          <LeadsTable
            rows={result.rows}
            state={tableState(query, result, { filters: OWN_LEAD_LIST_FILTERS, defaultSort: ownLeadListQuery.spec.defaultSort, defaultPageSize: ownLeadListQuery.spec.defaultPageSize })}
            basePath={base}
            timeZone={ctx.tenant.timeZone}
            empty={<EmptyState icon={<Magnet />} title={t("portal.noAccepted.title")} description={t("portal.noAccepted.description")} />}
          />
        </section>
      </div>
    </ClientMessages>
  );
});
