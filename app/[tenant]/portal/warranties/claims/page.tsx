import { getTranslations } from "next-intl/server";
import { ShieldCheck } from "lucide-react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ClaimsTable } from "@/components/warranties/claims-table";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { OWN_CLAIM_LIST_FILTERS, claimListQuery, ownClaimsPage } from "@/lib/warranties/list";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = partnerMetadata("ownWarranties.read", async () => {
  const t = await getTranslations("warranties.portal");
  return { title: t("claimsTitle") };
});

export default partnerPage("ownWarranties.read", async ({ ctx, searchParams }) => {
  const query = claimListQuery.parse(searchParams);
  const [t, result] = await Promise.all([getTranslations("warranties.portal"), ownClaimsPage(ctx, query)]);
  const base = `/${ctx.tenant.slug}/portal/warranties`;
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader
          eyebrow={
            <BackLink href={base}>{t("back")}</BackLink>
          }
          title={t("claimsTitle")}
          description={t("claimsDescription")}
        />
        <ClaimsTable
          rows={result.rows}
          state={tableState(query, result, { filters: OWN_CLAIM_LIST_FILTERS, defaultSort: claimListQuery.spec.defaultSort, defaultPageSize: claimListQuery.spec.defaultPageSize })}
          basePath={`${base}/claims`}
          timeZone={ctx.tenant.timeZone}
          empty={<EmptyState icon={<ShieldCheck />} title={t("emptyClaims.title")} description={t("emptyClaims.description")} />}
        />
      </>
    </ClientMessages>
  );
});
