import { getTranslations } from "next-intl/server";
import { PiggyBank } from "lucide-react";
import { CoopSectionNav } from "@/components/coop/admin/nav";
import { ClaimQueueTable } from "@/components/coop/admin/queue-tables";
import { ClientMessages } from "@/components/i18n/client-messages";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { CLAIM_QUEUE_FILTERS, claimQueue, claimQueueQuery, coopOptions } from "@/lib/coop/queues";

export const generateMetadata = vendorMetadata("coop.read", async () => {
  const t = await getTranslations("coopAdmin.claims");
  return { title: t("title") };
});

/** The claims queue: oldest first, how long each has waited against the review target, filters and CSV. */
export default vendorPage("coop.read", async ({ ctx, searchParams }) => {
  const query = claimQueueQuery.parse(searchParams);
  const [t, result, options] = await Promise.all([getTranslations("coopAdmin"), claimQueue(ctx, query), coopOptions(ctx)]);
  const base = `/${ctx.tenant.slug}/admin/coop`;
  const exportParams = new URLSearchParams(Object.entries({ status: query.status, partner: query.partner, program: query.program }).filter((e): e is [string, string] => Boolean(e[1])));
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <CoopSectionNav tenant={ctx.tenant.slug} current="claims" />
        <h2 className="mb-1 text-lg font-semibold text-slate-900">{t("claims.title")}</h2>
        <p className="mb-3 text-sm text-slate-700">{t("claims.summary", { waiting: result.waiting, awaitingPayment: result.awaitingPayment, hours: result.targetHours })}</p>
        <ClaimQueueTable
          rows={result.rows}
          targetHours={result.targetHours}
          state={tableState(query, result, { filters: CLAIM_QUEUE_FILTERS, defaultSort: claimQueueQuery.spec.defaultSort, defaultPageSize: claimQueueQuery.spec.defaultPageSize })}
          basePath={`${base}/claims`}
          exportHref={`${base}/claims/export${exportParams.size ? `?${exportParams}` : ""}`}
          timeZone={ctx.tenant.timeZone}
          options={options}
          empty={<EmptyState icon={<PiggyBank />} title={t("claims.empty.title")} description={t("claims.empty.description")} />}
        />
      </>
    </ClientMessages>
  );
});
